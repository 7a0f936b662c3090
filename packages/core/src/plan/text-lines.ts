// Splits plan text into lines and cleans each one for reading, keeping a map back to the input
// so that every span the parser reports points at the characters as printed.
import { YEAR_SPAN } from '../deadline/normalize-deadline.js';
import type { Span } from '../model/common.js';
import { toHalfWidthAlnum, toSimplifiedChinese } from '../text/normalize.js';
import { allMatches } from '../text/regex.js';
import { looksLikeDeadline } from './deadline-text.js';
import { isCarrierName, looksLikeUnit, looksLikeUnitList } from './units.js';

/** One line of the input: where it is, its text as printed and its cleaned text. */
export interface TextLine {
  /** 0-based index in the list of lines (a flattened line read as several counts as several). */
  readonly index: number;
  /** 1-based line number in the input. */
  readonly lineNumber: number;
  /** UTF-16 offset of `raw` in its line of the input (0 unless a flattened line was split). */
  readonly column0: number;
  /** UTF-16 offset of the line's first character in the input. */
  readonly start: number;
  /** UTF-16 offset just past the line's last character (before the line break). */
  readonly end: number;
  /** The line as printed. */
  readonly raw: string;
  /**
   * The line cleaned for reading: simplified script, no pinyin annotations or HTML tags, half-width letters
   * and digits, the ASCII punctuation `( ) , : ;` made full-width, white space made plain spaces,
   * trimmed.
   */
  readonly text: string;
  /**
   * Where the cleaned text is in `raw`: `map[i]` is the offset of `text[i]` (and `map[text.length]`
   * the end), or a number when only leading blanks were removed: `text[i]` is then `raw[map + i]`.
   */
  readonly map: readonly number[] | number;
}

// A pinyin annotation after a character, as converted pages print it: 號(hào), 發(fā).
const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]/g;
// A law site's page marks: `[接上页]`, `（转下页）`.
const PAGE_MARK = /[[［【(（](?:接上页|续上页|转下页|接下页)[\]］】)）]\s?/u;
// HTML left in copied page text: tags (`<br>`, `</p>`, `<span class="x">`) and tags whose `<` was
// lost to a bracket (`（/div>`). They are dropped like pinyin annotations, and so are page marks.
const DROPPED = new RegExp(
  `${PINYIN.source}|<\\/?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\\s[^<>]{0,80})?\\/?>|[(（]\\/[a-zA-Z]{1,10}>|@@+|&&+|${PAGE_MARK.source}`,
  'g',
);
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
// (The small forms `﹙﹚﹝﹞` too: some mirrors print a plan's brackets in them.)
const WIDE_PUNCT: Record<string, string> = {
  '(': '（',
  ')': '）',
  ',': '，',
  ':': '：',
  ';': '；',
  '﹙': '（',
  '﹚': '）',
  '﹝': '〔',
  '﹞': '〕',
};
const PUNCT_OR_SPACE = /[(),:;﹙﹚﹝﹞\s\u00a0\u200b\ufeff]/g;
const HAS_PUNCT_OR_SPACE = /[(),:;﹙﹚﹝﹞\s\u00a0\u200b\ufeff]/;

function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

// Whether a match of PINYIN at `at` is an annotation: toned, right after a Chinese character.
function isPinyinAt(text: string, at: number, match: string): boolean {
  return isCjk(text.charCodeAt(at - 1)) && TONE.test(match);
}

/**
 * Cleans one line and maps each character of the result back to the line as printed.
 *
 * @param raw - one line of input, without its line break
 * @param converted - the same line already in simplified script and half-width form, if known
 * @returns the cleaned text and the offset map (see {@link TextLine})
 */
export function cleanLine(raw: string, converted?: string): { text: string; map: readonly number[] | number } {
  // Widths and script first (both keep the length, which the map relies on), unless the caller
  // converted the whole text at once, which is much faster than line by line.
  let source = converted ?? toSimplifiedChinese(toHalfWidthAlnum(raw));
  if (source.length !== raw.length) source = toHalfWidthAlnum(raw);
  // Then drop pinyin annotations that follow a CJK character; only then is a map needed.
  let stripped = source;
  let map1: number[] | undefined;
  // (Mirror sites also sow `@@` and `&&` inside words: they go too.)
  if (
    source.includes('(') ||
    source.includes('（') ||
    source.includes('<') ||
    source.includes('@@') ||
    source.includes('&&') ||
    source.includes('页')
  ) {
    let last = 0;
    let out = '';
    for (const match of allMatches(DROPPED, source)) {
      const at = match.index;
      const tag =
        match[0].endsWith('>') || match[0].startsWith('@@') || match[0].startsWith('&&') || PAGE_MARK.test(match[0]);
      if (!tag && !isPinyinAt(source, at, match[0])) continue;
      map1 ??= [];
      out += source.slice(last, at);
      for (let i = last; i < at; i++) map1.push(i);
      last = at + match[0].length;
    }
    if (map1) {
      out += source.slice(last);
      for (let i = last; i < source.length; i++) map1.push(i);
      stripped = out;
    }
  }
  // Punctuation and white space (same length), then a label printed without its colon made one
  // with it (same length), then trim.
  let text = HAS_PUNCT_OR_SPACE.test(stripped)
    ? stripped.replace(PUNCT_OR_SPACE, (ch) => WIDE_PUNCT[ch] ?? ' ')
    : stripped;
  // `未来科技城? |`, `沈 ?昱`, `祝振伟? 陈夏林`, `18日?`: a character the copy could not encode,
  // printed as `?` at a cell's end, after a full stop or digit at a line's end, or beside the blank
  // between names, is a blank (same length). A question (`…哪些方面的问题?`) keeps its mark.
  if (text.includes('?')) text = text.replace(LOST_CHARACTER, ' ');
  // (`〔责 任单位：…〕`, `牵头 单位：`: a label word a PDF copy spaced out; the blanks move before it, same length.)
  if (text.includes(' ') && SPACED_LABEL.test(text)) text = text.replace(SPACED_LABEL_ALL, unspaceLabel);
  if (LABEL_HINT.test(text)) text = text.replace(LABEL_WITHOUT_COLON, labelWithColon);
  let from = 0;
  let to = text.length;
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  if (!map1) return { text: text.slice(from, to), map: from };
  const map = map1.slice(from, to);
  map.push(to > from ? (map1[to - 1] as number) + 1 : (map1[from] ?? raw.length));
  return { text: text.slice(from, to), map };
}

// A unit or time label with blanks inside its word, before its colon: `责 任单位：`, `牵头 单位:`, `完成时 限：`.
const SPACED_LABEL_SOURCE = '(责 *任|牵 *头|配 *合|协 *办|完 *成)( *)(单 *位|部 *门|时 *限|时 *间)(?= *[：:])';
const SPACED_LABEL = new RegExp(SPACED_LABEL_SOURCE, 'u');
const SPACED_LABEL_ALL = new RegExp(SPACED_LABEL_SOURCE, 'gu');
function unspaceLabel(match: string): string {
  const word = match.replace(/ +/gu, '');
  return ' '.repeat(match.length - word.length) + word;
}

const LOST_CHARACTER =
  /(?<=[^\x00-\x7f]|\d)\?+(?= *\|)|(?<=[。：；，\d])\?+$|(?<= )\?+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\?+(?= +[\u4e00-\u9fff])/gu;

// A unit or time label printed without its colon: in brackets (`【责任单位】市财政局`), before a dash
// (`责任单位——市财政局`) or before a blank (`责任单位 市财政局`, but not a table header's next word,
// `责任单位 完成时限`).
const LABEL_WORDS =
  '牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|完成时间|时限要求|时间节点';
