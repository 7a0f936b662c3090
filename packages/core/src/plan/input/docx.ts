import { Parser } from 'htmlparser2';
import type { Diagnostic } from '../../model/index.js';
import { MAX_DEPTH, parseBounded } from './bounded.js';
import { Numbering, ParagraphStyles } from './numbering.js';
import { cellText, layoutTable, renderTable, type SourceCell } from './table.js';
import { inflateEntry, readZipDirectory, type ZipEntry, type ZipProblem } from './zip.js';

/**
 * Limits that keep a hostile `.docx` (a zip bomb, a huge file) from exhausting memory or time.
 * Sizes are in bytes; `maxRatio` is the largest uncompressed/compressed ratio accepted for an
 * entry that is read.
 *
 * @category Plan input
 * @example
 * ```ts
 * import { DEFAULT_DOCX_LIMITS, type DocxLimits } from '@zwgk/core';
 * const strict: DocxLimits = { ...DEFAULT_DOCX_LIMITS, maxUncompressedBytes: 8 * 1024 * 1024 };
 * ```
 */
export interface DocxLimits {
  /** Largest `.docx` file accepted. */
  maxCompressedBytes: number;
  /** Largest total size of the entries inflated (`word/document.xml`, and `numbering.xml`/`styles.xml` when lists are numbered). */
  maxUncompressedBytes: number;
  /** Largest compression ratio of an entry that is inflated. */
  maxRatio: number;
}

/**
 * The limits {@link docxToPlanText} applies unless told otherwise: files up to 64 MiB, at most
 * 64 MiB of XML inflated, compression ratio at most 200 (Word XML compresses about 10–30 times;
 * zip bombs about 1000 times).
 *
 * @category Plan input
 * @example
 * ```ts
 * import { DEFAULT_DOCX_LIMITS } from '@zwgk/core';
 * DEFAULT_DOCX_LIMITS.maxUncompressedBytes; // 67108864
 * ```
 */
export const DEFAULT_DOCX_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxCompressedBytes: 64 * 1024 * 1024,
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxRatio: 200,
});

/**
 * Text read from a `.docx`, with what went wrong. On an error the text is empty.
 *
 * @category Plan input
 * @example
 * ```ts
 * import { docxToPlanText, type DocxText } from '@zwgk/core';
 * const result: DocxText = docxToPlanText(new Uint8Array([1, 2, 3]));
 * result.diagnostics[0]?.code; // 'docx-unreadable'
 * ```
 */
export interface DocxText {
  text: string;
  diagnostics: Diagnostic[];
}

// Elements whose content is not the document's text: alternative renderings, deleted or moved-away
// revisions (and the numbering a paragraph had before a revision), field instructions.
const SKIPPED = new Set(['mc:Fallback', 'w:del', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'w:pPrChange']);

const MAIN_PART = 'word/document.xml';
const NUMBERING_PART = 'word/numbering.xml';
const STYLES_PART = 'word/styles.xml';

/**
 * Reads the text of a Word `.docx` plan for `parsePlanText`: one line per paragraph (`w:p`), with
 * `w:br` as a line break and `w:tab` as a tab, and tables (`w:tbl`) as pipe rows, one per `w:tr`,
 * with cells merged across columns (`gridSpan`) or rows (`vMerge`) repeated so that each row is
 * complete, as {@link htmlToPlanText} does for HTML. Numbering typed into the text is kept, and
 * Word's automatic list numbering (`w:numPr` on a paragraph or its style, defined in
 * `word/numbering.xml`) is written out as Word shows it: `一、`, `（三）`, `2.`, `①`. Only
 * `word/document.xml`, `word/numbering.xml` and `word/styles.xml` are inflated, after the ZIP
 * directory has been checked against `limits`, and inflation stops at the limit whatever the
 * headers claim; a zip bomb, a file that is not a `.docx`, or a damaged one gives an error
 * diagnostic and empty text — never an exception, an out-of-memory or a hang.
 *
 * @param bytes - the `.docx` file
 * @param limits - overrides of {@link DEFAULT_DOCX_LIMITS}
 * @returns the text and diagnostics
 * @category Plan input
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { docxToPlanText, parsePlanText } from '@zwgk/core';
 *
 * const { text, diagnostics } = docxToPlanText(readFileSync('分工方案.docx'));
 * if (diagnostics.some((d) => d.severity === 'error')) console.error(diagnostics[0]?.message);
 * else console.log(parsePlanText(text).tasks.length);
 * ```
 */
