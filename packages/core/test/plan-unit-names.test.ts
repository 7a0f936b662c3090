// Every real unit name of real-unit-names.ts, alone and in lists of two to five, printed in the
// places plans put units (a closing bracket with 负责, a bracket of 牵头 and 配合, a national item's
// sentence bracket, 由…负责, a labelled line, a pipe table's cell in simplified and traditional
// script, a tabbed table, a table printed one cell per line) must be read back as exactly those
// units in those roles: no name cut (`和平区政府` read as `平区政府`), split or dropped.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../src/index.js';
import { normalizeUnitName } from '../src/text/normalize.js';
import { toTraditional } from './plan-variants.js';
import { REAL_UNIT_NAMES } from './real-unit-names.js';

type Role = 'lead' | 'responsible' | 'cooperate';

interface Context {
  name: string;
  text: (units: readonly string[]) => string;
  roles: (units: readonly string[]) => Role[];
}

const TITLE = '2024年政务公开工作要点任务分工';
const allResponsible = (units: readonly string[]): Role[] => units.map(() => 'responsible');

const CONTEXTS: readonly Context[] = [
  {
    name: 'a closing bracket with 负责',
    text: (u) =>
      `${TITLE}\n一、推进决策公开\n1.加强重大行政决策公开。（${u.join('、')}负责）\n2.做好政策解读。（市政府办公室负责）`,
    roles: allResponsible,
  },
  {
    name: 'a bracket of 牵头 and 配合',
    text: (u) =>
      `${TITLE}\n一、推进决策公开\n1.加强重大行政决策公开。（${u[0]}牵头${u.length > 1 ? `，${u.slice(1).join('、')}配合` : ''}）\n2.做好政策解读。（市政府办公室负责）`,
    roles: (u) => u.map((_, k) => (k === 0 ? 'lead' : 'cooperate')),
  },
  {
    name: 'a national item whose sentences each close with a bracket',
    text: (u) =>
      `${TITLE}\n一、推进决策公开\n（一）加强决策公开。推行重大行政决策事项目录管理。（${u.join('、')}按职责分工负责）做好政策解读。（市政府办公室负责）`,
    roles: allResponsible,
  },
  {
    name: 'a sentence with 由…负责',
    text: (u) =>
      `${TITLE}\n一、推进决策公开\n1.加强重大行政决策公开，由${u.join('、')}负责。\n2.做好政策解读。（市政府办公室负责）`,
    roles: allResponsible,
  },
  {
    name: 'a labelled line',
    text: (u) =>
      `${TITLE}\n1.加强重大行政决策公开\n责任单位：${u.join('、')}\n完成时限：2024年12月底前\n2.做好政策解读\n责任单位：市政府办公室\n完成时限：持续推进`,
    roles: allResponsible,
  },
  {
    name: 'a pipe table cell',
    text: (u) =>
      `${TITLE}\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 1 | 加强重大行政决策公开 | ${u.join('、')} | 2024年12月底前 |\n| 2 | 做好政策解读 | 市政府办公室 | 持续推进 |`,
    roles: allResponsible,
  },
  {
    name: 'a table copied with tabs',
    text: (u) =>
      `${TITLE}\n序号\t工作任务\t责任单位\t完成时限\n1\t加强重大行政决策公开\t${u.join('、')}\t2024年12月底前\n2\t做好政策解读\t市政府办公室\t持续推进`,
    roles: allResponsible,
  },
  {
    name: 'a pipe table in traditional script, Taiwan and Hong Kong forms',
    text: (u) =>
      toTraditional(
        `${TITLE}\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 1 | 加强重大行政决策公开 | ${u.join('、')} | 2024年12月底前 |\n| 2 | 做好政策解读 | 市政府办公室 | 持续推进 |`,
        u.length % 2 === 0 ? 'tw' : 'hk',
      ),
    roles: allResponsible,
  },
  {
    name: 'a table printed one cell per line',
    text: (u) =>
      `${TITLE}\n序号\n工作任务\n责任单位\n完成时限\n1\n加强重大行政决策公开\n${u.join('、')}\n2024年12月底前\n2\n做好政策解读\n市政府办公室\n持续推进`,
    roles: allResponsible,
  },
];

// Lists of two to five names drawn by a fixed generator, so that every run reads the same lists.
function lists(count: number): string[][] {
  let seed = 20_241_126;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const out: string[][] = [];
  for (let i = 0; i < count; i++) {
    const size = 2 + Math.floor(next() * 4);
    const picked = new Set<string>();
    while (picked.size < size) picked.add(REAL_UNIT_NAMES[Math.floor(next() * REAL_UNIT_NAMES.length)] as string);
    out.push([...picked]);
  }
  return out;
}

function misread(context: Context, units: readonly string[]): string | undefined {
  const plan = parsePlanText(context.text(units));
  const want = units.map((u, k) => `${context.roles(units)[k]}:${normalizeUnitName(u)}`);
  const got = (plan.tasks[0]?.assignments ?? []).map((a) => `${a.role}:${a.unit}`);
  if (plan.tasks.length === 2 && JSON.stringify(got) === JSON.stringify(want)) return undefined;
  return `${units.join('、')} → ${got.join('、')} (${plan.tasks.length} tasks)`;
}

describe('real unit names in the places plans put them', () => {
  it('has hundreds of distinct names to read', () => {
    expect(new Set(REAL_UNIT_NAMES).size).toBe(REAL_UNIT_NAMES.length);
    expect(REAL_UNIT_NAMES.length).toBeGreaterThan(350);
  });

  for (const context of CONTEXTS) {
    it(`reads every name alone, and 300 lists of names, from ${context.name}`, () => {
      const wrong = [...REAL_UNIT_NAMES.map((name) => [name]), ...lists(300)]
        .map((units) => misread(context, units))
        .filter((problem) => problem !== undefined);
      expect(wrong).toEqual([]);
    });
  }
});
