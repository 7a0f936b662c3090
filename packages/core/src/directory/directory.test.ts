import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isZwgkError } from '../errors.js';
import { createDirectory, expandUnit } from './directory.js';

const suzhou = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../../examples/data/suzhou-directory.json'), 'utf8'),
) as { units: unknown[]; groups: unknown[] };

describe('createDirectory', () => {
  const dir = createDirectory(suzhou);

  it('resolves a county by its full name, its 政府 form and its bare name', () => {
    for (const name of ['砀山县人民政府', '砀山县政府', '砀山县', ' 碭山縣人民政府 ']) {
      expect(dir.resolveUnit(name)?.name).toBe('砀山县人民政府');
    }
  });

  it('normalises brackets and script before matching', () => {
    expect(dir.resolveUnit('市財政局(國資委)')?.name).toBe('市财政局（国资委）');
    expect(dir.resolveUnit('市财政局')?.name).toBe('市财政局（国资委）');
  });

  it('derives 人民政府 forms when the directory gives no aliases', () => {
    const small = createDirectory({ units: [{ name: '萧县人民政府', memberOf: ['县区政府'] }] });
    expect(small.resolveUnit('萧县政府')?.name).toBe('萧县人民政府');
    expect(small.resolveUnit('萧县')?.name).toBe('萧县人民政府');
  });

  it('drops a derived form that two units share', () => {
    const twin = createDirectory({ units: [{ name: '市财政局（国资委）' }, { name: '市财政局（金融办）' }] });
    expect(twin.resolveUnit('市财政局')).toBeUndefined();
    expect(twin.resolveUnit('市财政局（金融办）')?.name).toBe('市财政局（金融办）');
  });

  it('expands a group to its concrete members', () => {
    expect(dir.membersOf('县区政府').map((u) => u.name)).toEqual([
      '砀山县人民政府',
      '萧县人民政府',
      '灵璧县人民政府',
      '泗县人民政府',
      '埇桥区人民政府',
    ]);
  });

  it('treats group aliases and the 各 form as the same group', () => {
    expect(dir.resolveGroup('市政府各部门')).toBe('市政府部门');
    expect(dir.resolveGroup('各县区政府')).toBe('县区政府');
    expect(dir.membersOf('市政府各部门')).toEqual(dir.membersOf('市政府部门'));
  });

  it('keeps 市政府有关部门 a group of its own with the members the directory lists', () => {
    const related = dir.membersOf('市政府有关部门').map((u) => u.name);
    const all = dir.membersOf('市政府部门').map((u) => u.name);
    expect(related).toContain('市数据资源局');
    expect(related).not.toContain('市统计局');
    expect(all).toContain('市统计局');
  });

  it('follows groups within groups', () => {
    const nested = createDirectory({
      units: [
        { name: '砀山县人民政府', memberOf: ['县区政府'] },
        { name: '市统计局', memberOf: ['市政府部门'] },
      ],
      groups: [
        { name: '县区政府', memberOf: ['各单位'] },
        { name: '市政府部门', memberOf: ['各单位'] },
      ],
    });
    expect(nested.membersOf('各单位').map((u) => u.name)).toEqual(['砀山县人民政府', '市统计局']);
    expect(nested.groupsOf('砀山县')).toEqual(['县区政府', '各单位']);
  });

  it('survives a cycle of groups', () => {
    const cyclic = createDirectory({
      units: [{ name: '甲局', memberOf: ['A'] }],
      groups: [
        { name: 'A', memberOf: ['B'] },
        { name: 'B', memberOf: ['A'] },
      ],
    });
    expect(cyclic.groupsOf('甲局')).toEqual(['A', 'B']);
  });

  it('says what a name is', () => {
    expect(dir.isGroup('县区政府')).toBe(true);
    expect(dir.isGroup('砀山县')).toBe(false);
    expect(dir.match('市档案馆')).toEqual({ kind: 'unknown', name: '市档案馆' });
    expect(dir.groupsOf('市司法局')).toEqual(['市政府部门', '市政府有关部门']);
  });

  it('takes more aliases from plugins', () => {
    const withAliases = createDirectory(suzhou, { unitAliases: { 市教体局: ['市教育局'], 县区政府: ['各县（区）'] } });
    expect(withAliases.resolveUnit('市教育局')?.name).toBe('市教体局');
    expect(withAliases.resolveGroup('各县(区)')).toBe('县区政府');
  });

  it('throws a ZwgkError for a malformed directory', () => {
    try {
      createDirectory({ units: [{ aliases: [] }] });
      expect.unreachable();
    } catch (error) {
      expect(isZwgkError(error) && error.code).toBe('invalid-argument');
      expect((error as Error).message).toContain('units.0.name');
    }
  });
});

describe('expandUnit', () => {
  const dir = createDirectory(suzhou);
  it('gives the members of a group, a unit’s canonical name, or the plan name itself', () => {
    expect(expandUnit(dir, '县区政府')).toHaveLength(5);
    expect(expandUnit(dir, '萧县政府')).toEqual(['萧县人民政府']);
    expect(expandUnit(dir, '市档案馆')).toEqual(['市档案馆']);
  });
});