export function docxToPlanText(bytes: Uint8Array, limits: Partial<DocxLimits> = {}): DocxText {
  const limit: DocxLimits = { ...DEFAULT_DOCX_LIMITS, ...limits };
  if (bytes.length > limit.maxCompressedBytes) {
    return failure(
      'docx-too-large',
      `DOCX 文件过大（${bytes.length} 字节，上限 ${limit.maxCompressedBytes} 字节）`,
      `The DOCX file is too large (${bytes.length} bytes, limit ${limit.maxCompressedBytes})`,
    );
  }
  const directory = readZipDirectory(bytes);
  if ('problem' in directory) return zipFailure(directory.problem);
  const entry = directory.entries.find((e) => e.name === MAIN_PART);
  if (entry === undefined) {
    return failure(
      'docx-unreadable',
      '不是 Word 文档：压缩包中没有 word/document.xml。请另存为 .docx 或 .txt',
      'Not a Word document: the archive has no word/document.xml. Save the plan as .docx or .txt',
    );
  }
  // Word's automatic list numbers (一、 1. （一）) live in numbering.xml, and headings take theirs
  // from their style in styles.xml; read them when the document numbers its lists.
  const numberingEntry = directory.entries.find((e) => e.name === NUMBERING_PART);
  const stylesEntry = numberingEntry === undefined ? undefined : directory.entries.find((e) => e.name === STYLES_PART);
  const parts = [entry, numberingEntry, stylesEntry].filter((e): e is ZipEntry => e !== undefined);
  const declared = checkDeclared(parts, limit);
  if (declared !== null) return declared;
  const inflated = inflateEntry(bytes, entry, limit.maxUncompressedBytes);
  if ('problem' in inflated) return zipFailure(inflated.problem);
  const utf8 = new TextDecoder('utf-8');
  let budget = limit.maxUncompressedBytes - inflated.data.length;
  // Damaged numbering or styles cost only the automatic numbers, not the document.
  const readPart = (part: ZipEntry | undefined): string | ZipProblem | null => {
    if (part === undefined) return null;
    const read = inflateEntry(bytes, part, budget);
    if ('problem' in read) return read.problem === 'too-large' ? read.problem : null;
    budget -= read.data.length;
    return utf8.decode(read.data);
  };
  const numberingXml = readPart(numberingEntry);
  const stylesXml = readPart(stylesEntry);
  if (numberingXml === 'too-large' || stylesXml === 'too-large') return zipFailure('too-large');
  const lists =
    numberingXml === null
      ? null
      : { numbering: Numbering.parse(numberingXml), styles: ParagraphStyles.parse(stylesXml ?? '') };
  const { text, complete } = documentXmlToText(utf8.decode(inflated.data), lists);
  if (complete) return { text, diagnostics: [] };
  return {
    text,
    diagnostics: [
      {
        severity: 'warning',
        code: 'docx-truncated',
        message: `DOCX 正文嵌套超过 ${MAX_DEPTH} 层，其后的内容未读取`,
        messageEn: `The DOCX body nests deeper than ${MAX_DEPTH} levels; the rest was not read`,
      },
    ],
  };
}

