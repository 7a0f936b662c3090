import { z } from 'zod';

const IdSchema = z.union([z.string(), z.number()]);

/**
 * The kinds of catalogue column, which set the staleness threshold and the metadata rules:
 * `dynamic` (动态/要闻), `notice` (通知公告), `policy` (政策文件), `interpretation` (政策解读),
 * `static` (机构职能 …), `guide` (指南), `system` (制度), `annual-report` (年报), `group` (a column
 * that only holds other columns) and `other`.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * ColumnKindSchema.parse('policy');
 * ```
 */
export const ColumnKindSchema = z.enum([
  'dynamic',
  'notice',
  'policy',
  'interpretation',
  'static',
  'guide',
  'system',
  'annual-report',
  'group',
  'other',
]);

/**
 * The `ColumnKind` type, inferred from {@link ColumnKindSchema}.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * import { ColumnKindSchema, type ColumnKind } from '@zwgk/core';
 * const value: ColumnKind = ColumnKindSchema.parse(input);
 * ```
 */
export type ColumnKind = z.infer<typeof ColumnKindSchema>;

/**
 * The portal a catalogue belongs to.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * SiteSchema.parse({ type: 'site', name: '宿州市人民政府', url: 'https://www.ahsz.gov.cn' });
 * ```
 */
export const SiteSchema = z.object({
  type: z.literal('site').default('site'),
  name: z.string(),
  url: z.string().optional(),
});

/**
 * The `Site` type, inferred from {@link SiteSchema}.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * import { SiteSchema, type Site } from '@zwgk/core';
 * const value: Site = SiteSchema.parse(input);
 * ```
 */
export type Site = z.infer<typeof SiteSchema>;

/**
 * A catalogue column (栏目). `parent` is the id of the column above, or null at the top. `kind`
 * is inferred from the name when absent. A `note` on an empty column says why it is empty.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * ColumnSchema.parse({ type: 'column', id: 'zcwj', name: '政策文件', parent: 'fdzdgknr', kind: 'policy' });
 * ```
 */
export const ColumnSchema = z.object({
  type: z.literal('column').default('column'),
  id: IdSchema,
  name: z.string(),
  parent: IdSchema.nullable().default(null),
  kind: ColumnKindSchema.optional(),
  note: z.string().optional(),
});

/**
 * The `Column` type, inferred from {@link ColumnSchema}.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * import { ColumnSchema, type Column } from '@zwgk/core';
 * const value: Column = ColumnSchema.parse(input);
 * ```
 */
export type Column = z.infer<typeof ColumnSchema>;

/**
 * A published item of a catalogue column with its metadata: 索引号 `indexNo`, 发布机构
 * `publisher`, 文号 `docNo`, 成文日期 `writtenOn`, 发布日期 `publishedOn`, 有效性 `validity` …
 * Dates are kept as given: the validator reports the ones that are not ISO dates.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * EntrySchema.parse({
 *   type: 'entry', id: 'e1', column: 'zcwj', title: '关于印发……的通知', indexNo: '003187229/202405-00047',
 *   docNo: '宿政办〔2024〕1号', writtenOn: '2024-05-20', publishedOn: '2024-05-24', validity: '有效',
 * });
 * ```
 */
export const EntrySchema = z.object({
  type: z.literal('entry').default('entry'),
  id: IdSchema,
  column: IdSchema,
  title: z.string(),
  url: z.string().optional(),
  indexNo: z.string().optional(),
  publisher: z.string().optional(),
  docNo: z.string().optional(),
  docType: z.string().optional(),
  writtenOn: z.string().optional(),
  publishedOn: z.string().optional(),
  validity: z.string().optional(),
  effectiveOn: z.string().optional(),
  repealedOn: z.string().optional(),
  interpretationOf: IdSchema.nullable().optional(),
  body: z.string().optional(),
});

/**
 * The `Entry` type, inferred from {@link EntrySchema}.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * import { EntrySchema, type Entry } from '@zwgk/core';
 * const value: Entry = EntrySchema.parse(input);
 * ```
 */
export type Entry = z.infer<typeof EntrySchema>;

/**
 * A whole catalogue in its JSON form: `{site, columns, entries}`. The JSON Lines form carries the
 * same objects one a line, each with its `type`.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * CatalogueSchema.parse({
 *   site: { name: '某市人民政府' },
 *   columns: [{ id: 'c1', name: '政策文件', parent: null }],
 *   entries: [],
 * });
 * ```
 */
export const CatalogueSchema = z.object({
  site: SiteSchema,
  columns: z.array(ColumnSchema),
  entries: z.array(EntrySchema),
});

/**
 * The `Catalogue` type, inferred from {@link CatalogueSchema}.
 *
 * @category Catalogue model
 * @example
 * ```ts
 * import { CatalogueSchema, type Catalogue } from '@zwgk/core';
 * const value: Catalogue = CatalogueSchema.parse(input);
 * ```
 */
export type Catalogue = z.infer<typeof CatalogueSchema>;