const LABEL_HINT = /^ *[【[〔]?(?:牵头|责任|配合|协办|完成|时限|时间)/u;
const LABEL_WITHOUT_COLON = new RegExp(
  String.raw`^( *)([【[〔]?)(${LABEL_WORDS})([】\]〕]|——|—|--| +(?!(?:序号|工作|具体|主要|重点|${LABEL_WORDS}|备注)))(?=[\u4e00-\u9fff\d（])`,
  'u',
);
function labelWithColon(_: string, lead: string, open: string, word: string, close: string): string {
  // (Same length as the match: the opening bracket becomes a blank, the closer or dash a colon.)
  return `${lead}${' '.repeat(open.length)}${word}：${' '.repeat(close.length - 1)}`;
}

// Where a page flattened its paragraphs into one line (blanks in place of line breaks), a blank
// followed by an item number (`一、` `（一）` `1.` `（1）` `①` `第一部分`) or a unit or time label
// (`责任单位：`, `完成时限：`) is where a line of the document began.
/**
 * The words of a heading that divides duties among units (`职责分工`, `部门职责`, …), as a pattern source shared by
 * the readers of such divisions.
 *
 * @example
 * ```ts
 * new RegExp(`(?:${DUTY_HEADING_WORDS})$`, 'u').test('（二）职责分工'); // true
 * ```
 */
export const DUTY_HEADING_WORDS =
  '职责分工|责任分工|任务分工|工作分工|分工职责|部门职责|工作职责|单位职责|成员职责|分级责任';

const FLATTENED_BREAK = new RegExp(
  // (The look-behind starts a match only at a run's first blank: a long run of blanks stays linear.)
  '(?<![ \\t\\u3000\\u00a0])[ \\t\\u3000\\u00a0]+(?=' +
    [
      '第[一二三四五六七八九十]{1,3}(?:部分|章)',
      '[一二三四五六七八九十]{1,3}[、.．]',
      '[（(][一二三四五六七八九十]{1,3}[）)]',
      '[（(]\\d{1,2}[）)]',
      '\\d{1,3}[.．、](?!\\d)',
      '[\\u2460-\\u249b\\u3220-\\u3229]',
      // (`…综合执法大队 二是落实“门前三包”。`: the points of an item, each with its own label.)
      '[二三四五六七八九十]是(?=[\\u4e00-\\u9fff“])',
      '(?:问题整改|整改)?(?:牵头|责任|配合|协办|协同|参与|主办)(?:单位|部门|科室|处室)[：:]',
      '(?:完成时限|完成时间|时限要求|时间节点)[：:]',
    ].join('|') +
    ')',
  'gu',
);
// A page flattened with nothing at all where its line breaks were (`…制定本方案。一、指导思想…。（一）…`):
// an item number right after a sentence's end starts a line. (Only in a long line, and only where
// the line has several: `…完成。1.5亿元` is no list.)
// (Also after a closing bracket or a colon, `…（区安监局负责）2.建立…`, `工作任务：1.加强…`; after a
// short heading whose first sub-item follows it unpunctuated, `四、工作措施（一）…`,
// `（二）遏制重特大事故3.加强…`; and after a unit label's value, `责任处室:农业农村处、社会事业处2.提升
// 公厕档次`. Each number is looked for first, so the look-behinds run only before numbers.)
const ITEM_NUMBER =
  '第[一二三四五六七八九十]{1,3}(?:部分|章)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[（(]\\d{1,2}[）)]|\\d{1,2}[.．、](?![\\d.．])';
const GLUED_BREAK = new RegExp(
  [
    '(?=[（(][一二三四五六七八九十]{1,3}[）)])(?<=[一二三四五六七八九十]{1,3}、[^。；（()]{2,30})',
    // (A heading with a comma too: `（二）配合公安、海事等相关部门，进一步强化渔船安全治理3.加强…`.)
    '(?=\\d{1,2}[.．、](?![\\d.．]))(?<=(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)(?:[^。；，,（()\\d]{2,30}|[^。；，,（()\\d]{2,20}[，,][^。；，,（()\\d]{2,20}))',
    `(?=${ITEM_NUMBER})(?<=[。；！？）)：:])`,
    // (A sub-item right after a numbered heading, `1.推动党员学习教育提质增效（1）巩固…`.)
    '(?=[（(]\\d{1,2}[）)])(?<=\\d{1,2}[.．、][^。；，,（()\\d]{2,30})',
    // (After a labelled time limit: `完成时限：6月25日前（二）开展…`.)
    // (`完成时限：清单扩容于2019年底前完成，…常态化实施十、支持…`: a limit said in words ends so too.)
    `(?=${ITEM_NUMBER})(?<=(?:完成时限|完成时间|时限要求|时限|时间节点)[：:](?:[^。；：:（()]{2,20}?(?:前|底|内|止|日|月|年)|[^。；：:（()]{2,60}?(?:完成|实施|推进|坚持)))`,
    // (After units glued to the item's last sentence, a table's unit cell without its bars:
    // `…监测预警。公卫家庭处医政医管处4.改革…`.)
    `(?=${ITEM_NUMBER})(?<=[。；][^。；，,：:（()\\d“”《》]{2,30}?(?:处|科|室|局|委|办|中心|队|所|站|政府))`,
    // (Duties each opened by an agency and a colon, run together: `…宣传工作。区经济发展局：督促…`.)
    // (Also after a blank: `…开展生产经营工作。 政法综治处：联合…`; and a group being set up: `…筹建组：`.)
    // (Or after a short heading and a blank: `四、职责分工 经济发展处：联合…`.)
    // (Also where the duty opens with its numbered points, `…保障工作。党群工作处：1.组织…`; where the unit's other name
    // follows it, `城乡管理处（垃圾分类办）：`; and right after a heading of duties, `五、工作职责城乡管理处…：`,
    // `3.片区应急救援部门职责各联合党委：`, `（二）成员单位职责党政办公室：`.)
    '(?<=(?:[。；]|[一二三四五六七八九十]{1,3}、[\\u4e00-\\u9fff]{2,10}(?=[ \\u3000])|(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．、]|\\d{1,2}[.．]\\d{1,2}\\s?)[\\u4e00-\\u9fff]{0,12}(?:' +
      DUTY_HEADING_WORDS +
      '))[ \\u3000]{0,3})(?=[\\u4e00-\\u9fff]{1,16}?(?:局|委|办|办公室|部|部门|机关|处|队|所|站|院|海关|中心|政府|公司|企业|村居|村|外包单位|筹建组|工作队)(?:[（(][\\u4e00-\\u9fff]{2,10}[）)])?[：:][ \\u3000]?(?:[\\u4e00-\\u9fff]|\\d{1,2}[.．、]))',
    // (The first of the duties glued to their heading: `2.2 指挥机构职责1.党政办公室：…`.)
    '(?<=[\\u4e00-\\u9fff]职责)(?=1[.．、][\\u4e00-\\u9fff])',
    // (A unit label after an item's last sentence, `…闭环管理。责任处室：各业务处室。（二）…`: the label
    // closes the item, maybe with the items before it.)
    '(?<=[。；])(?=(?:责任|牵头|配合)(?:单位|部门|处室|科室)[：:])',
    // (The notice's copy list glued after the last unit, `责任单位：办公室抄送：驻区…纪检组。`: page furniture.)
    '(?=(?:抄送|抄报)[：:])(?<=(?:单位|部门|处室|科室)[：:][^。；：:\\s]{2,40})',
    // (A link to the plan's reading glued after the last unit, `…经济发展局H5解读：https://…`: page furniture.)
    '(?=(?:H5|图文|视频|动漫|图片)?解读[：:]\\s*https?:)',
    // (After a unit label's value, also an item number of three digits: `责任处室：食品处112.以…`.)
    // (Or of an activity's `责任对象：`, `…局各处室，各区属国企（二）开展…`.)
    `(?=${ITEM_NUMBER}|\\d{3}[.．](?![\\d.．]))(?<=(?:单位|部门|处室|科室|责任对象)(?:[（(][^（）()]{1,4}[）)])?[：:][^。；：:\\d]{2,80}?[\\u4e00-\\u9fff）)])`,
  ].join('|'),
  'gu',
);
const GLUED_MIN_LENGTH = 1000;
const PAGE_START = /^(?:当前位置|您(?:现在)?的?位置|您当前的位置)[：:]/u;
const CHECKLIST_POINT = /^\d{1,2}[.．、][^。；;，,]{0,30}是否/u;
// A unit label's value numbered name by name so far (`责任处室：` or `责任处室：1.经济发展处（配合…）`).
const NUMBERED_UNITS_SO_FAR = /(?:单位|部门|处室|科室)[：:](?:\s*1[.．、][^。；;：:]{0,150})?$/u;
const GLUED_TABLE_HEADER = /序号[\u4e00-\u9fff]{0,16}(?:完成时限|责任单位|牵头单位|工作任务|主要任务|重点任务)/u;
// A labelled time limit, then blanks and more text in Chinese.
const FLATTENED_AFTER_LIMIT =
  /(?:时限|期限)[：:][^ \t\u3000\u00a0：:]{2,24}?(?:前|内|底|止|完成)[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])/gu;
// Only long lines are read so: a short line with a blank before `1.` is a table row or a title.
const FLATTENED_MIN_LENGTH = 200;
const FLATTENED_MIN_BREAKS = 3;

// The offsets in a long line where the document's own lines began, when it was flattened.
function flattenedBreaks(converted: string): number[] {
  if (converted.length < FLATTENED_MIN_LENGTH) return [];
  // (Pinyin annotations, `任务(wù)：1.…`, are read past: the breaks are found in the text without
  // them and point back into the line as printed.)
  if (converted.includes('(') || converted.includes('（')) {
    const kept: number[] = [];
    let plain = '';
    let last = 0;
    for (const m of allMatches(PINYIN, converted)) {
      if (!isPinyinAt(converted, m.index, m[0])) continue;
      for (let i = last; i < m.index; i++) kept.push(i);
      plain += converted.slice(last, m.index);
      last = m.index + m[0].length;
    }
    if (kept.length > 0 || last > 0) {
      for (let i = last; i < converted.length; i++) kept.push(i);
      plain += converted.slice(last);
      return breaksIn(plain).map((at) => kept[at] ?? converted.length);
    }
  }
  return breaksIn(converted);
}

