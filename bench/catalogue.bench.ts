// Catalogue validation speed and memory (issue 7): 1,000,000 entries as JSON Lines, validated in at
// most 2× the time of a bare pass that reads the same file through the same line reader and only
// JSON.parses each line, with peak memory under 256 MB (proved in a child process started with
// --max-old-space-size=256, its RSS sampled every 20 ms). The child runs this file bundled by
// esbuild, as users run the built package, so tsx's own memory is not counted against the validator.
//   node --expose-gc --conditions=@zwgk/source --import tsx bench/catalogue.bench.ts [entries]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonLinesFile, validateCatalogueFile } from '@zwgk/catalogue/node';

const AS_OF = '2024-12-31';

// A province-sized portal: 40 departments × 6 columns under 法定主动公开内容, ~1 % of entries with
// a seeded fault (placeholder, personal data, late publication, bad index number, duplicates).
async function writeCatalogue(file: string, entries: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(`${JSON.stringify({ type: 'site', name: '某省人民政府', url: 'https://www.example.gov.cn' })}\n`);
  const kinds = [
    ['工作动态', 'dynamic'],
    ['通知公告', 'notice'],
    ['政策文件', 'policy'],
    ['政策解读', 'interpretation'],
    ['财政预决算', 'static'],
    ['政府信息公开年报', 'annual-report'],
  ] as const;
  const leaves: Array<{ id: string; kind: string }> = [];
  await write(
    `${JSON.stringify({ type: 'column', id: 'root', name: '法定主动公开内容', parent: null, kind: 'group' })}\n`,
  );
  for (let d = 0; d < 40; d++) {
    await write(
      `${JSON.stringify({ type: 'column', id: `d${d}`, name: `第${d + 1}厅局`, parent: 'root', kind: 'group' })}\n`,
    );
    for (const [k, [name, kind]] of kinds.entries()) {
      const id = `d${d}c${k}`;
      leaves.push({ id, kind });
      await write(`${JSON.stringify({ type: 'column', id, name, parent: `d${d}`, kind })}\n`);
    }
  }
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  // Policies awaiting their interpretation, published a day or two later (1 % of them late).
  const policies: Array<[number, number]> = [];
  for (let i = 0; i < entries; i++) {
    const col = leaves[i % leaves.length]!;
    const publishedDay = Math.floor(rand() * 360);
    const writtenDay = publishedDay - Math.floor(rand() * 10);
    const fault = rand() < 0.01 ? Math.floor(rand() * 5) : -1;
    const serial = String(i % 1_000_000).padStart(6, '0');
    const entry: Record<string, unknown> = {
      type: 'entry',
      id: i,
      column: col.id,
      title: fault === 0 ? '测试' : `某省某厅关于印发第${i}号工作方案的通知`,
      url: `https://www.example.gov.cn/${col.id}/${i}.html`,
      indexNo:
        fault === 3
          ? `某厅${i}`
          : fault === 4
            ? '11340000MB1234567X/2024-000001'
            : `11340000MB1234567X/${day(publishedDay).slice(0, 4)}-${serial}`,
      publisher: '某省某厅',
      publishedOn: day(publishedDay),
      writtenOn: fault === 2 ? day(publishedDay - 60) : day(writtenDay),
      body:
        fault === 1
          ? '联系人手机13912345678，身份证号码341321198506120039。'
          : '为深入贯彻落实有关工作部署，进一步提升政务公开标准化规范化水平，结合工作实际，现将有关事项通知如下。咨询电话：0551-62601234。',
    };
    if (col.kind === 'policy') {
      entry.docNo = `某厅〔2024〕${i}号`;
      entry.validity = '有效';
      entry.docType = i % 10 === 0 ? '规范性文件' : '其他文件';
      if (i % 10 === 0) policies.push([i, publishedDay]);
    }
    const awaiting = col.kind === 'interpretation' ? policies.shift() : undefined;
    if (awaiting) {
      const [policyId, policyDay] = awaiting;
      const interpDay = policyDay + (rand() < 0.01 ? 10 : Math.floor(rand() * 3));
      entry.interpretationOf = policyId;
      entry.publishedOn = day(interpDay);
      entry.writtenOn = day(interpDay);
    }
    await write(`${JSON.stringify(entry)}\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function bare(file: string): Promise<number> {
  let n = 0;
  await readJsonLinesFile(file, (l) => {
    if ('text' in l) {
      JSON.parse(l.text);
      n++;
    }
  });
  return n;
}

async function full(file: string) {
  return validateCatalogueFile(file, { asOf: AS_OF, format: 'jsonl' });
}

// Wall time, and CPU time of this process (user + system): on a shared machine the CPU time is
// the steadier figure, as other work stretches the wall time of both passes unevenly.
async function time<T>(fn: () => Promise<T>): Promise<[number, T, number]> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return [performance.now() - start, value, (used.user + used.system) / 1000];
}

// Child mode: validate under a 256 MB heap cap and report peak RSS and heap.
if (process.argv[2] === '--child') {
  const file = process.argv[3]!;
  let peakRss = 0;
  let peakHeap = 0;
  let atPeak: NodeJS.MemoryUsage | undefined;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) atPeak = m;
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const baseline = process.memoryUsage().rss;
  const [ms, report, cpuMs] = await time(() => full(file));
  sample();
  clearInterval(timer);
  process.stdout.write(
    `${JSON.stringify({ ms, cpuMs, baselineRss: baseline, peakRss, peakHeap, atPeak, entries: report.stats.entries, findings: report.stats.findings })}\n`,
  );
  process.exit(0);
}

if (process.env.KEEP) {
  await writeCatalogue(process.env.KEEP, Number(process.argv[2]));
  process.exit(0);
}
const entries = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'zwgk-bench-'));
const file = join(dir, 'catalogue.jsonl');
try {
  const [genMs] = await time(() => writeCatalogue(file, entries));
  const size = statSync(file).size;
  console.log(
    `catalogue: ${entries.toLocaleString('en')} entries, ${(size / 2 ** 20).toFixed(0)} MiB JSONL (written in ${(genMs / 1000).toFixed(1)} s)`,
  );

  // Warm up both paths once, then alternate so that neither gets the warmer disk cache or JIT.
  await bare(file);
  const bareTimes: number[] = [];
  const fullTimes: number[] = [];
  const bareCpu: number[] = [];
  const fullCpu: number[] = [];
  let last: Awaited<ReturnType<typeof full>> | undefined;
  for (let round = 0; round < 3; round++) {
    const [bareMs, , bareCpuMs] = await time(() => bare(file));
    bareTimes.push(bareMs);
    bareCpu.push(bareCpuMs);
    const [ms, report, cpuMs] = await time(() => full(file));
    fullTimes.push(ms);
    fullCpu.push(cpuMs);
    last = report;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const [a, b, aCpu, bCpu] = [median(bareTimes), median(fullTimes), median(bareCpu), median(fullCpu)];
  console.log(`(a) bare pass, read + JSON.parse each line: wall ${s(a)}, CPU ${s(aCpu)} (medians of 3)`);
  console.log(`(b) full validation, same reader:           wall ${s(b)}, CPU ${s(bCpu)} (medians of 3)`);
  console.log(
    `ratio (b)/(a): CPU ${(bCpu / aCpu).toFixed(2)}× (target ≤ 2×) ${bCpu / aCpu <= 2 ? 'OK' : 'OVER'}; wall ${(b / a).toFixed(2)}×`,
  );
  console.log(
    `findings: ${JSON.stringify(last?.stats.findings)}; by rule: ${Object.entries(last?.stats.byRule ?? {})
      .map(([r, c]) => `${r} ${c.total}`)
      .join(', ')}`,
  );

  const bundle = join(dir, 'catalogue-bench.mjs');
  // Imported here, not at the top, so that the bundled child never loads esbuild.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [import.meta.filename],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@zwgk/source'],
    outfile: bundle,
    logLevel: 'silent',
    // esbuild itself stays out of the bundle (the child never builds).
    external: ['esbuild'],
  });
  const child = spawnSync(process.execPath, ['--max-old-space-size=256', bundle, '--child', file], {
    encoding: 'utf8',
  });
  if (child.status !== 0) {
    console.log(
      `child process with --max-old-space-size=256 FAILED (exit ${child.status}): ${child.stderr.slice(-2000)}`,
    );
    process.exitCode = 1;
  } else {
    const m = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      ms: number;
      cpuMs: number;
      baselineRss: number;
      peakRss: number;
      peakHeap: number;
    };
    const mb = (x: number) => (x / 2 ** 20).toFixed(0);
    console.log(
      `child (--max-old-space-size=256): validated in ${s(m.ms)} (CPU ${s(m.cpuMs)}); peak RSS ${mb(m.peakRss)} MB (at start ${mb(m.baselineRss)} MB), peak heap used ${mb(m.peakHeap)} MB (target < 256 MB) ${m.peakRss < 256 * 2 ** 20 ? 'OK' : 'OVER'}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
