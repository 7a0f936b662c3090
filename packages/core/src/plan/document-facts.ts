// Document facts: the portal header (索引号, 发布机构, 成文日期, 发布日期, 文号, 名称), the notice
// (关于印发…的通知, the signing office and date) and the plan's own title.
import { lastDayOfMonth } from 'date-fns';
import { parseChineseNumber } from '../text/chinese-number.js';
import { allMatches } from '../text/regex.js';
import type { TextLine } from './text-lines.js';

/** What the head of a plan says about the document. */
export interface DocumentFacts {
  title?: string;
  titleLine?: number;
  noticeTitle?: string;
  issuer?: string;
  issued?: string;
  issuedLine?: number;
  /** True when the issue date was printed without separators (`2024521`) and had to be guessed at. */
  issuedAmbiguous?: boolean;
  docNumber?: string;
  publisher?: string;
  indexNo?: string;
  written?: string;
  published?: string;
  /** Lines that belong to the header and notice, not the plan body. */
  headerLines: Set<number>;
}

// A portal header key, possibly spaced (`文  号`) or cut short by a lost character (`号:` for 索引号).
const KEY = /(?<=^|\s)([\u4e00-\u9fff]{1,10}|[\u4e00-\u9fff] {1,4}[\u4e00-\u9fff])\s*：/gu;
const PIPE_KEY =
  /(?<=^|\|\s*)(索引号|索取号|发布机构|发布单位|发文机关|发文单位|成文日期|成文时间|发文日期|发布日期|发布时间|公开日期|文号|发文字号|名称|标题|主题分类|信息分类|有效性|公开方式|公开范围|公开时限|组配分类|生成日期|文件编号|文件效力|效力状态)\s*[：:]?\s*\|\s*/gu;
// A law database's header keys in black brackets (`【发文字号】法[2019]99号【发布日期】2019.04.24`).
const BRACKET_KEY =
  /[【[](发布部门|发文机关|发文机构|制发单位|联合发文单位|发文字号|文号|发布日期|成文日期|实施日期|废止日期|失效日期|效力级别|时效性|有效性|法规类别|主题分类|文件来源|来源)[】\]]\s*/gu;
// (Beijing's portals print `[制发单位]` and `[失效日期]` among them.)
const PORTAL_KEY =
  /^(索引号|发布机构|发文机构|发文机关|制发单位|联合发文单位|实施日期|成文日期|发文字号|文号|废止日期|失效日期|发布日期|有效性|文件来源|主题分类|信息分类|公开方式|公开范围|文件编号|文件效力|效力状态)$/u;

/**
 * Whether a line is a portal header key printed as a numbered list item (`1. [主题分类] 综合政务`),
 * which opens no item of the plan.
 *
 * @param text - a cleaned line
 */
