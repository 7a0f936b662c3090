import { describe, expect, it } from 'vitest';
import { BASE_COLUMNS, findingsOf, policyEntry } from '../../test/helpers.js';
import { nationalProfile } from '../profiles/national.js';
import { validateCatalogueSync } from '../validator.js';

describe('interpretation-missing', () => {
  it('reports a 规范性文件 that no interpretation points at', () => {
    const p = policyEntry({ docType: '规范性文件' });
    const found = findingsOf('interpretation-missing', [p]);
    expect(found).toHaveLength(1);
    expect(found[0]?.data).toMatchObject({
      entryId: p.id,
      title: p.title,
      url: p.url,
      columnPath: '法定主动公开内容 > 政策文件',
    });
  });
  it('is satisfied by an interpretation, before or after the policy, with a numeric id', () => {
    const p = policyEntry({ id: 42, docType: '规范性文件' });
    const i = policyEntry({ column: 'interp', interpretationOf: 42, docType: undefined });
    expect(findingsOf('interpretation-missing', [p, i])).toEqual([]);
    expect(findingsOf('interpretation-missing', [i, p])).toEqual([]);
  });
  it('recognises the type as portals write it (行政规范性文件)', () => {
    expect(findingsOf('interpretation-missing', [policyEntry({ docType: '行政规范性文件' })])).toHaveLength(1);
  });
  it('does not ask other document types for an interpretation', () => {
    expect(findingsOf('interpretation-missing', [policyEntry({ docType: '其他文件' })])).toEqual([]);
  });
  it('asks for the types a profile lists', () => {
    const p = policyEntry({ docType: '政府规章' });
    const report = validateCatalogueSync([...BASE_COLUMNS, p], {
      asOf: '2024-12-31',
      profile: { ...nationalProfile, name: 'with-rules', interpretationDocTypes: ['规范性文件', '政府规章'] },
    });
    expect(report.findings.filter((f) => f.rule === 'interpretation-missing')).toHaveLength(1);
  });
});
