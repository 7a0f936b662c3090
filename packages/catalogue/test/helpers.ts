// Builds small catalogues around the entries a rule test cares about, and runs one rule.
import type { Finding } from '@zwgk/core';
import type { CatalogueSettings } from '../src/model.js';
import { validateCatalogueSync } from '../src/validator.js';

/** Columns of a minimal catalogue: a group with one column of each kind the rules look at. */
export const BASE_COLUMNS = [
  { type: 'column', id: 'root', name: '法定主动公开内容', parent: null, kind: 'group' },
  { type: 'column', id: 'policy', name: '政策文件', parent: 'root', kind: 'policy' },
  { type: 'column', id: 'interp', name: '政策解读', parent: 'root', kind: 'interpretation' },
  { type: 'column', id: 'news', name: '工作动态', parent: 'root', kind: 'dynamic' },
  { type: 'column', id: 'notice', name: '通知公告', parent: 'root', kind: 'notice' },
  { type: 'column', id: 'org', name: '机构职能', parent: 'root', kind: 'static' },
];

let n = 0;
/** A clean policy entry; override what the test is about. */
export function policyEntry(extra: Record<string, unknown> = {}): Record<string, unknown> {
  n++;
  return {
    type: 'entry',
    id: `e${n}`,
    column: 'policy',
    title: `某县人民政府关于印发某项工作方案的通知（${n}）`,
    url: `https://www.example.gov.cn/zcwj/${n}.html`,
    indexNo: `003187229/2024-${String(n).padStart(5, '0')}`,
    publisher: '某县人民政府办公室',
    docNo: `某政〔2024〕${n}号`,
    docType: '其他文件',
    writtenOn: '2024-06-03',
    publishedOn: '2024-06-05',
    validity: '有效',
    body: '为做好有关工作，现将有关事项通知如下。',
    ...extra,
  };
}

/** Runs the validator over the base columns plus `records`, and returns the findings of one rule. */
export function findingsOf(
  rule: string,
  records: Array<Record<string, unknown>>,
  options: { asOf?: string; settings?: Partial<CatalogueSettings>; columns?: Array<Record<string, unknown>> } = {},
): Finding[] {
  const report = validateCatalogueSync([...(options.columns ?? BASE_COLUMNS), ...records], {
    asOf: options.asOf ?? '2024-12-31',
    ...(options.settings ? { settings: options.settings } : {}),
  });
  return report.findings.filter((f) => f.rule === rule);
}