export function isNumberedHeaderKey(text: string): boolean {
  const m = /^\d{1,2}\s*[.．、]\s*[【[]([^】\]]{2,8})[】\]]/u.exec(text);
  return m !== null && PORTAL_KEY.test(m[1] as string);
}
// `1. [主题分类] 综合政务`: a portal header printed as a numbered list.
const BRACKET_KEY_LINE = /^(?:\d{1,2}\s*[.．、]\s*)?[【[]/u;
const INDEX_NO = /^[0-9A-Z]{6,20}\/[0-9]{4,8}-[0-9]{1,8}$/u;
const DOC_NUMBER = /^[\u4e00-\u9fff]{1,12}[〔[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号$/u;
const PLAN_TITLE =
  /(方案|要点|清单|分解表|任务表|分工表|台账|计划|安排|任务分解|责任分解|责任分工|任务分工|细则|实施意见)(（[^）]*）)?$/u;

/**
 * Reads a date as plans print it: `2024-05-24`, `2024年5月21日`, `2024.5.21`, `二〇二四年五月二十一日`,
 * or with every separator lost (`2024521`, `20240521`). Returns undefined when it is not a date.
 *
 * @param text - cleaned text
 * @returns the ISO date and whether it had to be guessed at
 */
export function readPrintedDate(text: string): { date: string; ambiguous: boolean } | undefined {
  const t = text.replace(/\s+/g, '');
  let m = /^((?:19|20)\d{2})[-./年](\d{1,2})[-./月](\d{1,2})日?(\d{1,2}：\d{2}(：\d{2})?)?$/u.exec(t);
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]), false);
  m = /^([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/u.exec(t);
  if (m) {
    const digits = (m[1] as string)
      .replace(/[〇零○Ｏ]/gu, '0')
      .replace(/[一二三四五六七八九]/gu, (d) => String(parseChineseNumber(d)));
    return dated(
      Number(digits),
      parseChineseNumber(m[2] as string) ?? 0,
      parseChineseNumber(m[3] as string) ?? 0,
      false,
    );
  }
  m = /^((?:19|20)\d{2})(\d{2,4})$/u.exec(t);
  if (m) {
    const y = Number(m[1]);
    const rest = m[2] as string;
    if (rest.length === 2) return dated(y, Number(rest[0]), Number(rest[1]), true);
    if (rest.length === 4) return dated(y, Number(rest.slice(0, 2)), Number(rest.slice(2)), false);
    // Three digits: month of one digit and day of two, or the other way round.
    const a = dated(y, Number(rest[0]), Number(rest.slice(1)), true);
    const b = dated(y, Number(rest.slice(0, 2)), Number(rest[2]), true);
    if (a && b) return { date: a.date, ambiguous: true };
    return a ?? b;
  }
  return undefined;
}

function dated(y: number, m: number, d: number, ambiguous: boolean): { date: string; ambiguous: boolean } | undefined {
  if (!(y >= 1949 && y <= 2200 && m >= 1 && m <= 12 && d >= 1)) return undefined;
  if (d > lastDayOfMonth(new Date(y, m - 1, 1)).getDate()) return undefined;
  return { date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, ambiguous };
}

function firstDate(value: string): string | undefined {
  const m = /((?:19|20)\d{2})[-./年](\d{1,2})[-./月](\d{1,2})/u.exec(value);
  return m ? dated(Number(m[1]), Number(m[2]), Number(m[3]), false)?.date : undefined;
}

/**
 * Reads the portal header, notice and title from the lines before the plan body.
 *
 * @param lines - the plan's lines
 * @param bodyStart - index of the first line of the body (first numbered line or table), or lines.length
 * @param furniture - which lines are page furniture (never the title)
 * @returns the facts found
 */
export function readDocumentFacts(
  lines: readonly TextLine[],
  bodyStart: number,
  furniture?: readonly boolean[],
): DocumentFacts {
  const facts: DocumentFacts = { headerLines: new Set() };
  const head = lines.slice(0, Math.min(bodyStart, 400));
  for (const line of head) {
    // A portal header copied as pipe cells without colons (`发文日期 | 2022-07-14 |`): key, value.
    const text = line.text.includes('|')
      ? line.text
          .replace(PIPE_KEY, '$1： ')
          .replace(/\s*\|\s*/gu, ' ')
          .trim()
      : BRACKET_KEY_LINE.test(line.text)
        ? line.text
            .replace(/^\d{1,2}\s*[.．、]\s*/u, '')
            .replace(BRACKET_KEY, ' $1：')
            .trim()
        : line.text;
    if (!text.includes('：') || text.length > 200) continue;
    const keys = allMatches(KEY, text);
    if (keys.length === 0) continue;
    let used = false;
    keys.forEach((k, i) => {
      const key = (k[1] as string).replace(/\s+/g, '');
      const valueEnd = keys[i + 1]?.index ?? text.length;
      // Header tables copied as pipe rows leave bars around the value (`索引号： | 1133… |`).
      const value = text.slice(k.index + k[0].length, valueEnd).replace(/^[|\s]+|[|\s]+$/gu, '');
      if (value === '') {
        // A key printed with no value (`[联合发文单位]`) is still the header's.
        if (PORTAL_KEY.test(key)) used = true;
        return;
      }
      if (/索引号$|^号$/u.test(key) && INDEX_NO.test(value.split(' ')[0] as string)) {
        facts.indexNo ??= value.split(' ')[0];
        used = true;
      } else if (/^(发布机构|发文机关|发文单位|发布单位|发布部门|发文机构|制发单位)$/u.test(key)) {
        facts.publisher ??= value;
        used = true;
      } else if (/^(成文日期|成文时间|印发日期)$/u.test(key)) {
        const date = firstDate(value);
        if (date) facts.written ??= date;
        used = true;
      } else if (/^(发布日期|发布时间|发文日期|公开日期|生成日期)$/u.test(key)) {
        const date = firstDate(value);
        if (date) facts.published ??= date;
        used = true;
      } else if (
        /^(文号|发文字号|发文文号|文件编号)$/u.test(key) ||
        (/号$/u.test(key) && DOC_NUMBER.test(value.replace(/\s+/g, '')))
      ) {
        const doc = value.replace(/\s+/g, '');
        if (DOC_NUMBER.test(doc)) facts.docNumber ??= doc.replace(/[[［【(（]/u, '〔').replace(/[\]］】)）]/u, '〕');
        used = true;
      } else if (/^(名称|标题|文件名称)$/u.test(key)) {
        facts.noticeTitle ??= value;
        used = true;
      } else if (
        /^(信息分类|主题分类|有效性|性|生效时间|实施日期|废止日期|联合发文单位|文件来源|效力级别|时效性|法规类别|来源|废止时间|政策咨询机关|政策咨询电话|体裁分类|组配分类|关键词|公开方式|公开范围|公开时限|索取号|文件效力|效力状态)$/u.test(
          key,
        )
      ) {
        used = true;
      }
    });
    if (used) facts.headerLines.add(line.index);
  }
  // The notice: `…关于印发…的通知`, the signing office and the date under it.
  for (let i = 0; i < head.length; i++) {
    const line = head[i] as TextLine;
    const text = line.text;
    if (facts.headerLines.has(line.index) || text === '') continue;
    if (text.length < 120 && /关于印发.*的通知$/u.test(text)) {
      facts.noticeTitle ??= text;
      facts.headerLines.add(line.index);
      continue;
    }
    // (`（吉政发〔2014〕37号）` on its own line under the title: the 文号 in brackets.)
    const docNo = text.replace(/\s+/g, '').replace(/^[（(]([^（）()]+〕\d{1,4}号)[）)]$/u, '$1');
    if (DOC_NUMBER.test(docNo) && docNo.length < 30) {
      facts.docNumber ??= docNo.replace(/[[［【(（]/u, '〔').replace(/[\]］】)）]/u, '〕');
      facts.headerLines.add(line.index);
      continue;
    }
    const date = text.length <= 20 ? readPrintedDate(text) : undefined;
    // `2025-06-08 15:00`: a page's time stamp, when it was put online, not when the plan was signed.
    if (date && /\d{1,2}[:：]\d{2}/u.test(text)) {
      facts.published ??= date.date;
      facts.headerLines.add(line.index);
      continue;
    }
    if (date && facts.issued === undefined) {
      facts.issued = date.date;
      facts.issuedLine = line.index;
      if (date.ambiguous) facts.issuedAmbiguous = true;
      facts.headerLines.add(line.index);
      // The signing office is the non-empty line above the date.
      for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
        const above = (head[j] as TextLine).text.replace(/\s+/g, '');
        if (above === '') continue;
        if (above.length <= 30 && /(办公室|办公厅|政府|委员会|办|局|厅|委|小组|中心|部)$/u.test(above)) {
          facts.issuer = above;
          facts.headerLines.add(j);
        }
        break;
      }
    }
  }
  // The plan's own title: a line naming a plan, standing alone; one that names its year wins.
  let titleCandidate: TextLine | undefined;
  for (let i = 0; i < head.length; i++) {
    const line = head[i] as TextLine;
    const text = line.text.replace(/\s+/g, '');
    if (facts.headerLines.has(line.index) || text.length < 6 || text.length > 80) continue;
    if (/[。；，]/u.test(text) || /^(现将|为|根据|按照|附件)/u.test(text)) continue;
    if (PLAN_TITLE.test(text) && !/的通知$/u.test(text)) {
      titleCandidate ??= line;
      if (/(19|20)\d{2}年/u.test(text)) {
        titleCandidate = line;
        break;
      }
    }
  }
  if (titleCandidate) {
    facts.title = titleCandidate.text.replace(/\s+/g, '');
    facts.titleLine = titleCandidate.index;
  }
  // A 文号 printed in brackets after a title: `…的实施意见（池政〔2017〕101号）`.
  if (facts.docNumber === undefined) {
    for (const line of head.slice(0, 60)) {
      const m = /[（(]([\u4e00-\u9fff]{1,12}〔(?:19|20)\d{2}〕\d{1,4}号)[）)]$/u.exec(line.text);
      if (m && /(关于|意见|通知|方案|要点|决定)/u.test(line.text.slice(0, m.index))) {
        facts.docNumber = m[1];
        break;
      }
    }
  }
  // A page flattened onto one line: the 文号 stands just before the notice's title
  // (`… 岚综管办〔2017〕37号 平潭综合实验区管委会办公室关于印发…的通知`).
  if (facts.docNumber === undefined) {
    for (const line of head.slice(0, 60)) {
      if (line.text.length <= 200) continue;
      const m = /([\u4e00-\u9fff]{1,12}〔(?:19|20)\d{2}〕\d{1,4}号)\s*[\u4e00-\u9fff]{0,40}关于/u.exec(
        line.text.slice(0, 2000),
      );
      if (m) {
        facts.docNumber = m[1];
        break;
      }
    }
  }
  if (facts.title === undefined) {
    const quoted =
      /《([^》]{4,80})》/u.exec(facts.noticeTitle ?? '') ?? /关于印发(.{4,80})的通知$/u.exec(facts.noticeTitle ?? '');
    if (quoted) facts.title = quoted[1];
    else {
      for (const line of head) {
        if (facts.headerLines.has(line.index) || furniture?.[line.index] === true) continue;
        // (The body has begun: a title comes before its sentences, not after them.)
        if (line.text.length > 20 && /[。；]$/u.test(line.text)) break;
        const text = line.text.replace(/\s+/g, '');
        if (text.length >= 4 && text.length <= 80 && !/[。；：]/u.test(text) && !/^\d{1,2}[.．、]/u.test(text)) {
          facts.title = text;
          facts.titleLine = line.index;
          break;
        }
      }
    }
  }
  if (facts.issuer === undefined && facts.noticeTitle) {
    const m = /^(.{2,30}?)关于印发/u.exec(facts.noticeTitle);
    if (m) facts.issuer = m[1];
  }
  return facts;
}