function breaksIn(converted: string): number[] {
  // A pipe row's cells may hold `（1）…` after a blank: tables are left whole.
  let bars = 0;
  for (let i = 0; i < converted.length && bars < 2; i++) if (converted.charCodeAt(i) === 124) bars++;
  if (bars >= 2) return [];
  const breaks: number[] = [];
  for (const m of allMatches(FLATTENED_BREAK, converted)) {
    const at = m.index + m[0].length;
    if (m.index > 0) breaks.push(at);
  }
  // A labelled time limit closes its line: text after it is the next item (`整改时限：8月13日前 操作间…`).
  let afterLimit = false;
  for (const m of allMatches(FLATTENED_AFTER_LIMIT, converted)) {
    breaks.push(m.index + m[0].length);
    afterLimit = true;
  }
  // (A shorter page flattened whole, its breadcrumb first (`当前位置：首页…`), is one too.)
  if (converted.length >= GLUED_MIN_LENGTH || (converted.length >= 400 && PAGE_START.test(converted))) {
    // (A table glued into the same run, `序号工作任务责任单位完成时限1…`, is left to the glued-table
    // reader from its header on.)
    const table = converted.search(GLUED_TABLE_HEADER);
    // (Not before a checklist's points, `重点排查整治以下内容:1.是否擅自改变建筑使用功能;2.…`, nor before a
    // numbered list of units right after their label, `责任处室：1.经济发展处（配合…）2.…`: both are part of
    // the item they stand in.)
    const glued = allMatches(GLUED_BREAK, converted)
      .map((m) => m.index)
      .filter(
        (at) =>
          !CHECKLIST_POINT.test(converted.slice(at, at + 48)) &&
          !(
            /^\d{1,2}[.．、]/u.test(converted.slice(at, at + 3)) &&
            NUMBERED_UNITS_SO_FAR.test(converted.slice(Math.max(0, at - 160), at))
          ),
      );
    if (glued.length >= FLATTENED_MIN_BREAKS) {
      breaks.push(...glued);
      afterLimit = true;
    }
    if (table >= 0 && breaks.length > 0) {
      const before = breaks.filter((at) => at < table);
      breaks.length = 0;
      breaks.push(...before);
      if (table > 0) breaks.push(table);
    }
  }
  if (afterLimit) breaks.sort((a, b) => a - b);
  // A table flattened with its cells and rows separated by blanks (`序号 工作内容 责任部门 完成时限
  // 1 推进… 各级… 全年 2 …`): its header and each bare row number start a line too.
  if (FLATTENED_HEADER.test(converted) && /(完成时限|完成时间|责任(单位|部门)|牵头单位)/u.test(converted)) {
    for (const m of allMatches(FLATTENED_ROW, converted)) {
      if (m.index > 0) breaks.push(m.index + m[0].length);
    }
    breaks.sort((a, b) => a - b);
  }
  // A table header flattened with blanks and without 序号 (`项目 工作目标 任务清单 牵头单位 责任单位 完成时限`):
  // a line of its own, the rows after it another.
  if (converted.length >= FLATTENED_MIN_LENGTH && /(?:单位|部门|科室|处室)\s/u.test(converted)) {
    const header = spacedHeaderRun(converted);
    // (The header alone makes the line a flattened page: the breaks found beside it all hold.)
    if (header) {
      breaks.push(...header.filter((at) => at > 0 && at < converted.length));
      breaks.sort((a, b) => a - b);
      return breaks.filter((at, k) => at !== breaks[k - 1]);
    }
  }
  return breaks.length >= FLATTENED_MIN_BREAKS ? breaks.filter((at, k) => at !== breaks[k - 1]) : [];
}

// Words a flattened table header is made of, one per blank-separated token.
const SPACED_HEADER_WORD =
  /^(?:项目|项目名称|类别|工作目标|目标任务|任务清单|工作任务|重点任务|具体任务|主要任务|重点工作|主要工作|工作内容|任务内容|具体要求|工作要求|工作措施|具体措施|主要内容|牵头单位|牵头部门|牵头科室|责任单位|责任部门|责任科室|责任处室|配合单位|配合部门|参与单位|协办单位|完成时限|完成时间|时限要求|时间节点|备注)$/u;

// Where the first run of four or more blank-separated header words starts and ends, naming a unit
// column and a time limit, or undefined.
function spacedHeaderRun(text: string): [number, number] | undefined {
  let runStart = -1;
  let count = 0;
  let units = false;
  let time = false;
  for (const m of allMatches(/\S+/gu, text)) {
    const word = m[0];
    if (SPACED_HEADER_WORD.test(word)) {
      if (count === 0) runStart = m.index;
      count++;
      if (/(?:单位|部门|科室|处室)$/u.test(word)) units = true;
      if (/(?:时限|时间|节点)/u.test(word)) time = true;
      continue;
    }
    if (count >= 4 && units && time) return [runStart, m.index];
    count = 0;
    units = false;
    time = false;
  }
  return undefined;
}

// A bare row number (or the 序号 header, maybe with its pinyin: `序号(hào)`) between blanks, before
// a cell in Chinese.
const NUMBER_HEADER = `序号(?:${PINYIN.source})?`;
const FLATTENED_HEADER = new RegExp(`${NUMBER_HEADER}\\s`, 'u');
const FLATTENED_ROW = new RegExp(
  `(?<![ \\t\\u3000\\u00a0])[ \\t\\u3000\\u00a0]+(?=(?:\\d{1,3}|${NUMBER_HEADER})[ \\t\\u3000\\u00a0]+[\\u4e00-\\u9fff])`,
  'gu',
);

/**
 * Splits text into {@link TextLine}s on `\n`, `\r\n` or `\r`. A long line that is a flattened
 * page (blanks where the document had line breaks, before item numbers and unit labels) is read
 * as the lines it was; each keeps its line number and column in the input.
 *
 * @param input - the whole plan text
 * @returns the lines in order, each with its offsets, raw and cleaned text
 */
