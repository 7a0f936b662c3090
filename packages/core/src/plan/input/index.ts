// Plan documents in other forms than plain UTF-8 text: encodings, HTML pages, Word .docx files.
export type { DecodedText, TextEncodingName } from './decode.js';
export { decodeText } from './decode.js';
export type { DocxLimits, DocxText } from './docx.js';
export { DEFAULT_DOCX_LIMITS, docxToPlanText } from './docx.js';
export { htmlToPlanText } from './html.js';
export type { ParsePlanInputOptions, PlanFormat } from './parse-plan.js';
export { parsePlan } from './parse-plan.js';