/** The zip-bomb checks on what the directory declares, before anything is inflated. */
function checkDeclared(entries: readonly ZipEntry[], limit: DocxLimits): DocxText | null {
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > limit.maxUncompressedBytes) {
    return failure(
      'docx-too-large',
      `DOCX 正文解压后过大（${total} 字节，上限 ${limit.maxUncompressedBytes} 字节），可能是压缩炸弹`,
      `The DOCX body would inflate to ${total} bytes (limit ${limit.maxUncompressedBytes}): possibly a zip bomb`,
    );
  }
  for (const entry of entries) {
    const ratio = entry.originalSize / Math.max(1, entry.compressedSize);
    if (ratio > limit.maxRatio) {
      return failure(
        'docx-too-large',
        `DOCX 正文压缩比异常（${Math.round(ratio)} 倍，上限 ${limit.maxRatio} 倍），可能是压缩炸弹`,
        `The DOCX body has a compression ratio of ${Math.round(ratio)} (limit ${limit.maxRatio}): possibly a zip bomb`,
      );
    }
  }
  return null;
}

function zipFailure(problem: ZipProblem): DocxText {
  switch (problem) {
    case 'not-zip':
      return failure(
        'docx-unreadable',
        '不是 .docx 文件（不是 ZIP 压缩包）。旧版 .doc 请另存为 .docx 或 .txt',
        'Not a .docx file (not a ZIP archive). Save an old .doc as .docx or .txt',
      );
    case 'corrupt':
      return failure('docx-unreadable', 'DOCX 文件已损坏，无法读取', 'The DOCX file is damaged and cannot be read');
    case 'unsupported-method':
      return failure(
        'docx-unreadable',
        'DOCX 文件使用了不支持的压缩方式',
        'The DOCX file uses an unsupported compression method',
      );
    case 'too-large':
      return failure(
        'docx-too-large',
        'DOCX 正文解压后超过上限，可能是压缩炸弹',
        'The DOCX body inflates past the limit: possibly a zip bomb',
      );
  }
}

function failure(code: string, message: string, messageEn: string): DocxText {
  return { text: '', diagnostics: [{ severity: 'error', code, message, messageEn }] };
}

interface CellState {
  lines: string[];
  colSpan: number;
  continuesAbove: boolean;
  skipBefore: number;
}

interface TableState {
  rows: SourceCell[][];
  row: SourceCell[] | null;
  cell: CellState | null;
  gridBefore: number;
}

/**
 * WordprocessingML body → plan text. Streaming and stack-based: no recursion on nesting depth.
 * `complete` is false when nesting past {@link MAX_DEPTH} stopped the reading.
 */
