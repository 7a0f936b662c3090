import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCX_LIMITS, docxToPlanText } from './docx.js';

const seedDocx = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../../../test/fixtures/inputs/suzhou-2024-plan.docx')),
);

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const docx = (body: string, level: 0 | 6 = 6) =>
  zipSync({
    '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
    'word/document.xml': [
      new TextEncoder().encode(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
      { level },
    ],
  });
const p = (...runs: string[]) =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${runs.join('')}</w:p>`;
const r = (inner: string) => `<w:r><w:rPr><w:b/></w:rPr>${inner}</w:r>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;
const tc = (content: string, props = '') => `<w:tc><w:tcPr><w:tcW w:w="1000"/>${props}</w:tcPr>${content}</w:tc>`;

/** Sets the uncompressed size the central directory declares for every entry. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

/** Overwrites the compressed data of the document entry with bytes that are not deflate data. */
function garbleData(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 30 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLength = view.getUint16(i + 26, true);
    const name = new TextDecoder().decode(out.subarray(i + 30, i + 30 + nameLength));
    if (name !== 'word/document.xml') continue;
    const start = i + 30 + nameLength + view.getUint16(i + 28, true);
    out.fill(0xff, start, start + view.getUint32(i + 18, true));
  }
  return out;
}

describe('docxToPlanText', () => {
  it('reads paragraphs as lines, with w:br as a line break and w:tab as a tab', () => {
    const body =
      p(r(t('一、围绕中心工作')), r('<w:tab/>'), r(t('抓好主动公开'))) +
      p(r(t('1．公开预算')), r('<w:br/>'), r(t('（市财政局负责）')));
    expect(docxToPlanText(docx(body))).toEqual({
      text: '一、围绕中心工作\t抓好主动公开\n1．公开预算\n（市财政局负责）',
      diagnostics: [],
    });
  });

  it('leaves out deleted revisions, field codes and the fallback copy of text boxes, and decodes entities', () => {
    const body = p(
      r(t('公开&amp;解读')),
      `<w:del w:id="1"><w:r><w:delText>删去的字</w:delText></w:r></w:del>`,
      `<w:ins w:id="2">${r(t('（新增）'))}</w:ins>`,
      r('<w:instrText> PAGE </w:instrText>'),
      `<mc:AlternateContent><mc:Choice Requires="wps">${r(t('框'))}</mc:Choice><mc:Fallback>${r(t('框'))}</mc:Fallback></mc:AlternateContent>`,
    );
    expect(docxToPlanText(docx(body)).text).toBe('公开&解读（新增）框');
  });

  it('reads tables as complete pipe rows, repeating gridSpan and vMerge cells; a full-width cell is a heading line', () => {
    const row = (...cells: string[]) => `<w:tr><w:trPr/>${cells.join('')}</w:tr>`;
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      ${row(tc(p(r(t('序号')))), tc(p(r(t('工作任务')))), tc(p(r(t('牵头单位')))))}
      ${row(tc(p(r(t('一、政策解读'))), '<w:gridSpan w:val="3"/>'))}
      ${row(tc(p(r(t('1')))), tc(p(r(t('解读材料'))) + p(r(t('同步发布|上网')))), tc(p(r(t('市政府办公室'))), '<w:vMerge w:val="restart"/>'))}
      ${row(tc(p(r(t('2')))), tc(p(r(t('解读形式多样')))), tc(p(''), '<w:vMerge/>'))}
    </w:tbl>`;
    expect(docxToPlanText(docx(body)).text.split('\n')).toEqual([
      '| 序号 | 工作任务 | 牵头单位 |',
      '一、政策解读',
      '| 1 | 解读材料 同步发布\\|上网 | 市政府办公室 |',
      '| 2 | 解读形式多样 | 市政府办公室 |',
    ]);
  });

  it('skips gridBefore columns and folds a table inside a cell into that cell', () => {
    const inner = `<w:tbl><w:tr>${tc(p(r(t('甲'))))}${tc(p(r(t('乙'))))}</w:tr><w:tr>${tc(p(r(t('丙'))))}</w:tr></w:tbl>`;
    const body = `<w:tbl>
      <w:tr>${tc(p(r(t('序号'))))}${tc(p(r(t('单位'))))}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p(r(t('只在第二列'))))}</w:tr>
      <w:tr>${tc(p(r(t('2'))))}${tc(inner)}</w:tr>
    </w:tbl>`;
    expect(docxToPlanText(docx(body)).text.split('\n')).toEqual([
      '| 序号 | 单位 |',
      '|  | 只在第二列 |',
      '| 2 | 甲 乙 丙 |',
    ]);
  });

  it('reads the seed plan made with the docx package: title lines, then 27 complete task rows', () => {
    const { text, diagnostics } = docxToPlanText(seedDocx);
    expect(diagnostics).toEqual([]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('宿州市政务公开办公室关于印发2024年宿州市政务公开重点工作任务分工方案的通知');
    expect(lines).toContain('| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |');
    const tasks = lines.filter((l) => /^\| \d+ \|/.test(l));
    expect(tasks).toHaveLength(27);
    for (const row of tasks) expect(row.split(' | ')).toHaveLength(5);
    // 完成时限 of tasks 4 and 5 is one cell merged down (vMerge); both rows carry it.
    expect(tasks[3]).toMatch(/^\| 4 \|.*\| 持续推进 \|$/);
    expect(tasks[4]).toMatch(/^\| 5 \|.*\| 持续推进 \|$/);
  });

  it('writes out Word automatic numbering as Word shows it', () => {
    const numbering = `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>
      <w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num></w:numbering>`;
    const numbered = (level: number, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="7"/></w:numPr></w:pPr>${r(t(text))}</w:p>`;
    const body = [
      numbered(0, '围绕中心工作抓好主动公开'),
      numbered(1, '公开预算'),
      numbered(1, ''),
      numbered(1, '公开决算'),
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>${r(t('不编号'))}</w:p>`,
      numbered(0, '围绕政策解读'),
      numbered(1, '解读'),
    ].join('');
    const file = zipSync({
      'word/document.xml': new TextEncoder().encode(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
      'word/numbering.xml': new TextEncoder().encode(numbering),
    });
    expect(docxToPlanText(file).text.split('\n')).toEqual([
      '一、围绕中心工作抓好主动公开',
      '1.公开预算',
      '3.公开决算',
      '不编号',
      '二、围绕政策解读',
      '1.解读',
    ]);
  });

  it('numbers headings whose style is linked to a list, following basedOn', () => {
    const numbering = `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:pStyle w:val="2"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    const styles = `<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="ZW2"><w:name w:val="正文标题2"/><w:basedOn w:val="2"/></w:style>
      <w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style></w:styles>`;
    const styled = (style: string, text: string) =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${r(t(text))}</w:p>`;
    const body = [
      styled('1', '主动公开'),
      styled('2', '财政信息'),
      styled('a', '正文不编号'),
      styled('ZW2', '政策解读'),
      styled('1', '依申请公开'),
      styled('2', '规范答复'),
    ].join('');
    const file = zipSync({
      'word/document.xml': new TextEncoder().encode(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
      'word/numbering.xml': new TextEncoder().encode(numbering),
      'word/styles.xml': new TextEncoder().encode(styles),
    });
    expect(docxToPlanText(file).text.split('\n')).toEqual([
      '一、主动公开',
      '（一）财政信息',
      '正文不编号',
      '（二）政策解读',
      '二、依申请公开',
      '（一）规范答复',
    ]);
  });

  it('reads the seed typed as paragraphs with automatic numbering', () => {
    const file = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../../test/fixtures/inputs/suzhou-2024-plan.numbered.docx')),
    );
    const lines = docxToPlanText(file).text.split('\n');
    expect(lines).toContain('一、围绕中心工作抓好主动公开');
    expect(lines).toContain('十一、围绕机制完善抓好监督保障');
    expect(lines.filter((l) => /^\d+\./.test(l)).map((l) => l.split('.')[0])).toEqual(
      Array.from({ length: 27 }, (_, i) => String(i + 1)),
    );
  });

  it.each([
    ['bytes that are not a ZIP archive', new TextEncoder().encode('这不是 docx')],
    ['an empty file', new Uint8Array()],
    ['a ZIP archive without word/document.xml', zipSync({ 'readme.txt': new TextEncoder().encode('hi') })],
    ['a document entry that is not deflate data', garbleData(docx(p(r(t('正文')))))],
    ['a cut-off file', seedDocx.subarray(0, seedDocx.length - 200)],
  ])('gives a docx-unreadable error, not an exception, for %s', (_name, bytes) => {
    const result = docxToPlanText(bytes);
    expect(result.text).toBe('');
    expect(result.diagnostics).toMatchObject([{ severity: 'error', code: 'docx-unreadable' }]);
  });

  it('refuses a zip bomb from its declared size, before inflating anything', () => {
    // 70 MiB of spaces: about 70 KiB compressed, past the 64 MiB default limit.
    const bomb = zipSync({ 'word/document.xml': [new Uint8Array(70 * 1024 * 1024).fill(0x20), { level: 1 }] });
    expect(bomb.length).toBeLessThan(200_000);
    const started = performance.now();
    expect(docxToPlanText(bomb).diagnostics).toMatchObject([{ severity: 'error', code: 'docx-too-large' }]);
    // Its data garbled, it still says too-large rather than damaged: the data was never inflated.
    expect(docxToPlanText(garbleData(bomb)).diagnostics).toMatchObject([{ code: 'docx-too-large' }]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses an entry whose declared compression ratio is that of a zip bomb', () => {
    const dense = docx(p(r(t('政'.repeat(2_000_000)))));
    const result = docxToPlanText(dense);
    expect(result.diagnostics[0]?.code).toBe('docx-too-large');
    expect(result.diagnostics[0]?.messageEn).toMatch(/compression ratio of \d+ \(limit 200\)/);
    // The same file is read when the caller accepts the ratio.
    expect(docxToPlanText(dense, { maxRatio: 10_000 }).text).toHaveLength(2_000_000);
  });

  it('stops inflating at the limit when the directory lies about the size', () => {
    const liar = declareSize(docx(p(r(t('公'.repeat(4_000_000))))), 1000);
    const result = docxToPlanText(liar, { maxUncompressedBytes: 1024 * 1024 });
    expect(result).toMatchObject({ text: '', diagnostics: [{ code: 'docx-too-large' }] });
  });

  it('refuses a file larger than maxCompressedBytes', () => {
    expect(docxToPlanText(seedDocx, { maxCompressedBytes: 1000 }).diagnostics).toMatchObject([
      { code: 'docx-too-large' },
    ]);
    expect(DEFAULT_DOCX_LIMITS.maxCompressedBytes).toBe(64 * 1024 * 1024);
  });

  it('reads a stored (uncompressed) document entry', () => {
    expect(docxToPlanText(docx(p(r(t('不压缩'))), 0)).text).toBe('不压缩');
  });

  it('never throws, on random bytes or on damaged copies of a real .docx', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Array.isArray(docxToPlanText(bytes).diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(seedDocx.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (edits) => {
          const copy = seedDocx.slice();
          for (const [at, value] of edits) copy[at] = value;
          expect(typeof docxToPlanText(copy).text).toBe('string');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stops reading XML nested past a thousand levels, with a warning', () => {
    const deep = docx(p(r(t('前文'))) + '<w:sdt>'.repeat(50_000));
    const started = performance.now();
    const result = docxToPlanText(deep, { maxRatio: 100_000 });
    expect(result).toMatchObject({ text: '前文', diagnostics: [{ severity: 'warning', code: 'docx-truncated' }] });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
