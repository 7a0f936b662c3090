import type { CatalogueRule } from '../model.js';
import { blankColumn } from './blank-column.js';
import { dateOrder } from './date-order.js';
import { depthExceeded } from './depth-exceeded.js';
import { indexNumberDuplicate } from './index-number-duplicate.js';
import { indexNumberInvalid } from './index-number-invalid.js';
import { interpretationLate } from './interpretation-late.js';
import { interpretationMissing } from './interpretation-missing.js';
import { invalidRecord } from './invalid-record.js';
import { latePublication } from './late-publication.js';
import { metadataMissing } from './metadata-missing.js';
import { personalData } from './personal-data.js';
import { placeholderContent } from './placeholder-content.js';
import { requiredColumnMissing } from './required-column-missing.js';
import { staleColumn } from './stale-column.js';
import { validityInconsistent } from './validity-inconsistent.js';

export const INVALID_RECORD = invalidRecord;

/**
 * The built-in catalogue rules, in the order their findings are listed for one record.
 *
 * @category Rules
 * @example
 * ```ts
 * BUILTIN_RULES.map((r) => r.id); // ['invalid-record', 'required-column-missing', 'blank-column', …]
 * ```
 */
export const BUILTIN_RULES: readonly CatalogueRule[] = Object.freeze([
  invalidRecord,
  requiredColumnMissing,
  blankColumn,
  staleColumn,
  depthExceeded,
  indexNumberInvalid,
  indexNumberDuplicate,
  dateOrder,
  latePublication,
  metadataMissing,
  validityInconsistent,
  interpretationMissing,
  interpretationLate,
  personalData,
  placeholderContent,
]);

export {
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
};