export function splitLines(input: string): TextLine[] {
  const lines: TextLine[] = [];
  let whole = toSimplifiedChinese(toHalfWidthAlnum(input));
  if (whole.length !== input.length) whole = toHalfWidthAlnum(input);
  let start = 0;
  let lineNumber = 1;
  const n = input.length;
  const push = (from: number, to: number, column0: number) => {
    const raw = input.slice(from, to);
    const { text, map } = cleanLine(raw, whole.slice(from, to));
    lines.push({ index: lines.length, lineNumber, column0, start: from, end: to, raw, text, map });
  };
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = input.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let from = start;
    for (const at of flattenedBreaks(whole.slice(start, end))) {
      push(from, start + at, from - start);
      from = start + at;
    }
    push(from, end, from - start);
    if (end >= n) break;
    lineNumber++;
    start = end + (input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/**
 * The offset in `line.raw` of cleaned character `at` (or of the end, for `text.length`).
 *
 * @param line - the line
 * @param at - offset in `line.text`
 */
export function rawOffset(line: TextLine, at: number): number {
  const i = Math.max(0, Math.min(at, line.text.length));
  return typeof line.map === 'number' ? line.map + i : (line.map[i] ?? line.raw.length);
}

/**
 * The span in the input of the cleaned characters `[from, to)` of a line.
 *
 * @param line - the line
 * @param from - start offset in `line.text`
 * @param to - end offset in `line.text`
 * @returns a span with 1-based line and column
 */
export function lineSpan(line: TextLine, from = 0, to = line.text.length): Span {
  const a = rawOffset(line, from);
  const b = rawOffset(line, to);
  return {
    start: line.start + a,
    end: line.start + Math.max(a, b),
    line: line.lineNumber,
    column: line.column0 + a + 1,
  };
}

/**
 * The printed text behind cleaned characters `[from, to)` of a line.
 *
 * @param line - the line
 * @param from - start offset in `line.text`
 * @param to - end offset in `line.text`
 * @returns the slice of `line.raw`
 */
export function rawSlice(line: TextLine, from: number, to: number): string {
  const a = rawOffset(line, from);
  const b = rawOffset(line, to);
  return line.raw.slice(a, Math.max(a, b));
}

const TIME_LABEL_AT_END =
  /[；;，,。]\s*(?:完成时限|完成时间|完成期限|工作时限|时限要求|时间要求|进度安排|时间节点)[：:]$/u;

// A label printed on a line of its own with its value on the next (`责任单位` / `卫健局、文旅局`), as
// task cards copied from a page print them.
const LABEL_ALONE =
  /^(责任人[和及与]责任单位|督办单位|责任单位[和及与]责任人|牵头责任部门|牵头责任单位|牵头单位|牵头部门|牵头科室|责任单位|责任部门|责任科室|责任处室|配合单位|配合部门|配合科室|配合处室|协办单位|协同单位|协助单位|参与单位|参与部门|参加单位|参办单位|实施单位|落实单位|承办单位|负责单位|攻坚单位|完成时限|完成时间|时限要求|时间节点|攻坚时限|目标时限|工作时限)[：:]?$/u;
// Words that make a line part of a table header rather than a label with its value.
const HEADER_LIKE =
  /^(序号|编号|工作任务|重点任务|具体任务|主要任务|重点工作|主要工作|工作内容|任务内容|任务|具体要求|工作要求|工作措施|具体措施|主要内容|牵头单位|牵头部门|责任单位|责任部门|责任科室|配合单位|配合部门|协办单位|完成时限|完成时间|时限要求|时间节点|备注|项目|事项|责任人|负责人|联系人|责任领导|分管领导|相关单位|完成情况|进展情况)[：:]?$/u;

// (`本局责任科室`, `局内配合处室`: the issuing body's own offices; `项目责任单位`, `任务牵头单位`.)
const UNIT_COLUMN_LIKE =
  /^(?:本局|本单位|局内|局|项目|任务|工作)?(牵头|责任|配合|协办|协同|主责|主办|参与|落实|承办|实施|主要)[\u4e00-\u9fff]{0,4}(单位|部门|科室|处室)[：:]?$/u;
// A column of people (`牵头领导`, `分管县领导`, `责任人`).
const PEOPLE_COLUMN_LIKE = /^[\u4e00-\u9fff]{0,5}(领导|责任人|负责人|联系人)[：:]?$/u;
// A column of time limits (`推进时间`, `进度安排`): no label's value.
const TIME_COLUMN_LIKE = /^[\u4e00-\u9fff]{0,4}(时间|时限|期限|年限|进度|安排)[：:]?$/u;
// Other columns of a table (`建设地点`, `投资金额`, `建设内容`, `项目名称`): no label's value.
const OTHER_COLUMN_LIKE = /^[\u4e00-\u9fff]{2,4}(地点|地址|金额|内容|名称)$/u;
/**
 * A project table's column of amounts (`总投资`, `计划投资`) or of the place a project is in (`所在地`,
 * `所属区域`): neither task, units nor time, and no label.
 *
 * @example
 * ```ts
 * AMOUNT_OR_PLACE_COLUMN.test('所在地'); // true
 * ```
 */
export const AMOUNT_OR_PLACE_COLUMN = /^[\u4e00-\u9fff]{0,4}投资$|^(?:所在|所属)(?:地|地区|区域|县区|乡镇)$/u;
// (`责 任 单 位`: a header word printed with blanks between its characters.)
const isHeaderCell = (printed: string) => {
  const text = printed.length <= 16 ? printed.replace(/ /gu, '') : printed;
  return (
    HEADER_LIKE.test(text) ||
    UNIT_COLUMN_LIKE.test(text) ||
    PEOPLE_COLUMN_LIKE.test(text) ||
    OTHER_COLUMN_LIKE.test(text) ||
    AMOUNT_OR_PLACE_COLUMN.test(text) ||
    TIME_COLUMN_LIKE.test(text)
  );
};

/**
 * The labels of a task card's stages (`年度阶段性工作目标：第一季度:…`), as alternatives of a pattern.
 * The card parser and the clause reader build their patterns from it.
 */
export const STAGE_LABEL_WORDS = '年度阶段性工作目标|阶段性工作目标|阶段性目标';
const STAGES = new RegExp(`^(?:${STAGE_LABEL_WORDS})[：:]`, 'u');
const PIPED_LABEL = /^([\u4e00-\u9fff、]{2,12}[：:])\s*\|\s*(.*?)\s*\|?\s*$/u;

// `牵头单位: | 市林业局 |` → `牵头单位：市林业局`, each character still where it was printed.
function unpipeLabel(line: TextLine): TextLine {
  const m = PIPED_LABEL.exec(line.text);
  if (!m || (m[2] as string).includes('|')) return line;
  const label = m[1] as string;
  const value = m[2] as string;
  const valueAt = line.text.indexOf(value, label.length);
  const keep: number[] = [];
  for (let c = 0; c < label.length; c++) keep.push(c);
  for (let c = 0; c < value.length; c++) keep.push(valueAt + c);
  const map = keep.map((c) => rawOffset(line, c));
  map.push(rawOffset(line, value.length > 0 ? valueAt + value.length : label.length));
  return { ...line, text: label.replace(/:$/u, '：') + value, map };
}

/**
 * A line of text made here, each character pointing at the input: `at[i]` is the input offset of `text[i]`
 * (missing ones point at `start`).
 *
 * @param text - the line's text
 * @param at - the input offset of each character
 * @param owner - the line it is made from (its index and line number are kept)
 * @param start - where it starts in the input
 * @param input - the text the lines were split from
 * @returns the line
 * @example
 * ```ts
 * const text = '甲乙';
 * synthetic('乙', [1], splitLines(text)[0], 1, text).raw; // '乙'
 * ```
 */
export function synthetic(
  text: string,
  at: readonly number[],
  owner: TextLine,
  start: number,
  input: string,
): TextLine {
  const from = Number.isFinite(start) ? start : owner.start;
  const map: number[] = [];
  let end = from;
  for (let i = 0; i < text.length; i++) {
    const here = at[i] ?? from;
    if (here > end) end = here;
    map.push(Math.max(0, here - from));
  }
  end = Math.min(input.length, end + (text.length > 0 ? 1 : 0));
  map.push(Math.max(0, end - from));
  return {
    index: owner.index,
    lineNumber: owner.lineNumber,
    column0: owner.column0 + Math.max(0, from - owner.start),
    start: from,
    end,
    raw: input.slice(from, end),
    text,
    map,
  };
}

/**
 * A piece of a line as a line of its own, each character still pointing at the input.
 *
 * @param line - the line
 * @param from - where the piece starts in the line's text
 * @param to - where it ends
 * @param input - the text the line was split from
 * @returns the piece as a line (its index is the line's; renumber the lines after)
 * @example
 * ```ts
 * const text = '甲。乙。';
 * part(splitLines(text)[0], 2, 4, text).text; // '乙。'
 * ```
 */
export function part(line: TextLine, from: number, to: number, input: string): TextLine {
  const at: number[] = [];
  for (let c = from; c < to; c++) at.push(line.start + rawOffset(line, c));
  return synthetic(line.text.slice(from, to), at, line, line.start + rawOffset(line, from), input);
}

// A heading of one unit's duties with its first numbered point glued to it: `（一）村委会职责1.审核…。2.审核…。`.
const DUTY_POINTS_HEADING =
  /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[^。；;，,：:\s]{2,30}?职责[：:]?(?=1[.．、][\u4e00-\u9fff“])/u;
// A point's number after the sentence before it: `。2.审核…`.
const GLUED_POINT = /(?<=[。；;])(\d{1,2})[.．、](?=[\u4e00-\u9fff“])/gu;

/**
 * Breaks a heading of one unit's duties from the numbered points glued after it, and the points from each
 * other (`（一）村委会职责1.审核是否为本村经济组织成员。2.审核是否符合“一户一宅”。`), so that each point is an item
 * under the heading as where the page prints them one a line. Only points numbered 1, 2, 3 … in turn, each after
 * the stop closing the one before.
 *
 * @param lines - the plan's lines
 * @param input - the text they were split from
 * @returns the lines, such headings and points broken apart
 * @example
 * ```ts
 * const text = '（一）村委会职责1.审核成员。2.审核宅基地。';
 * breakGluedPoints(splitLines(text), text).map((l) => l.text); // ['（一）村委会职责', '1.审核成员。', '2.审核宅基地。']
 * ```
 */
export function breakGluedPoints(lines: readonly TextLine[], input: string): TextLine[] {
  // (The number the heading's points go on with on the lines after it: `3.审核…。4.调查…`.)
  let next = 0;
  return breakLinesAt(lines, input, (line) => {
    const head = line.text.length <= 2000 ? DUTY_POINTS_HEADING.exec(line.text) : null;
    const goesOn = !head && next > 0 && Number(LINE_NUMBER.exec(line.text)?.[1]) === next;
    if (!head && !goesOn) {
      if (line.text !== '') next = 0;
      return [];
    }
    const from0 = head ? head[0].length : 0;
    const starts = head ? [from0] : [];
    next = head ? 2 : next + 1;
    for (const m of allMatches(GLUED_POINT, line.text)) {
      if (m.index < from0 || Number(m[1]) !== next) continue;
      starts.push(m.index);
      next++;
    }
    return starts;
  });
}

// A point's number opening a line: `3.审核…`.
const LINE_NUMBER = /^(\d{1,2})[.．、]/u;

/**
 * The lines, each broken before the offsets `startsOf` gives for it (none: the line stays whole), the lines then
 * renumbered. `startsOf` is asked of every line in order, so it may carry what it saw on the lines before.
 *
 * @param lines - the plan's lines
 * @param input - the text they were split from
 * @param startsOf - where a line breaks: offsets in its text, in order
 * @returns the lines, broken where asked
 * @example
 * ```ts
 * const text = '甲。乙。\n丙。';
 * breakLinesAt(splitLines(text), text, (line) => (line.text === '甲。乙。' ? [2] : [])).map((l) => l.text);
 * // ['甲。', '乙。', '丙。']
 * ```
 */
export function breakLinesAt(
  lines: readonly TextLine[],
  input: string,
  startsOf: (line: TextLine) => readonly number[],
): TextLine[] {
  let out: TextLine[] | undefined;
  lines.forEach((line, i) => {
    const starts = startsOf(line);
    if (starts.length === 0) {
      out?.push(line);
      return;
    }
    out ??= lines.slice(0, i);
    out.push(...partsAt(line, starts, input));
  });
  return out ? out.map((l, index) => (l.index === index ? l : { ...l, index })) : [...lines];
}

/**
 * A line broken before each offset given, as lines of their own (blanks before a break are left out, and so is an
 * empty piece). Their index is the line's: renumber the lines after.
 *
 * @param line - the line
 * @param starts - where each new line starts in the line's text, in order
 * @param input - the text the line was split from
 * @returns the pieces, in order
 * @example
 * ```ts
 * const text = '甲。 乙。丙。';
 * partsAt(splitLines(text)[0], [3, 5], text).map((l) => l.text); // ['甲。', '乙。', '丙。']
 * ```
 */
function partsAt(line: TextLine, starts: readonly number[], input: string): TextLine[] {
  const pieces: TextLine[] = [];
  let from = 0;
  for (const at of starts) {
    let end = at;
    while (end > from && /\s/u.test(line.text[end - 1] as string)) end--;
    if (end > from) pieces.push(part(line, from, end, input));
    from = at;
  }
  pieces.push(part(line, from, line.text.length, input));
  return pieces;
}

// A line and the lines after it as one, joined by `glue` (which points at the next line's start).
function joinLines(first: TextLine, rest: readonly TextLine[], glue: string, input: string): TextLine {
  const map: number[] = [];
  let text = first.text;
  for (let c = 0; c < first.text.length; c++) map.push(rawOffset(first, c));
  let last = first;
  for (const next of rest) {
    const shift = next.start - first.start;
    for (let g = 0; g < glue.length; g++) map.push(shift);
    for (let c = 0; c < next.text.length; c++) map.push(shift + rawOffset(next, c));
    text += glue + next.text;
    last = next;
  }
  map.push(last.end - first.start);
  return { ...first, end: last.end, raw: input.slice(first.start, last.end), text, map };
}

/**
 * Joins each label printed alone on its line to the value on the next non-empty line, as one line
 * `label：value` (spans still point at both lines as printed). A label inside a run of header words
 * (a table header printed one cell per line) is left alone.
 *
 * @param lines - lines from {@link splitLines}
 * @param input - the text they were split from
 * @returns the lines, label lines joined to their values
 */
export function joinLabelLines(lines: readonly TextLine[], input: string): TextLine[] {
  const out: TextLine[] = [];
  let before = '';
  // The two non-empty lines before, joined where both are short: a header word broken over two
  // lines (`牵头` / `单位`) before the label.
  let beforeTwo = '';
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as TextLine;
    // A task card copied as pipe cells (`牵头单位: | 市林业局 |`): the label and its value.
    if (line.text.includes('|')) line = unpipeLabel(line);
    // The stages of a task card after their label, one per line (`第二季度:…`): one value.
    if (STAGES.test(line.text)) {
      // (Blank lines between them are crossed.)
      const stages: TextLine[] = [];
      let k = i + 1;
      for (let j = i + 1; j < lines.length; j++) {
        const text = (lines[j] as TextLine).text;
        if (text === '') continue;
        if (!/^第[一二三四]季度[：:]/u.test(text)) break;
        stages.push(lines[j] as TextLine);
        k = j + 1;
      }
      if (stages.length > 0) {
        line = joinLines(line, stages, '；', input);
        i = k - 1;
      }
    }
    // (`责任单位：…；进度安排：` / `2019年12月底前`: a time label closing a line of labels, its value on the next.)
    if (TIME_LABEL_AT_END.test(line.text)) {
      const k = nextFilled(lines, i + 1, 2);
      const value = lines[k];
      if (value && value.text.length <= 60 && !ITEM_START.test(value.text) && looksLikeDeadline(value.text)) {
        line = joinLines(line, [value], '', input);
        i = k;
      }
    }
    // (`市林业局` / `：负责向上争取…`, `市住房和城乡建设局` / `（…领导小组办公室）：作为总牵头单位，负责…`: a PDF copy may
    // print a unit's colon, or its other name and colon, at the start of the next line.)
    // (The next line's first character is looked at first: most lines go no further.)
    const below = line.text.length <= 30 && line.text.length >= 2 ? nextFilled(lines, i + 1, 2) : -1;
    const next = below >= 0 ? (lines[below]?.text ?? '') : '';
    const opener = next.charAt(0);
    if (opener === '：' || opener === ':' || opener === '（' || opener === '(') {
      if (
        (opener === '：' || opener === ':' || /^[（(][^（）()]{2,30}[）)][：:]/u.test(next)) &&
        !/[：:。；，]/u.test(line.text) &&
        !ITEM_START.test(line.text) &&
        looksLikeUnitList(line.text.trim())
      ) {
        line = joinLines(line, [lines[below] as TextLine], '', input);
        i = below;
      }
    }
    // (`责任单位` / `:` / `市金融监管局…`: a PDF copy may print the label's colon on a line of its own.)
    if (LABEL_ALONE.test(line.text) && !/[：:]$/u.test(line.text)) {
      const colon = nextFilled(lines, i + 1, 2);
      if (colon < lines.length && /^[：:]$/u.test((lines[colon] as TextLine).text)) {
        line = joinLines(line, [lines[colon] as TextLine], '', input);
        i = colon;
      }
    }
    // (Only a label line looks ahead, once: runs of blank lines are crossed once each.)
    let k = i + 1;
    if (LABEL_ALONE.test(line.text)) while (k < lines.length && (lines[k] as TextLine).text === '') k++;
    const value = LABEL_ALONE.test(line.text) ? lines[k] : undefined;
    const joins =
      value !== undefined &&
      value.text.length <= 300 &&
      // (`牵头责任单位` / `责任单位`, `牵头领导` / `牵头单位` / `主要参与单位`: header cells one per
      // line; a label's value is no column's name.)
      !isHeaderCell(value.text) &&
      !isHeaderCell(before) &&
      !isHeaderCell(beforeTwo) &&
      // (`策划` / `单位` / `牵头部门`: a column of units no list names, broken over two lines.)
      !/^[\u4e00-\u9fff]{1,4}(单位|部门|科室|处室)$/u.test(beforeTwo) &&
      // (Not a row number or a numbered item: the label was a header's last word.)
      !/^\d{1,3}[.．、]?$/u.test(value.text) &&
      !ITEM_START.test(value.text) &&
      !value.text.includes('|') &&
      // (Nor one character of a header word printed a character a line: `责` / `任  单  位`.)
      !/^[\u4e00-\u9fff]$/u.test(value.text.replace(/^[市省县区]$/u, '')) &&
      // (Nor a page's tool bar after a label the cut left bare: `分享到：`, `浏览次数：`.)
      !/^[\u4e00-\u9fff]{2,6}[：:]$/u.test(value.text);
    if (!joins) {
      out.push(out.length === line.index ? line : { ...line, index: out.length });
      if (line.text !== '') {
        beforeTwo = before.length <= 4 && line.text.length <= 4 ? before + line.text : '';
        before = line.text;
      }
      continue;
    }
    const map: number[] = [];
    for (let c = 0; c < line.text.length; c++) map.push(rawOffset(line, c));
    // (The colon between label and value, unless the label printed its own: `责任单位:`.)
    // (`牵头单位` / `：市林业局`: the value printed its own colon.)
    const colon = /[：:]$/u.test(line.text) || /^[：:]/u.test(value.text) ? '' : '：';
    if (colon) map.push(rawOffset(line, line.text.length));
    const shift = value.start - line.start;
    for (let c = 0; c < value.text.length; c++) map.push(shift + rawOffset(value, c));
    map.push(shift + rawOffset(value, value.text.length));
    out.push({
      index: out.length,
      lineNumber: line.lineNumber,
      column0: line.column0,
      start: line.start,
      end: value.end,
      raw: input.slice(line.start, value.end),
      text: `${line.text}${colon}${value.text}`,
      map,
    });
    before = value.text;
    beforeTwo = '';
    i = k;
  }
  return joinListContinuations(joinFragmentedLabels(out, input), input);
}

// A copy that broke a unit label's value into words, one or a few a line (`责任单位：市` / `教育` / `局` / `、` / `市` /
// `科协牵头，` / … / `单位配合` / `。`): the short pieces up to the one that closes the sentence are the value. Only
// where every piece is short and none is a number or an item's start, and a full stop comes within forty lines.
const FRAGMENT = /^[^\s\d|]{1,12}$/u;
function joinFragmentedLabels(lines: readonly TextLine[], input: string): TextLine[] {
  let out: TextLine[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const label = UNIT_LABEL_START.exec(line.text);
    const value = label ? line.text.slice(label[0].length) : '';
    let end = -1;
    if (label && value.length <= 12 && !/[。；;]$/u.test(line.text)) {
      for (let k = i + 1, n = 0; k < lines.length && n < 40; k++, n++) {
        const text = (lines[k] as TextLine).text;
        if (text === '') continue;
        if (!FRAGMENT.test(text) || ITEM_START.test(text) || UNIT_LABEL_START.test(text)) break;
        if (/[。；;]$/u.test(text)) {
          end = k;
          break;
        }
      }
    }
    // (At least three pieces: a value on one or two lines is the other joiners' to read.)
    if (end < i + 3) {
      out?.push(out.length === line.index ? line : { ...line, index: out.length });
      continue;
    }
    out ??= lines.slice(0, i);
    const pieces = lines.slice(i + 1, end + 1).filter((l) => l.text !== '');
    out.push({ ...joinLines(line, pieces, '', input), index: out.length });
    i = end;
  }
  return out ?? [...lines];
}

// A unit label's value broken over lines at its separators (`责任单位：市委人才办，` / `市人社局，各县（区）
// 人民政府`): the lines that go on with more units are the value's.
const UNIT_LABEL_START =
  /^(?:牵头|责任|配合|协办|协同|主责|参与|落实|承办|实施|主要)?[\u4e00-\u9fff]{0,4}(?:单位|部门|科室|处室)[：:]/u;
const endsOpen = (text: string) => text.endsWith('，') || text.endsWith('、') || text.endsWith(',');
// A list ending in a name's first character, its rest on the next line (`…、市` / `军民融合办`).
// A list closed by a note on the tasks after it (`…住建局。以下均需`), which the next lines finish
// (`各县（区）人民政府（管委会）` / `落实，不再列出`).
const NOTE_AFTER_LIST = /^(.+?)[。；;](?:此项及)?以下/u;
const NOTE_OPEN = /[。；;](?:此项及)?以下[^。；;]{0,40}$/u;
const ITEM_START = /^(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．])/u;
const CUT_NAME = /[、，,：:](?:市|省|区|县)$/u;
// The list's last piece of a name (after its label's colon or its last separator).
function lastPiece(text: string): string {
  return text.slice(
    Math.max(text.lastIndexOf('：'), text.lastIndexOf(':'), text.lastIndexOf('、'), text.lastIndexOf('，')) + 1,
  );
}