export function documentXmlToText(
  xml: string,
  lists: { numbering: Numbering; styles: ParagraphStyles } | null = null,
): { text: string; complete: boolean } {
  const out: string[] = [];
  const tables: TableState[] = [];
  // Paragraph buffers: text boxes put paragraphs inside paragraphs.
  const paragraphs: { lines: string[]; numId: string | null; level: number | null; style: string | null }[] = [];
  let inPPr = 0;
  let inNumPr = false;
  // Merged cells repeated and short rows padded may add no more than the XML's own length.
  const budget = { chars: xml.length + 100_000 };
  let skip = 0;
  let inText = 0;
  let inRun = 0;
  let depth = 0;

  const target = (): string[] => tables.at(-1)?.cell?.lines ?? out;
  const append = (text: string) => {
    const lines = paragraphs.at(-1)?.lines;
    if (lines === undefined) return;
    lines[lines.length - 1] += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (skip > 0 || SKIPPED.has(name)) {
          skip++;
          return;
        }
        const table = tables.at(-1);
        switch (name) {
          case 'w:p':
            paragraphs.push({ lines: [''], numId: null, level: null, style: null });
            break;
          case 'w:r':
            inRun++;
            break;
          case 'w:t':
            inText++;
            break;
          case 'w:tab':
            if (inRun > 0) append('\t');
            break;
          case 'w:br':
          case 'w:cr':
            if (inRun > 0) paragraphs.at(-1)?.lines.push('');
            break;
          case 'w:noBreakHyphen':
            if (inRun > 0) append('-');
            break;
          case 'w:pPr':
            inPPr++;
            break;
          case 'w:pStyle': {
            const paragraph = paragraphs.at(-1);
            if (inPPr > 0 && paragraph !== undefined) paragraph.style = attribs['w:val'] ?? null;
            break;
          }
          case 'w:numPr':
            inNumPr = true;
            break;
          case 'w:numId':
          case 'w:ilvl': {
            const paragraph = paragraphs.at(-1);
            if (!inNumPr || paragraph === undefined) break;
            if (name === 'w:numId') paragraph.numId = attribs['w:val'] ?? null;
            else paragraph.level = count(attribs['w:val'], 0);
            break;
          }
          case 'w:tbl':
            tables.push({ rows: [], row: null, cell: null, gridBefore: 0 });
            break;
          case 'w:tr':
            if (table !== undefined) {
              table.row = [];
              table.gridBefore = 0;
            }
            break;
          case 'w:gridBefore':
            if (table !== undefined) table.gridBefore = count(attribs['w:val'], 0);
            break;
          case 'w:tc':
            if (table !== undefined) table.cell = { lines: [], colSpan: 1, continuesAbove: false, skipBefore: 0 };
            break;
          case 'w:gridSpan':
            if (table?.cell) table.cell.colSpan = count(attribs['w:val'], 1);
            break;
          case 'w:vMerge':
            // No value, or "continue", continues the cell above; "restart" begins a merge.
            if (table?.cell) table.cell.continuesAbove = (attribs['w:val'] ?? 'continue') === 'continue';
            break;
        }
      },
      ontext(data) {
        if (skip === 0 && inText > 0) append(data);
      },
      onclosetag(name) {
        depth--;
        if (skip > 0) {
          skip--;
          return;
        }
        const table = tables.at(-1);
        switch (name) {
          case 'w:pPr':
            inPPr = Math.max(0, inPPr - 1);
            break;
          case 'w:numPr':
            inNumPr = false;
            break;
          case 'w:p': {
            const paragraph = paragraphs.pop();
            if (paragraph === undefined) break;
            const { lines, style } = paragraph;
            // Direct numbering wins; else a numbered style's list (the level linked to the style).
            const styled =
              paragraph.numId === null && style !== null ? (lists?.styles.numberingOf(style) ?? null) : null;
            const numId = paragraph.numId ?? styled?.numId ?? null;
            if (lists !== null && numId !== null && numId !== '0') {
              const level =
                paragraph.level ??
                styled?.ilvl ??
                (style === null ? undefined : lists.numbering.levelOfStyle(numId, style)) ??
                0;
              // Word counts empty numbered paragraphs too.
              const number = lists.numbering.next(numId, level);
              const first = lines[0]?.trim() ?? '';
              if (number !== '' && first !== '')
                lines[0] = number + (/[、.．)）:：\s]$/.test(number) ? '' : ' ') + first;
            }
            const into = target();
            for (const line of lines) {
              const trimmed = line.trim();
              if (trimmed !== '') into.push(trimmed);
            }
            break;
          }
          case 'w:r':
            inRun = Math.max(0, inRun - 1);
            break;
          case 'w:t':
            inText = Math.max(0, inText - 1);
            break;
          case 'w:tc':
            if (table?.cell && table.row) {
              table.row.push({
                text: cellText(table.cell.lines),
                colSpan: table.cell.colSpan,
                rowSpan: 1,
                continuesAbove: table.cell.continuesAbove,
                skipBefore: table.row.length === 0 ? table.gridBefore : 0,
              });
            }
            if (table) table.cell = null;
            break;
          case 'w:tr':
            if (table?.row) table.rows.push(table.row);
            if (table) table.row = null;
            break;
          case 'w:tbl': {
            const done = tables.pop();
            if (done === undefined) break;
            const outer = tables.at(-1)?.cell;
            if (outer) {
              // A table inside a cell becomes text of that cell, a row per line.
              for (const cells of layoutTable(done.rows, budget))
                outer.lines.push(cells.filter((c) => c !== '').join(' '));
            } else {
              for (const line of renderTable(done.rows, budget)) out.push(line);
            }
            break;
          }
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  const complete = parseBounded(parser, xml, () => depth);
  return { text: out.join('\n'), complete };
}

function count(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
