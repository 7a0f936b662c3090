// The one public barrel of @zwgk/catalogue. Browser-safe: the Node stream adapter lives in
// `@zwgk/catalogue/node`. Values first, then types.

export { inferColumnKind } from './column-kind.js';
export { isoDateOf } from './dates.js';
export { normalizeIndexNumber } from './index-number.js';
export type { JsonLine, JsonLinesOptions } from './lines.js';
export { jsonLinesFromChunks, validateCatalogueJsonLines } from './lines.js';
export type {
  CatalogueProfile,
  CatalogueRecord,
  CatalogueReport,
  CatalogueRule,
  CatalogueSettings,
  CatalogueStats,
  CatalogueView,
  ColumnInfo,
  DateField,
  EntryInfo,
  FindingReport,
  Period,
  RequiredColumn,
  RuleContext,
  RuleLevel,
  RuleVisitor,
  SeverityCounts,
  VetoVerdict,
} from './model.js';
export type { PersonalDataKind, PersonalDataMatch } from './personal-data.js';
export { findPersonalData, isValidResidentId, passesLuhn } from './personal-data.js';
export { nationalProfile } from './profiles/national.js';
export { defineProfile, getProfile, listProfiles, registerProfile } from './profiles/registry.js';
export {
  BUILTIN_RULES,
  blankColumn,
  dateOrder,
  depthExceeded,
  indexNumberDuplicate,
  indexNumberInvalid,
  interpretationLate,
  interpretationMissing,
  invalidRecord,
  latePublication,
  metadataMissing,
  personalData,
  placeholderContent,
  requiredColumnMissing,
  staleColumn,
  validityInconsistent,
} from './rules/index.js';
export { isPlaceholderText } from './rules/placeholder-content.js';
export { DEFAULT_CATALOGUE_SETTINGS, DEFAULT_INDEX_NUMBER_PATTERN, resolveSettings } from './settings.js';
export type { CatalogueValidator, CatalogueValidatorOptions } from './validator.js';
export { createCatalogueValidator, validateCatalogue, validateCatalogueSync } from './validator.js';