// Whether the line below finishes a piece of a name (`市科技` / `局、农业农村`).
function finishedBelow(piece: string, below: TextLine | undefined): boolean {
  if (below === undefined || below.text.length > 60 || piece === '' || looksLikeUnit(piece)) return false;
  const first = below.text.split(/[、，,；]/u)[0] as string;
  return first.length <= 4 && /^[\u4e00-\u9fff]+$/u.test(first) && looksLikeUnit(piece + first);
}

// Whether the short pieces on the lines from `at` on (each of Chinese characters only, but the last,
// which may go on after a separator) make up a name within four lines, after the piece `cut` the line
// above ends with, none of them a name by itself (`市通` / `信` / `办、自然资源局`).
function finishedWithin(lines: readonly TextLine[], at: number, cut: string): boolean {
  // (`…、中国` / `铁塔` / …: the name's start may end the line above, where it is no name by itself.)
  // (A carrier's short name may go on: `中国铁塔` / `股份有限` / `公司`.)
  const whole = (name: string) => looksLikeUnit(name) && !isCarrierName(name);
  if (cut !== '' && (!/^[\u4e00-\u9fff]{1,10}$/u.test(cut) || whole(cut))) return false;
  let name = cut;
  for (let k = at, n = 0; n < 4 && k < lines.length; n++, k = nextFilled(lines, k + 1, 2)) {
    const text = (lines[k] as TextLine).text;
    const piece = text.split(/[、，,；]/u)[0] as string;
    if (!/^[\u4e00-\u9fff]{1,10}$/u.test(piece)) return false;
    // (`直属` / `各` / `单位配合`: the role word after the name is no part of it.)
    const first = piece.length > 2 ? piece.replace(/(?:牵头|配合|负责|协办)$/u, '') : piece;
    name += first;
    if ((n > 0 || cut !== '') && whole(name)) return true;
    if (piece !== text || first !== piece || whole(first)) return false;
  }
  return false;
}

