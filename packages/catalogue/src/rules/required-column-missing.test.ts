import { describe, expect, it } from 'vitest';
import { makeSampleCatalogue } from '../../test/fixtures/make-catalogue.js';
import { findingsOf } from '../../test/helpers.js';
import { nationalProfile } from '../profiles/national.js';
import { validateCatalogueSync } from '../validator.js';

// One column per national requirement, named as portals name them.
const FULL = [
  '政策文件',
  '机构职能',
  '规划信息',
  '统计信息',
  '行政许可',
  '行政处罚',
  '财政预决算',
  '行政事业性收费',
  '政府采购',
  '重大建设项目',
  '社会保障',
  '应急管理',
  '监督检查',
  '人事信息',
  '政府信息公开指南',
  '政府信息公开制度',
  '政府信息公开年报',
].map((name, i) => ({ type: 'column', id: `c${i}`, name, parent: null, note: '本栏目暂无信息' }));

describe('required-column-missing', () => {
  it('is silent when every national requirement has a column', () => {
    expect(findingsOf('required-column-missing', [], { columns: FULL })).toEqual([]);
  });

  it.each(FULL.map((c) => c.name))('reports the requirement met only by “%s” when it is removed', (name) => {
    const found = findingsOf('required-column-missing', [], { columns: FULL.filter((c) => c.name !== name) });
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
  });

  it('accepts a column by its kind whatever its name', () => {
    const columns = FULL.map((c) => (c.name === '政策文件' ? { ...c, name: '红头文件库', kind: 'policy' } : c));
    expect(findingsOf('required-column-missing', [], { columns })).toEqual([]);
  });

  it('reports the civil-service column missing from the sample catalogue', () => {
    const report = validateCatalogueSync(makeSampleCatalogue(), { asOf: '2024-12-31' });
    const found = report.findings.filter((f) => f.rule === 'required-column-missing');
    expect(found.map((f) => f.data?.requirement)).toEqual(['civil-service']);
  });

  it('follows the profile: a profile without requirements reports nothing', () => {
    const report = validateCatalogueSync([], {
      asOf: '2024-12-31',
      profile: { ...nationalProfile, name: 'none', requiredColumns: [] },
    });
    expect(report.findings.filter((f) => f.rule === 'required-column-missing')).toEqual([]);
  });
});
