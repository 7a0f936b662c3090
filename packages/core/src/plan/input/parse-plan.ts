import { match } from 'ts-pattern';
import type { Diagnostic, Plan } from '../../model/index.js';
import { type ParsePlanOptions, parsePlanText } from '../parse-plan-text.js';
import { decodeText } from './decode.js';
import { type DocxLimits, docxToPlanText } from './docx.js';
import { readHtml } from './html.js';

/**
 * The document formats {@link parsePlan} reads.
 *
 * @category Plan input
 * @example
 * ```ts
 * import { parsePlan, type PlanFormat } from '@zwgk/core';
 * const format: PlanFormat = 'html';
 * parsePlan('<table><tr><td>1</td><td>公开预算</td></tr></table>', { format });
 * ```
 */
export type PlanFormat = 'text' | 'html' | 'docx';

/**
 * Options of {@link parsePlan}: those of `parsePlanText`, plus the format (else told from the file
 * name, else sniffed from the content), the file name for diagnostics, and DOCX limits.
 *
 * @category Plan input
 * @example
 * ```ts
 * import { parsePlan, type ParsePlanInputOptions } from '@zwgk/core';
 * const options: ParsePlanInputOptions = { fileName: '分工方案.docx', year: 2024 };
 * ```
 */
export type ParsePlanInputOptions = ParsePlanOptions & {
  format?: PlanFormat;
  fileName?: string;
  docxLimits?: Partial<DocxLimits>;
};

// Formats that cannot be read in a browser-safe library without a converter.
const UNSUPPORTED = new Map([
  ['doc', 'Word 97–2003 (.doc)'],
  ['wps', 'WPS (.wps)'],
  ['pdf', 'PDF (.pdf)'],
  ['xls', 'Excel (.xls)'],
  ['xlsx', 'Excel (.xlsx)'],
  ['ofd', 'OFD (.ofd)'],
]);

const EXTENSIONS: Record<string, PlanFormat> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  csv: 'text',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  docx: 'docx',
};

/**
 * Reads a plan document in any form offices publish it: plain text (`.txt`, `.md`, in UTF-8,
 * UTF-8 with BOM, UTF-16 or GB18030/GBK), a web page (`.html`, tables read as tables) or a Word
 * `.docx`, and parses it with `parsePlanText`. The format comes from `options.format`, else the
 * file name's extension, else the content (a ZIP header means DOCX; `<html` or `<table` means
 * HTML). What happened on the way is added to the plan's diagnostics: the text encoding used
 * (`input-encoding`, info), an unreadable or oversized DOCX (`docx-unreadable`/`docx-too-large`,
 * error). `.doc`, `.pdf` and other formats give a plan with no tasks and an `input-unsupported`
 * error saying to save the document as `.docx` or `.txt`. Never throws on bad input.
 *
 * @param input - the document: bytes as read from a file, or text already decoded
 * @param options - format, file name, plan year and issue date overrides, DOCX limits
 * @returns the plan, with diagnostics
 * @category Plan input
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parsePlan } from '@zwgk/core';
 *
 * // A GBK text file saved on an old Windows machine: the encoding is detected.
 * const plan = parsePlan(readFileSync('2024年分工方案.txt'), { fileName: '2024年分工方案.txt' });
 * plan.diagnostics.find((d) => d.code === 'input-encoding')?.message; // '按 GB18030 编码读取'
 * ```
 * @example
 * ```ts
 * import { parsePlan } from '@zwgk/core';
 *
 * // A page saved from a government portal, with the tasks in a table.
 * const html = `<table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr>
 *   <tr><td>1</td><td>公开财政预决算信息</td><td>市财政局</td><td>6月底前</td></tr></table>`;
 * const plan = parsePlan(html, { year: 2024 }); // sniffed as HTML
 * for (const task of plan.tasks) console.log(task.number, task.assignments.map((a) => a.unit));
 * ```
 */
export function parsePlan(input: string | Uint8Array, options: ParsePlanInputOptions = {}): Plan {
  const { format: given, fileName, docxLimits, ...textOptions } = options;
  const parseOptions: ParsePlanOptions = fileName === undefined ? textOptions : { ...textOptions, fileName };
  const location = fileName === undefined ? undefined : { file: fileName };
  const extension = fileName === undefined ? '' : (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
  const unsupported = given === undefined ? UNSUPPORTED.get(extension) : undefined;
  if (unsupported !== undefined && !isZip(input)) {
    return withDiagnostics(parsePlanText('', parseOptions), [
      diagnostic(
        'error',
        'input-unsupported',
        `无法直接读取 ${unsupported} 文件，请在 WPS 或 Word 中另存为 .docx 或 .txt 后再导入`,
        `${unsupported} files cannot be read directly: save the plan as .docx or .txt and try again`,
        location,
      ),
    ]);
  }
  const format = given ?? EXTENSIONS[extension] ?? sniff(input);
  const notes: Diagnostic[] = [];
  const text = match(format)
    .with('docx', () => {
      const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
      const result = docxToPlanText(bytes, docxLimits);
      for (const d of result.diagnostics) notes.push(location === undefined ? d : { ...d, location });
      return result.text;
    })
    .with('html', () => {
      const { text: html, complete } = readHtml(decode(input, notes, location));
      if (!complete) {
        notes.push(
          diagnostic(
            'warning',
            'html-truncated',
            '网页元素嵌套超过 1000 层，其后的内容未读取',
            'The page nests elements more than 1000 levels deep; the rest was not read',
            location,
          ),
        );
      }
      return html;
    })
    .with('text', () => decode(input, notes, location))
    .exhaustive();
  return withDiagnostics(parsePlanText(text, parseOptions), notes);
}

/** Tells the format from the content: a ZIP archive is DOCX, markup is HTML, anything else text. */
function sniff(input: string | Uint8Array): PlanFormat {
  if (isZip(input)) return 'docx';
  const head = (typeof input === 'string' ? input.slice(0, 4096) : decodeText(input.subarray(0, 4096)).text)
    .replace(/^\uFEFF/, '')
    .toLowerCase();
  return /<(?:!doctype\s+html|html|body|table|tr)[\s>]/.test(head) ? 'html' : 'text';
}

function isZip(input: string | Uint8Array): boolean {
  return typeof input !== 'string' && input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04;
}

const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8（带 BOM）',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
} as const;

function decode(input: string | Uint8Array, notes: Diagnostic[], location: { file: string } | undefined): string {
  if (typeof input === 'string') return input;
  const { text, encoding } = decodeText(input);
  const name = ENCODING_NAMES[encoding];
  notes.push(
    diagnostic(
      'info',
      'input-encoding',
      `按 ${name} 编码读取`,
      `Read as ${name.replace('（带 BOM）', ' with BOM')}`,
      location,
    ),
  );
  if (text.includes('\ufffd')) {
    notes.push(
      diagnostic(
        'warning',
        'input-undecodable',
        `部分字节无法按 ${name} 解码，已替换为“\ufffd”；请确认文件编码`,
        `Some bytes could not be decoded as ${name} and were replaced with U+FFFD; check the file's encoding`,
        location,
      ),
    );
  }
  return text;
}

function diagnostic(
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  messageEn: string,
  location: { file: string } | undefined,
): Diagnostic {
  return location === undefined
    ? { severity, code, message, messageEn }
    : { severity, code, message, messageEn, location };
}

/** The input's own diagnostics come first: they explain the parser's. */
function withDiagnostics(plan: Plan, notes: readonly Diagnostic[]): Plan {
  return notes.length === 0 ? plan : { ...plan, diagnostics: [...notes, ...plan.diagnostics] };
}