// `各县（区、管委会）`, `各乡镇`: places at the end of a list line, and a line naming their organ without
// a place of its own (`海洋与渔业行政主管部门`).
const PLACES_AT_END = /(?:^|[：:、，,])各(?:县|区|市|乡镇|镇|乡|县区|县市区)(?:[（(][^（）()]{1,10}[）)])?$/u;
const PLACES_ORGAN_LINE = /^(?![省市县区各])[\u4e00-\u9fff]{2,14}(?:部门|局|委|办)(?:$|[、，,；])/u;

// `三明市分公司`, `莆田分局`: a branch of the organ named on the line above.
const BRANCH_LINE = /^[\u4e00-\u9fff]{0,6}(?:分公司|分局|支行|分行|分中心)(?:$|[、，,；])/u;

// `等，各县（市、区）人民政府`: 等 closing the names before it, and units (or nothing) after it.
function afterEtAl(next: string): boolean {
  const rest = next.replace(/^等[，、,；]?/u, '');
  return rest === '' || looksLikeUnitList(rest);
}

// A list whose names read as units but the last, a short piece of a name the next line finishes
// (`市发改委、财政`).
function listWithCutEnd(piece: string): boolean {
  const cut = Math.max(piece.lastIndexOf('、'), piece.lastIndexOf('，'), piece.lastIndexOf(','));
  if (cut <= 0) return false;
  const last = piece.slice(cut + 1);
  return /^[\u4e00-\u9fff]{1,6}$/u.test(last) && !looksLikeUnit(last) && looksLikeUnitList(piece.slice(0, cut));
}

// Whether the next line finishes the list's last name, which the line cut (`责任单位：市金` / `融监管局`,
// `市` / `发改委、`, `…牵头，各` / `县（市、区）人民政府`).
// The last name of a label's list (after its colon): the text after the last separator outside brackets,
// `各县（区、管委会）海洋与` in `责任单位：市林业局、各县（区、管委会）海洋与`.
function lastListName(text: string): string {
  const value = text.slice(Math.max(text.indexOf('：'), text.indexOf(':')) + 1);
  const masked = value.replace(/（[^（）]{0,12}）|\([^()]{0,12}\)/gu, (b) => '（'.repeat(b.length));
  const cut = Math.max(...[...'、，,；'].map((sep) => masked.lastIndexOf(sep)));
  return value.slice(cut + 1);
}

function completesName(text: string, next: string): boolean {
  // (Nor an item's start: `…广电网络三明分公司配合` / `（四）成立产业联盟。` is the next item, not the name's end.)
  if (next.length > 40 || /^\d/u.test(next) || /\s/u.test(next) || UNIT_LABEL_START.test(next) || ITEM_START.test(next))
    return false;
  const last = lastListName(text);
  const first = (next.split(/[、，,；]/u)[0] ?? '').replace(/[。.]$/u, '');
  if (last === '' || first === '' || last.length > 16) return false;
  // (`农业农村` / `局`: a name that read as a place until its organ's last character.)
  const organEnd = /^[局委办厅处科室站所院部会]$/u.test(first) && !/[局委办厅处科室站所院部会心]$/u.test(last);
  if (looksLikeUnit(last) && !organEnd) return false;
  return looksLikeUnit(last + first);
}
/**
 * The index of the first line at or after `from` that is not empty, crossing `most` empty lines at most
 * (pages print a blank line between paragraphs); `lines.length` where none is left.
 *
 * @param lines - the plan's lines
 * @param from - where to start looking
 * @param most - how many empty lines to cross at most
 * @example
 * ```ts
 * nextFilled(splitLines('a\n\nb'), 1); // 2
 * ```
 */
export function nextFilled(lines: readonly TextLine[], from: number, most = Number.POSITIVE_INFINITY): number {
  let k = from;
  while (k < lines.length && k < from + most && (lines[k] as TextLine).text === '') k++;
  return k;
}

const ORGAN_END = /(?:局|委|办|厅|部门|中心|政府|处|科|室|队|所|站|院|会|机构|单位)$/u;

// Whether a list's last name, not a unit as it stands, is finished by the next line's words, the list then
// closed: `…海洋与渔业行政主` / `管部门及其执法机构。`.
function cutInWord(text: string, next: string): boolean {
  const rest = /^([\u4e00-\u9fff]{1,16})[。；]$/u.exec(next)?.[1];
  if (rest === undefined || /[。；]$/u.test(text)) return false;
  const last = lastListName(text);
  // (A name that does not end as an organ's does, `…行政主`, finished by the words below; its own bodies after
  // 及其 go with it.)
  const name = last + (rest.split('及其')[0] as string);
  return last.length >= 2 && !ORGAN_END.test(last) && ORGAN_END.test(name) && looksLikeUnit(name);
}

function joinListContinuations(lines: readonly TextLine[], input: string): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as TextLine;
    // (A PDF copy may break the list at every name: `责任单位：市委宣传部` / `、市` / `军民融合办` / `、` /
    // `市发改委` / `牵头` / `，各县（市、区）人民政府`.)
    for (let n = 0; n < 24 && UNIT_LABEL_START.test(line.text); n++) {
      // (Across a blank line or two, as pages print paragraphs.)
      const k = nextFilled(lines, i + 1, 2);
      const next = lines[k];
      if (next === undefined || next.text.length > 120) break;
      // (The role word may open the next line: `牵头，各县（市、区）人民政府`.)
      const piece = next.text
        .replace(/^(?:牵头|负责|配合)(?=[，,])/u, '')
        .replace(/^[，、,]|[，、,]$/gu, '')
        .replace(/[、，,](?:市|省|区|县)$/u, '');
      const open = endsOpen(line.text) || CUT_NAME.test(line.text);
      // (The line after the next, across a blank line too.)
      const below = lines[nextFilled(lines, k + 1, 2)];
      const goesOn =
        (open &&
          (piece === '' ||
            looksLikeUnitList(piece) ||
            (CUT_NAME.test(line.text) && looksLikeUnit(`市${piece}`)) ||
            // (`市发改委、财政` / `局、商务` / `局、国资委…`: names whole but the last, cut short.)
            listWithCutEnd(piece))) ||
        // (`…、教育` / `局` / `等，各县（市、区）人民政府`: 等 and the list after it.)
        (/^等(?:[，、,；]|$)/u.test(next.text) && afterEtAl(next.text)) ||
        (/^(?:(?:牵头|负责|配合)?[，,]|、)/u.test(next.text) &&
          (piece === '' ||
            looksLikeUnitList(piece) ||
            /^(?:市|省|区|县)$/u.test(piece) ||
            // (`、农业农村` / `局`: a name the next line finishes.)
            (/^[\u4e00-\u9fff]{1,6}$/u.test(piece) && finishedBelow(piece, below)))) ||
        // (`责任单位：市` / `科技` / `局`, `…、湄洲岛` / `管委会社会事务` / `局、`: a piece of a name between its
        // start and its end.)
        (/^[\u4e00-\u9fff]{1,10}$/u.test(next.text) && finishedBelow(lastPiece(line.text) + next.text, below)) ||
        // (`，` / `市通` / `信` / `办、自然资源局…`, `、` / `中国` / `铁塔` / `股份有限` / `公司`: a name a PDF copy broke
        // at every word, finished within a few lines.)
        finishedWithin(lines, k, endsOpen(line.text) ? '' : lastPiece(line.text)) ||
        // (`各县（区、管委会）` / `海洋与渔业行政主管部门`: the places' own departments.)
        (PLACES_AT_END.test(line.text) && PLACES_ORGAN_LINE.test(next.text)) ||
        // (`…公司` / `三明市分公司`: the branch of the company named above.)
        (/(?:公司|集团|银行|局)$/u.test(line.text) && BRANCH_LINE.test(next.text)) ||
        /^[，、,]+$/u.test(next.text) ||
        // (`各县（区）人民政府` / `(管委会)、市住建局…`: the unit's bracket on the next line.)
        (/^[（(][^（）()]{1,12}[）)](?:$|[、，,；])/u.test(next.text) &&
          !/^[（(][一二三四五六七八九十\d]{1,3}[）)]/u.test(next.text) &&
          !endsOpen(line.text)) ||
        (next.text.length <= 4 && /^(?:牵头|负责|配合|参与|协办)[，,]?$/u.test(next.text) && !endsOpen(line.text)) ||
        (endsOpen(line.text) && /^[各市省县区]$/u.test(next.text)) ||
        (open && looksLikeUnitList(NOTE_AFTER_LIST.exec(piece)?.[1] ?? '')) ||
        (NOTE_OPEN.test(line.text) &&
          !line.text.includes('不再') &&
          next.text.length <= 40 &&
          !ITEM_START.test(next.text)) ||
        completesName(line.text, next.text) ||
        // (`各级海洋与渔业行政主管部门` / `及其执法机构` / `。`: the unit's own bodies on the next line.)
        (/^及其[\u4e00-\u9fff]{2,10}[。；]?$/u.test(next.text) && !/[。；]$/u.test(line.text)) ||
        // (`…各县（区、管委会）海洋与渔业行政主` / `管部门及其执法机构。`: the last name cut inside a word, closed below.)
        cutInWord(line.text, next.text);
      if (!goesOn) break;
      line = joinLines(line, [next], '', input);
      i = k;
    }
    out.push(out.length === line.index ? line : { ...line, index: out.length });
  }
  return out;
}

