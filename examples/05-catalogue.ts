// Check a county portal's disclosure catalogue (政府信息公开目录) the way an openness office does
// before the annual website inspection: required columns, stale and blank columns (single veto),
// index numbers, dates, validity, 三同步 interpretations and personal data left in public pages.
// Run: node --conditions=@zwgk/source --import tsx examples/05-catalogue.ts
import { join } from 'node:path';
import {
  type CatalogueRule,
  createCatalogueValidator,
  nationalProfile,
  registerProfile,
  validateCatalogue,
} from '@zwgk/catalogue';
import { validateCatalogueFile } from '@zwgk/catalogue/node';

const fixtures = join(import.meta.dirname, '..', 'packages', 'catalogue', 'test', 'fixtures');
const asOf = '2024-12-31';

// 1. A whole catalogue file (JSON Lines are streamed line by line; .json is read whole).
const report = await validateCatalogueFile(join(fixtures, 'sample-catalogue.jsonl'), { asOf });
console.log(`${report.stats.site}: ${report.stats.columns} columns, ${report.stats.entries} entries`);
console.log(
  `findings: ${report.stats.findings.error} errors, ${report.stats.findings.warning} warnings, ${report.stats.findings.info} notes`,
);
for (const f of report.findings.slice(0, 8)) {
  const where = f.location?.row ? `line ${f.location.row}` : 'catalogue';
  console.log(`  [${f.severity}] ${f.rule} (${where}) ${f.data?.columnPath ?? ''} — ${f.message}`);
}
const { staleColumns, blankColumns } = report.stats.veto;
console.log(
  `single veto — stale columns: ${staleColumns.count}/${staleColumns.threshold} ${staleColumns.vetoed ? 'VETOED' : 'ok'}`,
);
console.log(
  `single veto — blank columns: ${blankColumns.count}/${blankColumns.threshold} ${blankColumns.vetoed ? 'VETOED' : 'ok'}`,
);

// 2. A county profile: the national columns plus 村务公开, interpretations within 5 working days,
//    and one rule of its own written with the same API as the built-in rules.
const titleTooLong: CatalogueRule = {
  id: 'title-too-long',
  severity: 'info',
  description: '标题超过60字',
  descriptionEn: 'Title longer than 60 characters',
  create: (ctx) => ({
    entry(e) {
      if (e.title.length > 60)
        ctx.report({ entry: e, message: '标题超过60字', messageEn: 'Title longer than 60 characters' });
    },
  }),
};
registerProfile({
  ...nationalProfile,
  name: 'example-county',
  requiredColumns: [
    ...nationalProfile.requiredColumns,
    { id: 'village', label: '村务公开', labelEn: 'Village affairs', names: ['村务'] },
  ],
  settings: { interpretationWorkingDays: 5 },
  rules: [titleTooLong],
});
const county = await validateCatalogue(
  {
    site: { type: 'site', name: '某县人民政府' },
    columns: [{ type: 'column', id: 'zcwj', name: '政策文件', parent: null }],
    entries: [],
  },
  { asOf, profile: 'example-county' },
);
console.log(
  `county profile: ${county.findings.filter((f) => f.rule === 'required-column-missing').length} required columns missing (incl. 村务公开)`,
);

// 3. Embedded in a content system: push records as they are saved or exported, then finish.
const validator = createCatalogueValidator({ asOf, profile: nationalProfile });
validator.push({ type: 'column', id: 'gzdt', name: '工作动态', parent: null });
validator.push({
  type: 'entry',
  id: 'a1',
  column: 'gzdt',
  title: '县长接待日',
  publishedOn: '2024-12-30',
  body: '来访群众联系电话13812345678',
});
const pushed = validator.finish();
for (const f of pushed.findings.filter((x) => x.rule === 'personal-data')) console.log(`pushed record: ${f.message}`);