/**
 * Joins the pieces a PDF copy broke a sentence into, one per line: a number to the word it goes
 * with (`2018` / `年政务公开…`, `6` / `月`, `23` / `号）`, `3` / `号楼`), a line that only opens a
 * bracket or quotation (`（` / `1` / `）`, `“` / `一照多址` / `”`) to what follows, a line to the
 * closing mark or comma the next one starts with, and a year or month to the time word after it
 * (`2023年` / `底前`, and `持续` / `推进`). So none of them reads as a table's row number or a cell
 * of its own. (`2` / `年内推动…`: a row number before a task that opens with 年 stays: only a year
 * joins 年.)
 *
 * @param lines - lines from {@link splitLines}
 * @param input - the text they were split from
 * @returns the lines, each broken piece joined to the line after it
 * @example
 * ```ts
 * const text = '于\n6\n月底前完成';
 * joinBrokenNumbers(splitLines(text), text).map((l) => l.text); // ['于', '6月底前完成']
 * ```
 */
export function joinBrokenNumbers(lines: readonly TextLine[], input: string): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as TextLine;
    // (At most a few pieces a line: a sentence is broken into a handful.)
    // (A copy may put blank lines between all its lines: they are crossed, two at most.)
    for (let n = 0; n < 12 && line.text !== ''; n++) {
      let k = i + 1;
      while (k < lines.length && k <= i + 3 && (lines[k] as TextLine).text === '') k++;
      const next = lines[k];
      if (next === undefined || next.text === '') break;
      // (`…绿色校园建设5个；2` / `.` / `牵头抓好…`: the next item's number left at the end of the sentence before
      // it, its stop on the next line. The number opens a line of its own, which the stop joins.)
      const left = /^[.．](?!\d)/u.test(next.text) ? NUMBER_LEFT_BEHIND.exec(line.text) : null;
      if (left) {
        const at = left.index + 1;
        out.push({ ...part(line, 0, at, input), index: out.length });
        line = part(line, left.index + left[0].length - (left[1] as string).length, line.text.length, input);
      }
      // (`文件` / `市` / `委` / `宣` / `传` / `部`: a unit's name a narrow table cell printed a character a line
      // opens on the next line; it is no end of this one, and its characters stay apart for the table reader.)
      // (Nor, inside such a word, its next character: `宣` / `传` / `部`.)
      if (inSpelledWord(lines, k)) break;
      if (!goesWith(line.text, next.text)) {
        // (`局` / `渔业` / `产业` / `科` / `：负责…`: a unit's name a PDF copy broke into pieces before its colon.)
        const named = brokenName(lines, i, line.text);
        if (named !== undefined) {
          line = joinLines(line, lines.slice(i + 1, named + 1), '', input);
          i = named;
          continue;
        }
        const after = lines[k + 1];
        // (`4月` / `15` / `日前`: a day broken from its month and from its 日; `2018年` / `4` / `月`: a month
        // broken from its year and from its 月.)
        if (
          after !== undefined &&
          /^\d{1,2}$/u.test(next.text) &&
          ((/\d{1,2}月$/u.test(line.text) && /^日/u.test(after.text)) ||
            (/^(?:19|20)\d{2}年$/u.test(line.text) && /^月/u.test(after.text)))
        ) {
          line = joinLines(line, [next, after], '', input);
          i = k + 1;
          continue;
        }
        // (`责任单位：…，` / `10` / `月底前完成`: a time limit after a list, broken before its month and after it.)
        if (
          after !== undefined &&
          /^\d{1,2}$/u.test(next.text) &&
          /[，,；;：:]$/u.test(line.text) &&
          /^月(?:底|末|份|中|上旬|中旬|下旬|\d{1,2}日)?(?:前|之前)?/u.test(after.text) &&
          after.text.length <= 20
        ) {
          line = joinLines(line, [next, after], '', input);
          i = k + 1;
          continue;
        }
        // (`…最迟` / `5` / `小时内发布…`: a sentence broken before a quantity and after it.)
        // (`…年分别完成` / `20` / `、` / `15` / `座公路危桥改造`: numbers listed with a separator between them.)
        if (
          after === undefined ||
          !/^\d{1,4}$/u.test(next.text) ||
          !/[\u4e00-\u9fff]$/u.test(line.text) ||
          line.text.length < 4 ||
          !QUANTITY_MEASURE.test(after.text)
        )
          break;
        line = joinLines(line, [next, after], '', input);
        i = k + 1;
        continue;
      }
      line = joinLines(line, [next], '', input);
      i = k;
    }
    out.push(out.length === line.index ? line : { ...line, index: out.length });
  }
  return out;
}

/**
 * Whether a word spelled down a narrow cell, one character a line (`市` / `政` / `府` / `办`), may be this long: three
 * to sixteen characters. Two, `局` / `市` / `直有关部门`, may be the ends of names broken in their cells; a longer run
 * is no name. The table reader and the line joiner read such words alike.
 *
 * @param length - how many one-character lines the run has
 * @example
 * ```ts
 * spelledWordLength(4); // true: 市政府办
 * spelledWordLength(2); // false
 * ```
 */
export function spelledWordLength(length: number): boolean {
  return length >= 3 && length <= SPELLED_WORD_MAX;
}
const SPELLED_WORD_MAX = 16;

/**
 * Whether a line is one CJK character alone, a character of a word spelled down a cell.
 *
 * @param text - a cleaned line
 * @example
 * ```ts
 * isOneCharacterLine('市'); // true
 * ```
 */
export function isOneCharacterLine(text: string): boolean {
  return /^[\u4e00-\u9fff]$/u.test(text);
}

// Whether the line at `k` is one character of a word spelled down a cell (see spelledWordLength), blank lines between
// its characters allowed.
function inSpelledWord(lines: readonly TextLine[], k: number): boolean {
  const single = (at: number) => isOneCharacterLine(lines[at]?.text ?? '');
  if (!single(k)) return false;
  let run = 1;
  for (let j = nextFilled(lines, k + 1, 3); run <= SPELLED_WORD_MAX && single(j); j = nextFilled(lines, j + 1, 3))
    run++;
  for (let j = k - 1; j >= Math.max(0, k - 64) && run <= SPELLED_WORD_MAX; j--) {
    const text = (lines[j] as TextLine).text;
    if (text === '') continue;
    if (!single(j)) break;
    run++;
  }
  return spelledWordLength(run);
}

// Where the pieces of a unit's name broken one a line (`局` / `渔业` / `产业` / `科`) end at a line opening
// with its colon (`：负责…`): that line's index, or undefined.
function brokenName(lines: readonly TextLine[], i: number, first: string): number | undefined {
  // (A duty list's number may open the first piece: `⑶规划法规` / `监督` / `科（` / `行政审批` / `科）` / `：负责…`, and
  // the colon may close the last piece on the duty's line: `⑸` / `纪检` / `监察室：协调…`.)
  const number = DUTY_NUMBER.exec(first)?.[0] ?? '';
  const own = first.slice(number.length);
  // (A whole name first, `各县（市、区）民政局` / `完成时限` / `：`, is a cell before a label; numbered, it is a duty's unit.
  // So is a whole name right above the colon opening its duty: `防灾减灾办` / `：承担…职责。`.)
  if (
    number === '' &&
    own.length <= 20 &&
    looksLikeUnit(own) &&
    /^[：:][\u4e00-\u9fff“]{4}/u.test(lines[nextFilled(lines, i + 1, 2)]?.text ?? '')
  )
    return nextFilled(lines, i + 1, 2);
  if (own.length > 12 || (own !== '' && !NAME_PIECE.test(own)) || (number === '' && (own === '' || looksLikeUnit(own))))
    return undefined;
  let name = own;
  for (let k = i + 1; k < lines.length && k <= i + 6; k++) {
    const text = (lines[k] as TextLine).text;
    if (/^[：:]/u.test(text)) return (k > i + 1 || number !== '') && looksLikeUnitList(name) ? k : undefined;
    const closing = number !== '' && name !== '' ? COLON_AFTER_PIECE.exec(text) : null;
    if (closing) return looksLikeUnitList(name + (closing[1] as string)) ? k : undefined;
    if (text.length > 10 || !NAME_PIECE.test(text) || LABEL_PIECE.test(text)) return undefined;
    name += text;
  }
  return undefined;
}
const DUTY_NUMBER = /^(?:[⑴-⒇①-⑳]|[（(]\d{1,2}[）)])/u;
// A sentence's stop and the next item's number after it, at a line's end: `…建设5个；2`.
const NUMBER_LEFT_BEHIND = /[；;。]\s*(\d{1,2})$/u;
const COLON_AFTER_PIECE = /^([\u4e00-\u9fff（）()、]{1,10})[：:]/u;
const NAME_PIECE = /^[\u4e00-\u9fff（）()、]+$/u;
const LABEL_PIECE = /(?:时限|时间|单位|部门|处室|科室|内容|要求|措施)$/u;

// A line of a unit label and its value (`责任单位：市发改委、…`).
const UNIT_LABEL_LINE = /^(?:牵头|责任|配合|协办|主办|落实)(?:单位|部门|科室|处室)[：:]/u;
const OPENERS = new Set(['（', '(', '“', '‘', '《', '〔', '【']);
const CLOSERS = new Set(['）', ')', '”', '’', '》', '〕', '】', '，', ',', '。', '；', ';', '、']);

// (Tested on every line of a plan: the characters at the joins are looked at before any pattern.)
// Measures a task's text never opens with, so a number on the line before is their quantity.
const QUANTITY_MEASURE =
  /^(?:小时|个工作日|个月|个百分点|日内|天内|万元|亿元|万亩|平方米|平方公里|公里|千米|周岁|周年)/u;

const HEADING_OPEN = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])/u;
const SPAN_AT_END = new RegExp(`(?:^|[^\\d])${YEAR_SPAN}$`, 'u');
const WHOLE_SPAN = new RegExp(`^${YEAR_SPAN}$`, 'u');

function goesWith(text: string, next: string): boolean {
  const last = text[text.length - 1] as string;
  // (`2.` / `2.` / `3` / `领导小组成员单位主要职责`, `3` / `.2应急响应行动`: an emergency plan's decimal number a PDF copy
  // broke at its dots.)
  if (/^\d{1,2}(?:\.\d{1,2}){0,2}\.$/u.test(text) && /^\d{1,2}\.?$/u.test(next)) return true;
  if (/^\d{1,2}(?:\.\d{1,2}){1,2}$/u.test(text) && /^\.(?:\d{1,2}(?!\d)|$)/u.test(next)) return true;
  if (text.length <= 40 && OPENERS.has(last)) return true;
  // (`（二）推进政务服务` / `“` / `马上就办` / `”` / `。`: a heading's quoted last words a PDF copy broke off.)
  if ((next === '“' || next === '"') && text.length <= 30 && HEADING_OPEN.test(text) && /[\u4e00-\u9fff]$/u.test(text))
    return true;
  // (`（二）加强` / `过程` / `管控` / `。`: a heading's words broken a few a line; not a bare number, a table's row.)
  const heading = HEADING_OPEN.exec(text);
  if (
    heading &&
    /^[\u4e00-\u9fff]{1,4}$/u.test(text.slice(heading[0].length)) &&
    // (`（一）水利部门` / `负责牵头…`: a heading naming its unit alone is whole.)
    !looksLikeUnit(text.slice(heading[0].length)) &&
    /^[\u4e00-\u9fff]{1,10}[，,]?$/u.test(next) &&
    !looksLikeUnit(next.replace(/[，,]$/u, '')) &&
    // (`一、正式项目` / `法规名称` / `责任单位`: a table's header under a whole heading.)
    !HEADER_LIKE.test(next) &&
    !/(?:名称|单位|部门|时间|时限|内容|要求|措施)$/u.test(next)
  )
    return true;
  // (`数据处理能力建设` / `方面` / `的事项，由市发展改革委负责协调；`: a census notice's field of matters broken before 方面
  // and before 的事项.)
  if (
    text.length <= 40 &&
    /[\u4e00-\u9fff）)]$/u.test(text) &&
    /^(?:[\u4e00-\u9fff]{0,4}方面(?:的事项[，,]由|$)|(?:工作)?的事项[，,]由)/u.test(next)
  )
    return true;
  // (`实施` / `单位：`: a unit label a PDF copy broke before its last word.)
  if (/^(?:牵头|责任|配合|实施|落实|承办|协办)$/u.test(text) && /^(?:单位|部门|科室|处室)[：:]/u.test(next))
    return true;
  // (`市` / `发改委`, `市商务` / `局`: a unit's name a PDF copy broke in its cell.)
  // (`市直有关` / `部门`.)
  if (/^(?:部门|单位)$/u.test(next) && /(?:有关|相关|直属|所属)$/u.test(text) && text.length <= 12) return true;
  // (Not a header word spelled a character a line: `单` / `位`.)
  if (
    text.length <= 6 &&
    next.length <= 40 &&
    (text.length >= 2 || /^[市省县区]$/u.test(text)) &&
    /^[\u4e00-\u9fff]+$/u.test(text) &&
    !looksLikeUnit(text)
  ) {
    const first = next.split(/[、，,；]/u)[0] as string;
    const name = text + first;
    // (`指标名称` / `单位`: two header words, no name.)
    // (`序号` / `县（市、区）`: a header's first word before a column of places.)
    const headerPiece =
      /^(?:单位|部门|科室|处室)$/u.test(next) ||
      /(?:名称|类型|任务|内容|要求|时限|指标)$/u.test(text) ||
      /^(?:序号|编号)$/u.test(text);
    // (A name before a whole unit, `黄文阁` / `各股室`, is a person's: only a piece no unit goes on.)
    if (
      (text.length === 1 || (first.length <= 3 && !looksLikeUnit(first))) &&
      looksLikeUnit(name) &&
      !isHeaderCell(name) &&
      !headerPiece
    )
      return true;
    // (`市` / `商务` / `局`: the name goes on over a third line.)
    if (text.length === 1 && first === next && /^[\u4e00-\u9fff]{2,4}$/u.test(first) && !looksLikeUnit(first))
      return true;
  }
  // (`（` / `牵头` / `责任单位：市…`: the label `牵头责任单位` broken after its first word.)
  if (text.length <= 4 && /牵头$/u.test(text) && /^(?:责任)?(?:单位|部门)[：:]/u.test(next)) return true;
  // (`各县` / `（市、区）` / `政府`: a collective's name broken at its bracket.)
  if (/^各[县区市]$|[、，,]各[县区市]$/u.test(text) && /^[（(](?:[^（）()]{1,6}[）)])?$/u.test(next)) return true;
  // (`负责组织市、县区` / `（管委会）` / `海洋与渔业执法机构…`: a level's bracket broken onto a line of its own.)
  if (/[、，,][县区市]{1,2}$/u.test(text) && /^[（(][^（）()]{1,6}[）)]$/u.test(next)) return true;
  // (`各县` / `(` / `市、区` / `)` / `政府`: a unit's name broken after its bracket.)
  if (
    (last === '）' || last === ')') &&
    // (Or the organ opens the rest of the list: `各县(区)` / `人民政府（管委会），市国资委`.)
    /^(?:(?:人民)?政府|管委会)(?:$|[（(，,、；;])/u.test(next) &&
    /[县区市][（(][^（）()]{1,8}[）)]$/u.test(text)
  )
    return true;
  if (next.length <= 40 && CLOSERS.has(next[0] as string)) return true;
  // (`责任单位：市发改委、行政服务中心` / `管委会` / `，市直相关单位，`: a unit label's value a PDF copy broke inside a
  // name, or after a comma before the units it goes on with.)
  if (UNIT_LABEL_LINE.test(text) && !/[。；;]$/u.test(text)) {
    if (/^(?:管委会|委员会|办公室|中心|管理局|局|办|委)(?:$|[，,、；;])/u.test(next)) return true;
    if ((last === '，' || last === '、') && next.length <= 60 && looksLikeUnitList(next.replace(/[，,、；;。]+$/u, '')))
      return true;
  }
  if (
    (last === '年' || last === '月') &&
    /(?:19|20)\d{2}年$|\d{1,2}月$/u.test(text) &&
    /^(?:底|末|初|前|内|上旬|中旬|下旬)/u.test(next)
  )
    return true;
  // (`序时推进，` / `年内完成`: a time limit cell broken after its comma.)
  if (
    (last === '，' || last === '、') &&
    text.length <= 16 &&
    next.length <= 16 &&
    /^(?:年内|年底|年末|全年|上半年|下半年|持续|长期|常态|每[年季月周]|(?:19|20)\d{2}年|\d{1,2}月)/u.test(next)
  )
    return true;
  // (`持续` / `推进`: a time limit broken in its cell.)
  if (text.length <= 3 && /^(?:持续|长期|常态化?)$/u.test(text) && /^(?:推进|坚持|开展|落实|实施)$/u.test(next))
    return true;
  // (`【完成时限】4` / `月`: a label's value broken after its first number.)
  const labelled = /[】\]：:](\d{1,4})$/u.exec(text);
  if (labelled && text.length > 4) return goesWith(labelled[1] as string, next);
  // (`…规划（` / `2014-2020` / `年）》…`: a span of years broken out of a title.)
  if (SPAN_AT_END.test(text) && next.startsWith('年')) return true;
  if (WHOLE_SPAN.test(text)) return false;
  if (text.length > 4 || !/^\d{1,4}$/u.test(text)) return false;
  const n = Number(text);
  if (next.startsWith('年')) return /^(?:19|20)\d{2}$/u.test(text);
  if (next.startsWith('月')) return n >= 1 && n <= 12;
  if (next.startsWith('日')) return n >= 1 && n <= 31;
  // (`5` / `小时内发布权威信息`: a quantity broken from its measure, one no task opens with.)
  if (QUANTITY_MEASURE.test(next)) return true;
  // (`1` / `．健全乡村医疗卫生服务体系。`: an item number broken from its stop.)
  return /^(?:号|〕|］|\]|）|\)|%|％|号楼|[．.、](?!\d))/u.test(next);
}
