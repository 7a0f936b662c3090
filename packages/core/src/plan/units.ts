// Unit lists as plans print them: `县区政府、市政府部门负责落实`, `各县（市、区）政府`,
// `市财政局（国资委）、市农业农村局等有关部门`. Works on cleaned text (see text-lines.ts).
import type { Role } from '../model/plan.js';
import { normalizeSimplifiedUnitName, normalizeUnitName } from '../text/normalize.js';
import { allMatches } from '../text/regex.js';

/**
 * One unit named in a list: its normalised name and the text as it stood in the list.
 *
 * @category Plan
 * @example
 * ```ts
 * const name: UnitName = { unit: '市财政局（国资委）', raw: '市財政局(國資委)' };
 * ```
 */
export interface UnitName {
  /** Normalised name: simplified script, full-width brackets, no spaces, no role words. */
  readonly unit: string;
  /** The piece of the list it came from. */
  readonly raw: string;
}

/**
 * The result of {@link splitUnits}: the units in order and whether the list was open-ended
 * (`等有关部门`, `等部门`, `等单位`).
 *
 * @category Plan
 * @example
 * ```ts
 * const list: UnitList = splitUnits('市农业农村局、市数据资源局等有关部门');
 * list.etAl; // true
 * ```
 */
export interface UnitList {
  /** The units named, in order, without duplicates. */
  readonly units: UnitName[];
  /** True when the list ended with `等有关部门` or the like: more units are meant than are named. */
  readonly etAl: boolean;
}

// Words that end a unit name. Checked after bracketed parts are removed (`各县（市、区）` → `各县`).
// (A railway's sections, `福州工务段`, `永安车务段`, are units; a `段` of road or time is not.)
// (`市银监`: a regulator's short name with its place; `银监、保监等部门` alone are kinds of department.)
const UNIT_END =
  /(局|委|办|厅|府|室|中心|部|部门|单位|院|会|队|所|站|司|处|科|组|馆|行|社|团|联|署|台|校|园|区|县|市|省|州|盟|旗|镇|乡|街道|镇街|科技城|科学城|新城|林场|农场|牧场|渔场|苗圃|机构|企业|集团|关|学|协会|系统|党委|人大|政协|办事处|管委会|口|地|级|社区|村|股|网|报|刊|广电|公司|医院|银行|大学|班|所|卫生院|专班|主体|总支|支部|科协|(?:工会|共青团|妇联)组织|板块|(?:工务|车务|机务|电务|供电|车辆)段|(?<=^[省市县区])(?:银监|保监|证监))$/u;
const DUTY_QUALIFIER = /^(具有|承担|负有|有)[\u4e00-\u9fff]{1,10}(职能|任务|职责|事项)的(?=.{2})/u;
// Words that a unit name never contains: they mark a sentence (`按上级部署`: how, not who).
// (Places and offices whose names hold such a word: 将乐县, 让胡路区, 应县, 机要局, 群众工作部.)
const NOT_UNIT =
  /[。！？：《》]|^(?:试行|暂行|修订|修订稿|征求意见稿|草案|送审稿|讨论稿)$|(?:格|布|大|结|变|开|战|时)局$|领导带队$|^(?:各|本)(?!.*按)[\u4e00-\u9fff]{1,8}?(?:目标)?(?:责任|职责)$|^(此项|该项|本项|这项|上述|各项(?!目)|按)|工作由|阶段|(?<!自)由|网站$|阵地$|^(?:分级|分层|分片|分类|分头|归口|逐级)$|^(?:国家|省|市|县|区|乡|镇|村)级$|(?:升|降|晋|分)级$|家校|门户网|新媒体|公众号|(?<!^各[\u4e00-\u9fff]{0,4})平台$|专栏$|媒体$|的|(?<!机)要|将(?!乐县)|并|应(?!急|消|县|城市)|确保|做好|加强|推进|推动|开展|完善|落实|建立|健全|提升|及时|持续|围绕|通过|按照|根据|结合|进一步|年底|月底|之前|(?<!级|级及)以上|不低于|每年|每季|让(?!胡路)|像|一样|便捷|把|被|实现|提高|方便|群众(?!工作|来访|艺术馆|文化)|市场主体|信息(?!中心|化|办|局|科|处|委|厅|产业|技术|资源|管理|监督|公开办|港)|政策(?!研究|法规|[科处股室])/u;
// `各县、市、区人民政府`, `各市〔州〕、县〔市、区〕政府`, `各区、县（市）政府`: levels listed before the
// organ they share are one collective, not a unit per level.
// A level: one character, or a county-level city (`各区、县级市政府`).
const LEVEL_ONLY = /^(?:各(?:有关|相关)?|有关|相关)?(?:[省市州盟县区旗乡镇]|县级市)(?:[（(〔][^）)〕]{1,8}[）)〕])?$/u;
const LEVEL_ORGAN =
  /^(?:[省市州盟县区旗乡镇]|县级市)(?:[（(〔][^）)〕]{1,8}[）)〕])?(人民政府|政府|党委|党委和人民政府|政府部门|人民政府各部门|[\u4e00-\u9fff]{1,8}(?:局|委|厅|办))(?:[（(][^）)]{1,8}[）)])?$/u;

const LEVEL_WORD = '(?:[省市州盟县区旗乡镇]|街道|乡镇|开发区|园区|功能区)(?:[（(〔][^）)〕]{1,8}[）)〕])?';
const LEVEL_HEAD = new RegExp(`^(?:各(?:有关|相关)?|有关|相关)${LEVEL_WORD}$`, 'u');
// (A level of one character: `各乡镇、街道` may be read either way, and plans list 街道 apart.)
const BARE_LEVEL = /^(?:[省市州盟县区旗乡镇]|县级市)(?:[（(〔][^）)〕]{1,8}[）)〕])?$/u;

// How far down a level is: province, city (州, 盟), county (区, 旗, county-level city), town.
const LEVEL_RANK: Readonly<Record<string, number>> = { 省: 0, 市: 1, 州: 1, 盟: 1, 县: 2, 区: 2, 旗: 2, 乡: 3, 镇: 3 };

// Whether the level `next` names is the same as or below the one `previous` names (a 市 beside
// 县 and 区 is a county-level city: `各县、市、区人民政府`).
function descends(previous: { text: string }, next: { text: string }): boolean {
  const level = (text: string) => text.replace(/^(?:各|有关|相关)(?:有关|相关)?/u, '').charAt(0);
  const a = LEVEL_RANK[level(previous.text)];
  const b = LEVEL_RANK[level(next.text)];
  return a === undefined || b === undefined || b >= a || (a === 2 && level(next.text) === '市');
}

// `县直、驻县有关单位`: the bodies directly under a level (`县直`, no name of their own) share the collective
// noun of the name after them; the two are one unit, as `市直有关部门、单位` is.
function joinDirectBodies<T extends { text: string; start: number }>(pieces: T[], whole: string): T[] {
  if (pieces.length < 2 || !whole.includes('直、')) return pieces;
  const out: T[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as T;
    const next = pieces[k + 1];
    if (next !== undefined && /^[省市州县区]直$/u.test(piece.text) && whole[next.start - 1] === '、') {
      out.push({ ...piece, text: whole.slice(piece.start, next.start + next.text.length) });
      k++;
    } else out.push(piece);
  }
  return out;
}

// `各区、县（市）政府及开发区管委会`: the organ closing a list of levels, joined by 及 or 和 to a unit of
// its own; the two are broken apart so that the levels and their organ are one collective.
function breakLevelOrgans<T extends { text: string; start: number }>(pieces: T[], whole: string): T[] {
  // (Most lists hold no 及 or 和: they are returned as they are.)
  if (pieces.length < 2 || !/[及和]/u.test(whole)) return pieces;
  let out: T[] | undefined;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as T;
    const before = pieces[k - 1];
    const at = piece.text.search(/[及和](?!其)/u);
    const breaks =
      before !== undefined &&
      at > 0 &&
      whole[piece.start - 1] === '、' &&
      LEVEL_ONLY.test(before.text) &&
      LEVEL_ORGAN.test(piece.text.slice(0, at)) &&
      looksLikeUnit(piece.text.slice(at + 1));
    if (!breaks) {
      out?.push(piece);
      continue;
    }
    out ??= pieces.slice(0, k);
    out.push(
      { ...piece, text: piece.text.slice(0, at) },
      { ...piece, text: piece.text.slice(at + 1), start: piece.start + at + 1 },
    );
  }
  return out ?? pieces;
}

function joinLevelLists<T extends { text: string; start: number }>(pieces: T[], whole: string): T[] {
  // (`市、县（区）人社局`: the list is the levels and the organ each has, the bodies of both levels. Only where the
  // list holds nothing else.)
  const last = pieces[pieces.length - 1];
  if (
    pieces.length >= 2 &&
    last !== undefined &&
    /^[省市州县区]$/u.test((pieces[0] as T).text) &&
    pieces.slice(1, -1).every((p) => BARE_LEVEL.test(p.text)) &&
    LEVEL_ORGAN.test(last.text) &&
    !/^[省市州县区](?:[（(〔][^）)〕]{1,8}[）)〕])?(?:人民政府|政府)$/u.test(last.text) &&
    pieces.every((p, k) => k === 0 || (whole[p.start - 1] === '、' && descends(pieces[k - 1] as T, p)))
  )
    return [{ ...(pieces[0] as T), text: whole.slice((pieces[0] as T).start, last.start + last.text.length) }];
  // Only a list that starts a collective with 各 (or 相关, 有关) can hold one: most lists are returned
  // as they are.
  if (pieces.length < 2 || !/各|有关|相关/u.test(whole)) return pieces;
  const out: T[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const head = pieces[i] as T;
    // `各开发区、镇（街道）`, `各区、镇`: the levels alone, with no organ after them.
    if (LEVEL_HEAD.test(head.text)) {
      let j = i + 1;
      while (j < pieces.length && BARE_LEVEL.test((pieces[j] as T).text) && whole[(pieces[j] as T).start - 1] === '、')
        j++;
      const end = pieces[j - 1] as T;
      if (j > i + 1 && !LEVEL_ORGAN.test((pieces[j] as T | undefined)?.text ?? '')) {
        out.push({ ...head, text: whole.slice(head.start, end.start + end.text.length) });
        i = j - 1;
        continue;
      }
    }
    if (!LEVEL_ONLY.test(head.text) || !/^(?:各|有关|相关)/u.test(head.text)) {
      out.push(head);
      continue;
    }
    // (The levels go down, or stay: `各市（州）、县（市、区）政府`. `各镇（街）、县公安局` goes up, to
    // another body's unit.)
    let k = i + 1;
    while (k < pieces.length && LEVEL_ONLY.test((pieces[k] as T).text) && descends(pieces[k - 1] as T, pieces[k] as T))
      k++;
    const last = pieces[k];
    if (
      last === undefined ||
      !LEVEL_ORGAN.test(last.text) ||
      whole[last.start - 1] !== '、' ||
      !descends(pieces[k - 1] as T, last)
    ) {
      out.push(head);
      continue;
    }
    out.push({ ...head, text: whole.slice(head.start, last.start + last.text.length) });
    i = k;
  }
  return out;
}

// `省食品药品 监管局`: a name a cell broke over two lines (two paragraphs) is one unit when its
// first part is no unit and the two together are; so is a bracket on the second line.
function joinSpaceBroken(text: string): string {
  if (!text.includes(' ')) return text;
  const parts = text.split(' ');
  let out = parts[0] as string;
  // The name being built: what `out` holds after its last separator.
  let tail = afterLastSeparator(out);
  for (let i = 1; i < parts.length; i++) {
    const next = parts[i] as string;
    // `省编办 （省审改办）`: a bracket on the next line names the same unit again.
    const bracketOnly = /^[（(][^（）()]{1,20}[）)]$/u.test(next) && tail !== '';
    // The next part up to its own separator (`局、大数据局`): the rest of the name, if any.
    const cut = next.search(/[、，；]/u);
    const head = cut < 0 ? next : next.slice(0, cut);
    // `伏羲山管委 会`: a last character of an organ's name on its own, even after a whole name.
    const lastChar = head.length === 1 && /^[局委办会室处科所站院队部]$/u.test(head) && looksLikeUnit(tail + head);
    const joins =
      bracketOnly ||
      lastChar ||
      (tail !== '' && head !== '' && !looksLikeUnit(stripRoleWord(tail)) && looksLikeUnit(tail + head));
    out += joins ? next : ` ${next}`;
    // (As `afterLastSeparator(out)` would give, without reading `out` again.)
    tail = /[、，；]/u.test(next) ? afterLastSeparator(next) : joins ? tail + next : `${tail} ${next}`;
    // (A name is short: a tail grown past any name's length, over many blanks, starts again.)
    if (tail.length > 100) tail = next;
  }
  return out;
}

function afterLastSeparator(text: string): string {
  return text.slice(Math.max(text.lastIndexOf('、'), text.lastIndexOf('，'), text.lastIndexOf('；')) + 1);
}

// The pieces of a unit list: split on its separators outside brackets, with names a cell broke
// over two lines joined again and collectives of levels kept whole.
function unitPieces(text: string): { text: string; start: number }[] {
  const joined = joinSpaceBroken(text);
  const pieces = unglueRuns(
    joinLevelLists(
      joinDirectBodies(
        breakLevelOrgans(
          splitOutsideBrackets(joined, (ch) => SPLITTERS.has(ch)),
          joined,
        ),
        joined,
      ),
      joined,
    ),
  );
  if (!joined.includes(' ')) return pieces;
  // `市民政局 伍泽国`: the person a table names beside the unit is no unit.
  return pieces.filter(
    (p, k) =>
      !(
        k > 0 &&
        joined[p.start - 1] === ' ' &&
        looksLikePersonName(p.text) &&
        looksLikeUnit((pieces[k - 1] as { text: string }).text)
      ),
  );
}

// An organ's name ends so (a run of names glued without separators is cut after one of these).
const ORGAN_END = /(?:局|委|办|办公室|部|指挥部|政府|公司|中心|支队|大队|队|所|站|处|科|室|院|管委会|委员会)$/u;
// A run of names a copy glued without separators (`区交建局各片区项目建设指挥部各乡镇人民政府综合执法局`,
// `市场规范处稽查支队食品处药械处`): the most names, each a unit ending like an organ, that make up the
// whole run. A piece that reads as one unit is cut only into offices (below); a piece holding anything
// but Chinese characters stays as it is.
function unglueRuns(pieces: { text: string; start: number }[]): { text: string; start: number }[] {
  if (!pieces.some((p) => p.text.length >= 6)) return pieces;
  const out: { text: string; start: number }[] = [];
  for (const piece of pieces) {
    const run = piece.text;
    // (A run short enough to read as one name is cut only into offices, `公卫家庭处医政医管处`: `市政府办公室`
    // stays whole.)
    const names =
      run.length >= 6 && run.length <= 80 && /^[\u4e00-\u9fff]+$/u.test(run)
        ? looksLikeUnit(run)
          ? gluedNames(run, OFFICE_END)
          : gluedNames(run, ORGAN_END)
        : undefined;
    if (!names) {
      out.push(piece);
      continue;
    }
    let at = 0;
    for (const name of names) {
      out.push({ text: name, start: piece.start + at });
      at += name.length;
    }
  }
  return out;
}

// An office's name inside an organ (`医政医管处`, `信息科`).
const OFFICE_END = /(?:处|科|股)$/u;

// A numbered detachment or office (`一大队`, `第三中队`), part of the name before it, never a unit alone.
const SUBORDINATE = /^第?[一二三四五六七八九十\d]{1,3}(?:大队|中队|分队|小队|支队|科|室|所|组)$/u;
const SUBORDINATE_START = /^第?[一二三四五六七八九十\d]{1,3}(?:大队|中队|分队|小队|支队)/u;

// The most organ names (3–18 characters each, each ending as `end` says) a run is made of, or undefined.
function gluedNames(run: string, end: RegExp): string[] | undefined {
  const n = run.length;
  const best: (number | undefined)[] = [0];
  const from: number[] = [0];
  for (let i = 3; i <= n; i++) {
    for (let j = Math.max(0, i - 18); j <= i - 3; j++) {
      const before = best[j];
      if (before === undefined) continue;
      const name = run.slice(j, i);
      // (`执法支队一大队`, `派出所第三中队`: a numbered detachment is part of the name before it.)
      if (j > 0 && SUBORDINATE.test(name)) continue;
      if (!end.test(name) || !looksLikeUnit(name)) continue;
      if (best[i] === undefined || before + 1 > (best[i] as number)) {
        best[i] = before + 1;
        from[i] = j;
      }
    }
  }
  if (best[n] === undefined || (best[n] as number) < 2) return undefined;
  const names: string[] = [];
  for (let i = n; i > 0; i = from[i] as number) names.unshift(run.slice(from[i] as number, i));
  return names;
}

/**
 * Whether a short text reads as a person's name as tables print it: two or three characters, maybe
 * spaced (`徐  平`, `徐铭喜`), and no unit.
 *
 * @param text - cleaned text
 * @example
 * ```ts
 * looksLikePersonName('徐  平'); // true
 * looksLikePersonName('团市委'); // false
 * ```
 */
export function looksLikePersonName(text: string): boolean {
  return /^[\u4e00-\u9fff](?: {0,3}[\u4e00-\u9fff]){1,2}$/u.test(text) && !looksLikeUnit(text);
}

// `区发改局区统计局`: two units printed with nothing between them, the second starting with its
// place. Split where a name's last character meets a place word and both sides read as units.
const GLUE_END = new Set(['局', '委', '办', '厅', '院', '所', '站', '部', '处', '科', '府']);
const GLUE_START = new Set(['区', '市', '县', '省', '镇', '乡']);
const COLLECTIVE_END = /(乡镇|镇|乡|街道|单位|部门|村|社区|园区|镇街|处室|科室|党委)$/u;
/**
 * A name without a short bracket that ends it (`各村（居）` → `各村`, `各处室（中心）` → `各处室`), so that what
 * the name ends with can be told.
 *
 * @param name - a unit's name
 * @example
 * ```ts
 * withoutEndBracket('各村（居）'); // '各村'
 * ```
 */
export function withoutEndBracket(name: string): string {
  return name.replace(/[（(][^（）()]{1,8}[）)]$/u, '');
}

// `文化宣传股文化馆`, `派出所工商质监所`: offices of a town or bureau glued without a place word.
const GLUE_END_OFFICE = new Set(['股', '馆', '站', '所', '队']);

const PLACE_COLLECTIVE = /^(?:相关|有关|各)(?:乡镇|街道|镇|乡|片区|社区|村)/u;

function splitGlued(name: string): string[] {
  if (name.length < 6 || name.length > 60) return [name];
  // `各乡镇各有关部门`, `县直各单位各乡镇`: two collectives, each with its own 各 (but
  // `市政府各部门` is one: the departments of the government).
  for (
    let second = name.indexOf('各', 2);
    second > 0 && name.length - second >= 3;
    second = name.indexOf('各', second + 1)
  ) {
    const left = name.slice(0, second);
    // (`食品处各分局`: an office has no branches of its own, so the branches after it are another unit.)
    const office = /[处科股队]$/u.test(left) && looksLikeUnit(left);
    if (
      ((/各/u.test(left) && COLLECTIVE_END.test(withoutEndBracket(left))) || office) &&
      looksLikeUnit(name.slice(second))
    ) {
      // (`市场规范处食品处各分局`: offices glued before it are cut apart too.)
      const offices = office && left.length >= 6 ? gluedNames(left, OFFICE_END) : undefined;
      return [...(offices ?? [left]), ...splitGlued(name.slice(second))];
    }
  }
  // `各村（居）区公安局君山支队`: an agency of a place after a collective whose name a bracket ends.
  const afterCollective = /^(各[^（）()]{1,8}[（(][^（）()]{1,6}[）)])([区市县省][\u4e00-\u9fff]{2,16})$/u.exec(name);
  if (
    afterCollective &&
    COLLECTIVE_END.test(withoutEndBracket(afterCollective[1] as string)) &&
    looksLikeUnit(afterCollective[2] as string)
  )
    return [afterCollective[1] as string, ...splitGlued(afterCollective[2] as string)];
  // `机关各相关处室局属各相关单位`: the bureau's own units after its offices.
  const owned = /(局属|厅属|委属|市属|区属|县属|直属)各/u.exec(name);
  if (
    owned &&
    owned.index >= 3 &&
    COLLECTIVE_END.test(name.slice(0, owned.index)) &&
    /各/u.test(name.slice(0, owned.index))
  )
    return [name.slice(0, owned.index), ...splitGlued(name.slice(owned.index))];
  // `综合执法局（安监局）规划局`: a unit after the other name of the one before it.
  const afterBracket = /^(.{3,}?[局委办厅][（(][^（）()]{2,12}[）)])([\u4e00-\u9fff]{2,12}[局委厅])$/u.exec(name);
  if (afterBracket && looksLikeUnit(afterBracket[1] as string) && looksLikeUnit(afterBracket[2] as string))
    return [afterBracket[1] as string, afterBracket[2] as string];
  for (let i = 2; i < name.length - 2; i++) {
    const office = GLUE_END_OFFICE.has(name[i - 1] as string) && i >= 3 && name.length - i >= 3;
    // (`区交建局相关乡镇人民政府`, `区环土局各乡镇人民政府`: the towns after a bureau; but
    // `市政府各部门`, `市财政局有关处室` are the organ's own.)
    const collective = PLACE_COLLECTIVE.test(name.slice(i, i + 6));
    if (!office && (!GLUE_END.has(name[i - 1] as string) || !(GLUE_START.has(name[i] as string) || collective)))
      continue;
    const left = name.slice(0, i);
    const right = name.slice(i);
    // (`综合执法队筹建组`: a body being set up under the unit's name is one unit.)
    if (office && /^(筹建|筹备|临时|工作|领导|专班)/u.test(right)) continue;
    // (`各乡镇及其所辖社区`, `自然资源所有者权益与开发利用科`: 所辖, 所属, 所在 and 所有 are no office's end.)
    if (office && /^[辖属在有]/u.test(right)) continue;
    // (`福建恒源供水股份有限公司`: 股份 is no 股's end.)
    if (office && right.startsWith('份')) continue;
    // (`海洋与渔业执法支队一大队`: a numbered detachment is part of the name before it.)
    if (office && SUBORDINATE_START.test(right)) continue;
    // (`区市场监督管理局市场规范管理处`: a bureau's own office, whose name opens with 市场, not a city.)
    if (right.startsWith('市场') && /[处科股室]$/u.test(right)) continue;
    if (looksLikeUnit(left) && looksLikeUnit(right)) return [left, ...splitGlued(right)];
  }
  return [name];
}

// An organ named without its place (`人民政府`, `管委会`): after 和 it shares the place before it.
const BARE_ORGAN = /^(人民政府|政府|管委会|管理委员会|党工委|党委|办事处)$/u;
// A sentence that opens with what is to be done (`建成投用桥墩镇`, `开工建设矾山镇`) names places, no unit;
// nor does where a report is sent (`（送市效能办3号楼502室）`).
// (新建区 and 建设路街道 are places.)
// (`有市语言文字工作委员会`: what a unit must have, not a unit; `有关部门` is one. `实行政府牵头、…`: a practice.)
const ACTION_START =
  /^(有(?![关色])|实行|送|报送|抄送|发送|提交|建成|新建(?![区县])|开工|投用|完成|打造|打通|扩建|改建|新增|加快|启动|迁建|召开|制定|编制|组织|全面|深化|优化|强化|严格|积极|大力|着力|坚持|稳步|有序|加大|保障|新改扩建|改扩建|建设(?!路)|实施|推行|推广|推进|推动|探索|培育|引进|争创|创建|督促|督导|协调|配合)/u;
// `建设局`, `组织部`, `推进办`: a short organ's name may open like an action.
const SHORT_ORGAN = /^[\u4e00-\u9fff]{2,3}(局|办|委|部|处|科|站|所|中心|公司|集团|办公室|指挥部)$/u;
// `等3家中心敬老院`, `12条断头路`: a count of things built, not a unit.
const QUANTITY_INSIDE = /\d+(家|所|座|条|公里|千米|户|套|亩|张|台|辆)/u;
const HAS_DIGIT = /\d/;
// The start of a unit name; used to cut a name off text glued before it (`…便捷市数据资源局`).
const UNIT_START = /(市|县|区|省|各|国家|国务院|中共|自治区|州|盟|旗|镇|乡|街道|团|共青团|全国|中央)/gu;
// 等有关部门 / 等相关单位 / 等部门 / 等: the list is open.
const ET_AL =
  /等(市|县|区|省|镇|乡|其他|县级|市级|区级)?(有关|相关|其他|各)?(部门|单位|地区|机构|处室|科室|成员单位|区直部门|市直部门|县直部门|局)?(?:[（(](?:单位|部门)[）)])?$|等[\u4e00-\u9fff]{2,14}(主管部门|部门|单位)$/u;
/**
 * Whether a text may state the plan's lead rule (`为牵头单位`, `为工作牵头单位`): a cheap test before
 * the rules themselves are read.
 */
export const MAY_STATE_RULE = /为(工作)?牵头/u;

/**
 * Marks a plan puts before a unit's name (`★区发改委`, `▲发改局`), most often to single out its lead
 * unit; what a mark means is read from the plan's own note (see the clause reader).
 *
 * @example
 * ```ts
 * '★区发改委'.replace(UNIT_MARK, ''); // '区发改委'
 * ```
 */
export const UNIT_MARK = /^\s*[★☆▲△●◆■◎※]+\s*/u;
// A bracketed note stating the plan's lead rule (`（首位单位为牵头单位，下同）`).
const SCOPE_NOTE = /[（(〔](?:含|包含|包括)[^（）()〔〕]{1,30}[，,、]\s*下同[）)〕]/gu;
const LATER_NOTE =
  /[〔（(【]以下[^〔〕【】]{0,80}(?:列出|下同)[〕）)】]|[〔（(【]以下[^〔〕【】（）()]{0,60}涉及[^〔〕【】（）()]{2,40}[〕）)】]/gu;
// A note that the office shares its staff with another (`市食安办（与市创建…领导小组办公室合署办公，下同）`).
const MERGED_NOTE = /[（(〔](?:与|和)[^（）()〔〕]{2,60}合署(?:办公)?[^（）()〔〕]{0,8}[）)〕]/gu;
const SEE_NOTE = /[（(](?:见|详见|具体见|名单见)[^（）()]{0,20}[）)]/gu;
const RULE_NOTE = /[（(][^（）()]{0,20}为(工作)?牵头(单位|部门)?[^（）()]{0,16}[）)]/gu;
const SPLITTERS = new Set(['、', '，', '；', '/', '／', '\\', '＼', ' ']);
// (Angle brackets stand for round ones in some copies: `各区<市、县>政府`.)
const OPEN = new Set(['（', '(', '〔', '[', '【', '<', '〈']);
const CLOSE = new Set(['）', ')', '〕', ']', '】', '>', '〉']);

/**
 * Role words that are part of a name after a given character: `市政协办` is the office of the
 * CPPCC (政协), not a unit that 协办s; in `交办、分办、督办职能`, 分办 is one of a list of duties, not the role
 * of a unit before it. Every reader of {@link ROLE_WORDS} keeps to it.
 */
export const ROLE_WORD_NOT_AFTER: Readonly<Record<string, string>> = { 协办: '政', 分办: '、' };

// Whether `word`, found at `at` in `text`, is part of a name there (see ROLE_WORD_NOT_AFTER).
function notRoleAfter(word: string, text: string, at: number): boolean {
  const before = ROLE_WORD_NOT_AFTER[word];
  return before !== undefined && text[at - 1] === before;
}

// Role words as plans print them (see ROLE_WORDS).
const ROLE_WORDS_AS_PRINTED: readonly (readonly [string, Role])[] = [
  ['为牵头单位', 'lead'],
  ['为牵头部门', 'lead'],
  ['为责任单位', 'responsible'],
  ['为责任部门', 'responsible'],
  ['为配合单位', 'cooperate'],
  ['为配合部门', 'cooperate'],
  ['按照职责分工牵头', 'lead'],
  ['按职责分工牵头', 'lead'],
  ['分别牵头落实', 'lead'],
  ['分别牵头负责', 'lead'],
  // `由市语委办牵头，市编办…配合抓落实`, `由市教育局牵头负责抓落实`: 抓落实 says 落实 with more push.
  ['牵头负责抓落实', 'lead'],
  ['牵头抓落实', 'lead'],
  ['牵头负责落实', 'lead'],
  ['牵头落实', 'lead'],
  ['牵头办理', 'lead'],
  // (`由市经委牵头组织实施`: not 组织实施 alone, which is responsible.)
  ['牵头组织实施', 'lead'],
  ['牵头负责', 'lead'],
  ['分别牵头', 'lead'],
  ['共同牵头', 'lead'],
  ['牵头', 'lead'],
  // `市财政局主责`, `主抓`: the unit that answers for the task. (Not 负总责, 为主, 协同 or 支持,
  // which sentences use: `对项目组织实施负总责`, `以家庭为主`, `加强与区司法局协同`, `给予支持`.)
  ['主责', 'lead'],
  ['主抓', 'lead'],
  ['按照职责分工负责落实', 'responsible'],
  ['按职责分别负责落实', 'responsible'],
  ['按职能分别负责落实', 'responsible'],
  ['按照职能分别负责落实', 'responsible'],
  ['按照职责分别负责落实', 'responsible'],
  ['按照职能分工分别落实', 'responsible'],
  ['按照职责分工分别落实', 'responsible'],
  ['按照职能分别落实', 'responsible'],
  ['按照职责分别落实', 'responsible'],
  ['按职能分别落实', 'responsible'],
  ['按职责分别落实', 'responsible'],
  ['按照职能分别负责', 'responsible'],
  ['按照职责分别负责', 'responsible'],
  ['按职责分工分别负责', 'responsible'],
  ['按职能分别负责', 'responsible'],
  ['按职责分别负责', 'responsible'],
  ['按照职责分工落实', 'responsible'],
  ['按照职能分工负责', 'responsible'],
  ['按照职责分工负责', 'responsible'],
  ['按职责分工负责', 'responsible'],
  ['按职责分工落实', 'responsible'],
  ['按职能分工落实', 'responsible'],
  ['按照职能分工落实', 'responsible'],
  ['按职能分工负责', 'responsible'],
  ['按职责负责', 'responsible'],
  // `（经济发展处、各村居部门依职责开展工作）`: each does its part.
  ['按照职责分工开展工作', 'responsible'],
  ['按职责分工开展工作', 'responsible'],
  ['按照职责开展工作', 'responsible'],
  ['按职责开展工作', 'responsible'],
  ['按照职责落实', 'responsible'],
  ['按职责落实', 'responsible'],
  ['按职能落实', 'responsible'],
  ['分别负责落实', 'responsible'],
  ['按分工负责', 'responsible'],
  // `（区资源生态局、平潭海关按职责分工）`: the role word without its last word.
  ['按照职责分工', 'responsible'],
  ['按职责分工', 'responsible'],
  ['分工负责', 'responsible'],
  // `（由交通与建设处负责对接）`: the office that takes the matter up with those who act on it.
  ['按照职责分工负责对接', 'responsible'],
  ['按职责分工负责对接', 'responsible'],
  ['负责对接', 'responsible'],
  ['负责组织落实', 'responsible'],
  ['负责抓落实', 'responsible'],
  ['具体负责落实', 'responsible'],
  ['负责落实', 'responsible'],
  ['负责办理', 'responsible'],
  ['具体负责', 'responsible'],
  ['共同负责', 'responsible'],
  ['分别负责', 'responsible'],
  ['各负其责', 'responsible'],
  ['分别落实', 'responsible'],
  ['具体落实', 'responsible'],
  ['组织落实', 'responsible'],
  ['负责', 'responsible'],
  ['组织实施', 'responsible'],
  ['具体实施', 'responsible'],
  ['负责实施', 'responsible'],
  ['承办', 'responsible'],
  // `（市局食流科牵头，各县级局分办）`: each office handles its part.
  ['分办', 'responsible'],
  ['配合抓落实', 'cooperate'],
  // `（市银监、市工商联分别牵头，市文广局做好服务与配合工作）`.
  ['做好服务与配合工作', 'cooperate'],
  ['做好服务和配合工作', 'cooperate'],
  ['配合落实', 'cooperate'],
  ['协助落实', 'cooperate'],
  ['参与落实', 'cooperate'],
  ['配合', 'cooperate'],
  ['参与', 'cooperate'],
  ['参加', 'cooperate'],
  ['协作', 'cooperate'],
  ['协助', 'cooperate'],
  ['协办', 'cooperate'],
  // `政法综治处协助业务指导`: it assists with guidance in its line of work.
  ['协助业务指导', 'cooperate'],
  ['协助指导', 'cooperate'],
  ['主办', 'lead'],
  ['提供技术保障', 'cooperate'],
  ['提供技术支持', 'cooperate'],
  ['技术保障', 'cooperate'],
  ['技术支持', 'cooperate'],
  // `各镇（街）参照落实`, `市直有关部门落实`: after every longer word ending in 落实 above.
  ['统筹', 'lead'],
  ['参照落实', 'responsible'],
  ['参照执行', 'responsible'],
  ['落实', 'responsible'],
  // `区财政局牵头，会同各有关单位办理`: the unit that handles it.
  ['办理', 'responsible'],
];

/**
 * Role words that close a unit list, longest first, and the role each gives.
 * `分别牵头落实` (each leads its own part) gives `lead`; `依职责分工负责` and `依照职责分工负责` say what
 * `按职责分工负责` and `按照职责分工负责` say.
 */
export const ROLE_WORDS: readonly (readonly [string, Role])[] = ROLE_WORDS_AS_PRINTED.flatMap((entry) =>
  /^按(?:照)?职/u.test(entry[0]) ? [entry, [entry[0].replace(/^按/u, '依'), entry[1]] as const] : [entry],
);

/**
 * Finds the role word at the end of `text`, if any.
 *
 * @param text - cleaned text
 * @returns the role word and its role, or `undefined`
 */
export function roleWordAtEnd(text: string): { word: string; role: Role } | undefined {
  // Only the words ending in the text's last character can match; they keep their order.
  const candidates = ROLE_WORDS_BY_LAST.get(text.charAt(text.length - 1));
  if (candidates === undefined) return undefined;
  for (const [word, role] of candidates) {
    if (text.endsWith(word) && !notRoleAfter(word, text, text.length - word.length)) return { word, role };
  }
  return undefined;
}

// ROLE_WORDS grouped by their last character, longest first within each group as in the list.
const ROLE_WORDS_BY_LAST: ReadonlyMap<string, readonly (readonly [string, Role])[]> = (() => {
  const groups = new Map<string, (readonly [string, Role])[]>();
  for (const entry of ROLE_WORDS) {
    const last = entry[0].charAt(entry[0].length - 1);
    const group = groups.get(last) ?? [];
    group.push(entry);
    groups.set(last, group);
  }
  return groups;
})();

/**
 * Splits text on the separators given, never inside brackets. Linear in the text.
 *
 * @param text - cleaned text
 * @param isSeparator - which characters separate pieces
 * @returns the pieces with their offsets, empty pieces dropped
 */
export function splitOutsideBrackets(
  text: string,
  isSeparator: (ch: string) => boolean,
): { text: string; start: number }[] {
  const pieces = splitAtDepthZero(text, isSeparator);
  if (pieces !== undefined) return pieces;
  // A bracket never closed (`市商务局（市粮食和物资储备局；牵头单位：…`, its closer lost) opens
  // nothing: the separators after it still split.
  const opened: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const kind = bracketKind(text.charCodeAt(i));
    if (kind > 0) opened.push(i);
    else if (kind < 0) opened.pop();
  }
  return splitAtDepthZero(text, isSeparator, new Set(opened)) ?? [];
}

// 1 for an opening bracket （( 〔[【<〈, -1 for its closer, else 0 (codes tested before sets).
function bracketKind(code: number): number {
  if (
    code === 0xff08 ||
    code === 0x28 ||
    code === 0x3014 ||
    code === 0x5b ||
    code === 0x3010 ||
    code === 0x3c ||
    code === 0x3008
  )
    return 1;
  if (
    code === 0xff09 ||
    code === 0x29 ||
    code === 0x3015 ||
    code === 0x5d ||
    code === 0x3011 ||
    code === 0x3e ||
    code === 0x3009
  )
    return -1;
  return 0;
}

// The pieces between separators outside brackets, or undefined when a bracket is left open at the
// end (unless the openers never closed are given, to be read as plain characters).
function splitAtDepthZero(
  text: string,
  isSeparator: (ch: string) => boolean,
  unclosed?: ReadonlySet<number>,
): { text: string; start: number }[] | undefined {
  const pieces: { text: string; start: number }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? (text[i] as string) : '';
    const kind = i < text.length ? bracketKind(text.charCodeAt(i)) : 0;
    if (kind > 0 && !unclosed?.has(i)) depth++;
    else if (kind < 0) depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && isSeparator(ch))) {
      const piece = text.slice(from, i);
      const trimmed = piece.trim();
      if (trimmed !== '') pieces.push({ text: trimmed, start: from + piece.indexOf(trimmed) });
      from = i + 1;
    }
  }
  return depth > 0 && unclosed === undefined ? undefined : pieces;
}

const ANY_BRACKET = /[（(〔[【<〈）)〕\]】>〉]/u;

function withoutBrackets(name: string): string {
  if (!ANY_BRACKET.test(name)) return name;
  let out = '';
  let depth = 0;
  for (const ch of name) {
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

// A unit's leader named after it: `盘龙区政府主要领导`, `市公安消防支队分管负责人`.
const LEADER_AFTER = /(?:主要|分管)(?:领导|负责人|负责同志)$/u;
// The endings that let a name run past 18 characters (see looksLikeUnit).
const LONG_NAME_END = /(?:有限公司|有限责任公司|工作专班|领导小组办公室|指挥部办公室|筹备组|筹建组)$/u;

/**
 * Whether a piece of text reads as one unit name (`市财政局（国资委）`, `各县（市、区）政府`,
 * `县区政府`), not as a phrase of task text.
 *
 * @param name - cleaned text of one piece
 * @returns true when it looks like a unit
 * @example
 * ```ts
 * looksLikeUnit('市数据资源局'); // true
 * looksLikeUnit('及时公开政策举措'); // false
 * ```
 */
export function looksLikeUnit(name: string): boolean {
  // (A name is at most 18 characters outside its brackets: a long text is no name, and is not read.)
  if (name.length > 100) return false;
  // `莆委办【2016】`: a document number (文号) a copy broke before its number, not the office.
  if (/[【〔［[](?:19|20)\d{2}[】〕］\]]/u.test(name)) return false;
  // `具有行政职能的市直各单位`: a collective named by what its units do.
  // (Quotation marks set off a name inside the name: `市“两新”组织党工委`.)
  let bare = withoutBrackets(name.replace(ET_AL, '')).replace(/[\s“”‘’"]+/g, '');
  if (bare.includes('的')) bare = bare.replace(DUTY_QUALIFIER, '');
  // `镇（街道）`, `乡（镇）`: a level and the levels its bracket adds.
  if (bare.length < 2 && /^(镇|乡|县|区|市|村)[（(][^（）()]{1,8}[）)]$/u.test(name.trim())) return true;
  // (Longer only with an organisation's full ending: `平潭综合实验区岚城组团开发建设有限公司`,
  // `平潭综合实验区台湾同胞投资企业服务工作专班`.)
  if (bare.length < 2 || (bare.length > 18 && !(bare.length <= 26 && LONG_NAME_END.test(bare)))) return false;
  // `各县（区、管委会）海洋与`: a name cut after its conjunction is not whole.
  if (/[与和及暨]$/u.test(bare)) return false;
  // `（10）推广…`, `2.1森林防火指挥机构`: a numbered item or heading, not a name.
  if (/^\s*(?:[（(]\d{1,3}[）)]|\d{1,2}[.．]\d)/u.test(name)) return false;
  if (
    NOT_UNIT.test(bare) ||
    (ACTION_START.test(bare) && !SHORT_ORGAN.test(bare)) ||
    (HAS_DIGIT.test(name) && QUANTITY_INSIDE.test(name))
  )
    return false;
  // (`各司其职`, `各负其责`: each doing its part, no collective of units.)
  if (/^各(?:司其职|负其责|尽其职|尽其责|尽所能)/u.test(bare)) return false;
  // (`对口`, `窗口`: two characters ending in 口 name no unit; `政法口` does.)
  if (bare.length === 2 && bare.endsWith('口')) return false;
  // (`有关行业主管、监管部门`: the departments in charge of the trades, sharing 部门 with the name after.)
  // (`各县区民生工程实施进度综合排名`: 各 opens a heading about every unit too; what it ends with tells.)
  return (
    UNIT_END.test(bare) ||
    (/^各/.test(bare) && !NOT_COLLECTIVE_END.test(bare)) ||
    /^(?:有关|相关)[\u4e00-\u9fff]{0,6}主管$/u.test(bare) ||
    CARRIER.test(bare)
  );
}

// The telecom carriers by their short names, as plans list them beside offices: `移动`, `中国联通`, `莆田市电信`,
// `广电网络`, `铁塔` (with 公司 or 分公司 they end as a unit does anyway). (Not `莆田移动`, which opens project names:
// `莆田移动5G+工业互联网`.)
const CARRIER_NAMES = '移动|联通|电信|铁塔|广电网络';
const CARRIER = new RegExp(`^(?:中国|[\\u4e00-\\u9fff]{1,6}[省市县区])?(?:${CARRIER_NAMES})$`, 'u');

/**
 * Whether a name is a telecom carrier's short name (`移动`, `中国铁塔`, `广电网络`), a unit that a longer name may
 * still go on from (`中国铁塔` / `股份有限` / `公司`).
 *
 * @param name - a cleaned name
 * @example
 * ```ts
 * isCarrierName('中国铁塔'); // true
 * isCarrierName('市通信办'); // false
 * ```
 */
export function isCarrierName(name: string): boolean {
  return CARRIER.test(name);
}

/**
 * Whether a text is only the first character or two of a unit's name, where a cut stopped (`区`, `市科`,
 * `各镇`); two characters that make a whole name (`市委`, `县府`) are not.
 *
 * @param text - a cell or line, trimmed
 * @example
 * ```ts
 * isCutName('市科'); // true
 * isCutName('市委'); // false
 * ```
 */
export function isCutName(text: string): boolean {
  return /^(?:[省市县区镇乡]|各)[\u4e00-\u9fff]?$/u.test(text) && !/^[省市县区镇乡](?:委|府)$/u.test(text);
}

// What a phrase opening with 各 ends with when it names no units but something about them.
const NOT_COLLECTIVE_END =
  /(?:排名|排序|情况|进度|进展|工作|任务|事项|措施|要求|目标|指标|问题|成效|标准|制度|机制|活动)$/u;

// An agency's name, by its place or its kind.
const AGENCY_START = /^(?:省|市|县|区|州|盟|旗|镇|乡|街道|各|中共|共青团|团)/u;
const AGENCY_END =
  /(?:局|委员会|委|办公室|办|厅|人民政府|政府|中心|部|院|站|所|队|公司|集团|管委会|海关|军分区|警备区|银行|分行|支行|台)$/u;
/**
 * A name that opens with a count (`一场所`, `两中心`, `每村`): a count of things, as in a plan's `五个一`,
 * not an agency.
 *
 * @example
 * ```ts
 * COUNTED.test('一场所'); // true
 * ```
 */
export const COUNTED = /^[一二三四五六七八九十两几每]/u;

/**
 * Whether a list is one of agencies, each named by its place or its kind (`市财政局、各县区政府`),
 * as a heading or an opening `X：` names the units of the tasks that follow: a subject that merely
 * reads like a unit (`工作机构`, `公共企事业单位`) is not.
 *
 * @param list - cleaned text such as `市发展改革委、市住建局`
 * @returns true when every piece is a unit named as an agency
 * @example
 * ```ts
 * looksLikeAgencyList('市发展改革委、市住建局'); // true
 * looksLikeAgencyList('工作机构'); // false
 * ```
 */
export function looksLikeAgencyList(list: string): boolean {
  return (
    looksLikeUnitList(list) &&
    // (Split outside brackets: `县（区、管委会）水行政主管部门` is one agency.)
    splitOutsideBrackets(list, (ch) => ch === '、' || ch === '，' || ch === ',').every(
      ({ text: piece }) => !COUNTED.test(piece) && (AGENCY_START.test(piece) || AGENCY_END.test(piece)),
    )
  );
}

/**
 * Whether every piece of a list reads as a unit (see {@link looksLikeUnit}).
 *
 * @param text - cleaned text such as `县区政府、市政府部门`
 * @returns true for a non-empty list of units
 */
export function looksLikeUnitList(text: string): boolean {
  if (text.length > 400) return false;
  // A clause's units are asked about several times in a row (found, trimmed, read): keep the last.
  if (text === lastList.text) return lastList.result;
  const result = readsAsUnitList(text);
  lastList.text = text;
  lastList.result = result;
  return result;
}

const lastList = { text: '', result: false };

function readsAsUnitList(text: string): boolean {
  const pieces = unitPieces(text);
  const last = pieces[pieces.length - 1];
  // The last piece first: a list cut off mid-name fails there, before the names are each read.
  if (last === undefined || !readsAsUnits(stripRoleWord(last.text))) return false;
  return pieces.every((p, i) => readsAsUnits(stripRoleWord(p.text)) || placeSharingOrgan(pieces, i, text));
}

// A piece is a unit, or units joined by 和/及/与 each of which reads as one, where the whole is too long
// to read as one name (`市“无废城市”建设工作领导小组成员单位及相关部门`).
// (People are no units: `市局及各县市（区）局监管执法相关人员` is who a training is for.)
function readsAsUnits(piece: string): boolean {
  if (looksLikeUnit(piece)) return true;
  const parts = splitOnConjunctions(piece);
  return parts.length > 1 && !parts.some((part) => /人员$/u.test(part));
}

// `哈尔滨、黑河、绥芬河市政府`: place names listed before the organ they share (each city's government).
const PLACE_NAME = /^[\u4e00-\u9fff]{2,4}$/u;
const PLACE_ORGAN = /^[\u4e00-\u9fff]{2,5}[市县区州盟旗](?:人民政府|政府|党委|委)$/u;
function placeSharingOrgan(pieces: readonly { text: string; start: number }[], at: number, whole: string): boolean {
  for (let k = at; k < pieces.length; k++) {
    const piece = pieces[k] as { text: string; start: number };
    // Only through a run joined by 、.
    if (k > at && whole[piece.start - 1] !== '、') return false;
    if (k > at && PLACE_ORGAN.test(piece.text)) return true;
    if (!PLACE_NAME.test(piece.text) || NOT_UNIT.test(piece.text) || ACTION_START.test(piece.text)) return false;
  }
  return false;
}

/**
 * `text` without the role word it ends with (`市财政局牵头` → `市财政局`).
 *
 * @param text - cleaned text
 */
export function stripRoleWord(text: string): string {
  const role = roleWordAtEnd(text);
  return role ? text.slice(0, text.length - role.word.length) : text;
}

/**
 * Cuts a unit name off task text glued in front of it (`…像网购一样便捷市数据资源局` →
 * `市数据资源局`): the longest tail that starts like a unit and reads as one. Names the document
 * already used are preferred.
 *
 * @param text - cleaned text ending with a unit name
 * @param known - unit names seen elsewhere in the same document
 * @returns the offset where the unit starts, or -1 when no tail reads as a unit
 */
export function unitTailStart(text: string, known: ReadonlySet<string> = new Set()): number {
  const from = Math.max(0, text.length - 16);
  for (let i = from; i < text.length - 1; i++) if (known.has(text.slice(i))) return i;
  for (const match of allMatches(UNIT_START, text.slice(from), from)) {
    const at = from + match.index;
    if (looksLikeUnit(text.slice(at))) return at;
  }
  return -1;
}

// `[牵头单位：A；责任单位：B、C]`: the list's own closing bracket may stick to its last unit (`C]`).
// Closers with no opener before them in the name are dropped; `市财政局（国资委）` keeps its own.
function withoutStrayCloser(unit: string): string {
  let out = unit;
  while (out.length > 0 && CLOSE.has(out.charAt(out.length - 1))) {
    let opens = 0;
    let closes = 0;
    for (const ch of out) {
      if (OPEN.has(ch)) opens++;
      else if (CLOSE.has(ch)) closes++;
    }
    if (closes <= opens) break;
    out = out.slice(0, -1).trim();
  }
  return out;
}

// `发改局（服务业发展局`: a name's own bracket whose closer was lost at the end of the list.
function withLostCloser(unit: string): string {
  const open = unit.lastIndexOf('（');
  if (open <= 0 || unit.indexOf('）', open) >= 0) return unit;
  return /^[\u4e00-\u9fff]{2,20}$/u.test(unit.slice(open + 1)) ? `${unit}）` : unit;
}

// 和 / 及 / 与 join two units only when both sides read as units: 市人力资源和社会保障局 stays whole.
// How a name left of 及 (or of 和 before a national body) ends when it is a unit of its own (`市铁办及高速公司`).
const JOINED_ORGAN_END = /(?:局|办|委|厅|中心|院|站|所|队|公司|集团)$/u;
function splitOnConjunctions(piece: string): string[] {
  let depth = 0;
  for (let i = 1; i < piece.length - 1; i++) {
    const ch = piece[i] as string;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    // `市商务局（市粮食和物资储备局）`: a bracket's 和 belongs to the name around it.
    if (depth > 0 || (ch !== '和' && ch !== '及' && ch !== '与')) continue;
    // 及其 (`X及其所属单位`), but not 及其他 (`市交通局及其他相关部门`: the other units are named after 及).
    const skip = piece[i + 1] === '其' && piece[i + 2] !== '他' ? 1 : 0;
    // `各乡镇及其所辖社区（村）`, `各级渔业行政主管部门及其执法机构`: a unit with the units under it or its own
    // bodies (其: its) is one entry; but a government's agencies are units of their own (`涵江区政府及其水务局`).
    if (skip === 1 && !(/(?:政府|管委会)$/u.test(piece.slice(0, i)) && /(?:局|委|办|厅)$/u.test(piece.slice(i + 2))))
      continue;
    const left = piece.slice(0, i);
    const right = piece.slice(i + 1 + skip);
    // `各县（市、区）党委和人民政府`, `高新区党工委和管委会`: a bare organ after 和 is the same
    // place's, one entry of the list.
    if (BARE_ORGAN.test(right)) continue;
    // `省文化广电和旅游厅`, `市自然资源和规划局`: after a place, a second name without one is the
    // same agency's (X和Y厅), not a unit of its own.
    // (`市交通运输局及其他相关部门`: the other units are no part of the agency's name.)
    // (But `市铁办及高速公司`: a left part that ends as an organ does is a unit of its own; and a government
    // is one whatever joins it, `县（市）政府及开发区管委会`.)
    if (
      /^[省市县区州盟旗镇乡]/u.test(left) &&
      !/^(各|[省市县区州盟旗镇乡]|其他|有关|相关)/u.test(right) &&
      // (`市统计局和国家统计局莆田调查队`: a national body's team in the city is a unit of its own.)
      !((ch === '及' || /^国家/u.test(right)) && JOINED_ORGAN_END.test(left)) &&
      !/(?:政府|管委会)$/u.test(left)
    )
      continue;
    // (`各县（区、管委会）海洋与渔业行政主管部门`: a collective's name that reads as a unit only by its 各
    // ends in a field, not an organ: the 与 is the field's.)
    const leftBare = withoutBrackets(left);
    if (leftBare.startsWith('各') && !UNIT_END.test(leftBare)) continue;
    if (looksLikeUnit(left) && looksLikeUnit(right.replace(ET_AL, '') || right)) {
      return [left, ...splitOnConjunctions(right)];
    }
  }
  return [piece];
}

/**
 * Splits a unit list into units: on `、，,；` `和` `及` and spaces, never inside brackets
 * (`各县（市、区）政府` stays one unit, `市财政局（国资委）` stays whole); strips the role words
 * (负责、负责落实、牵头、配合…) and records `等有关部门` / `等部门` as an open list instead of a unit.
 *
 * @param text - a unit list as printed (any script, widths or punctuation)
 * @returns the units and whether the list was open-ended
 * @category Plan
 * @example
 * ```ts
 * splitUnits('县区政府，市财政局(国资委)、市农业农村局等有关部门负责落实');
 * // { units: [{ unit: '县区政府', … }, { unit: '市财政局（国资委）', … }, { unit: '市农业农村局', … }], etAl: true }
 * splitUnits('各县（市、区）政府').units.length; // 1
 * ```
 */
export function splitUnits(text: string): UnitList {
  return splitUnitsWith(text, normalizeUnitName);
}

/**
 * {@link splitUnits} for text the plan parser has cleaned (simplified script already): each name
 * is normalised without converting its script again.
 *
 * @param text - a cleaned unit list
 * @returns the units and whether the list was open-ended
 * @example
 * ```ts
 * splitCleanUnits('市财政局（国资委）、市农业农村局等有关部门').units.length; // 2
 * ```
 */
export function splitCleanUnits(text: string): UnitList {
  return splitUnitsWith(text, normalizeSimplifiedUnitName);
}

// A bracket closing a name that holds a contact or a role phrase, not another name for the unit.
// (`（牵头）`, `（配合）` stay: the clause reader reads them as the unit's role.)
const NOTE_BRACKET = /[（(]([^（）()]{1,60})[）)]$/u;
const CONTACT = /联系人|联系电话|电话|手机|负责人|\d{7,}/u;
const ROLE_MARK = /^(牵头单位|牵头|主责|负责|责任单位|配合单位|配合|协办|参与)$/u;
// `市财政局（张三）`, `（张三、李四）`: the people a plan names beside a unit, by a common surname.
const SURNAME_CHARS =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const SURNAME = new RegExp(`^[${SURNAME_CHARS}]|^(?:欧阳|司马|诸葛|上官|司徒|令狐|皇甫|慕容|尉迟|公孙|东方|夏侯)`, 'u');
/**
 * Whether a short text is a person's name opening with a common Chinese surname (`徐  平`, `欧阳波`), not a word
 * a copy broke onto a line of its own (`服务`) or a unit's name.
 *
 * @param text - a cell or name, trimmed
 * @example
 * ```ts
 * looksLikeSurnamedPerson('徐  平'); // true
 * looksLikeSurnamedPerson('欧阳波'); // true
 * looksLikeSurnamedPerson('服务'); // false
 * ```
 */
export function looksLikeSurnamedPerson(text: string): boolean {
  return SURNAME.test(text) && looksLikePersonName(text);
}
function withoutNote(bracket: string, inner: string): string {
  if (CONTACT.test(inner)) return '';
  // `执法支队（20个工作日）`: the work it is given, not another name.
  if (/^\d+(?:\.\d+)?个?(?:工作日|日|天|小时|周|月)$/u.test(inner)) return '';
  // `经济发展处（配合区经发局开展复工复产企业排查整治）`, `交通与建设处（负责组织开展…）`: what the unit does,
  // said after its name.
  if (inner.length > 8 && /^(?:负责|配合|协助|协同|牵头)[\u4e00-\u9fff]/u.test(inner)) return '';
  if (inner.split(/[、，,\s]+/u).every((name) => looksLikeSurnamedPerson(name))) return '';
  const role = roleWordAtEnd(inner);
  return role !== undefined && role.word === inner && !ROLE_MARK.test(inner) ? '' : bracket;
}

const ROLE_ADVERB = /(?:积极|密切|主动|全力|共同|协同|做好|大力|根据需要|视情|按需|派员)$/u;

// `由` / `会同` / `和` … before a unit joins it to the list; 和平区, 和田地区, 和龙市 are places.
const LEADING_CONNECTIVE = /^(?:由|请|会同|和(?!平[区县]|田|龙市|林格尔|顺县|政县|静县|硕县|布克赛尔)|及|以及|与)/u;

// `责任单位：区财政金融局 平潭综合实验区党工委 2018年9月20日 …`, `…、经济发展处平潭综合实验区苏平片区
// 管理局2023年3月16日`: a page flattened onto one line runs its last unit list into the signature and
// its date. A date is no unit: the list ends with the first name of the run the date closes.
/**
 * A full date as a signature prints it (`2018年9月20日`); the clause reader builds on it too.
 *
 * @example
 * ```ts
 * SIGNING_DATE.test('平潭综合实验区管委会办公室 2016年8月1日印发'); // true
 * ```
 */
export const SIGNING_DATE = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/u;
function beforeSignature(text: string): string {
  const date = SIGNING_DATE.exec(text);
  if (!date) return text;
  const head = text.slice(0, date.index);
  const cut = Math.max(head.lastIndexOf('、'), head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('；'));
  const run = head.slice(cut + 1).trim();
  const first = run.includes(' ') ? (run.split(/\s+/u)[0] as string) : firstGluedName(run);
  return `${head.slice(0, cut + 1)}${first}`;
}

// The first name of names glued together (`经济发展处平潭综合实验区苏平片区管理局`): the shortest head that
// ends as an office does and reads as a unit, before a rest that reads as one too.
function firstGluedName(run: string): string {
  const glued = splitGlued(run);
  if (glued.length > 1) return glued[0] as string;
  for (let i = 3; i <= run.length - 4; i++) {
    if (!GLUE_END.has(run[i - 1] as string)) continue;
    if (looksLikeUnit(run.slice(0, i)) && looksLikeUnit(run.slice(i))) return run.slice(0, i);
  }
  return run;
}

const ET_AL_BEFORE_CONJUNCTION = /等(?:有关|相关)?(?:部门|单位)(?=(?:及|以及|和)[\u4e00-\u9fff])/gu;

function splitUnitsWith(text: string, normalize: (name: string) => string): UnitList {
  const units: UnitName[] = [];
  const seen = new Set<string>();
  let etAl = false;
  if (text.length > 5000) return { units, etAl };
  // `1.经济发展处（配合…）2.交通与建设处（配合…）`: a list numbered name by name.
  const numbered = /^\s*1[.．、](?=[\u4e00-\u9fff])/u.test(text)
    ? text
        .replace(/^\s*1[.．、]/u, '')
        .replace(/(?<=[）)\u4e00-\u9fff。；])\s*\d{1,2}[.．、](?=[\u4e00-\u9fff])/gu, '、')
    : text;
  const cleaned = beforeSignature(numbered)
    .replace(/[,]/g, '，')
    .replace(/[;]/g, '；')
    .replace(/[\s\u3000]+/g, ' ');
  for (const piece of unitPieces(cleaned)) {
    // `县发改局（首位单位为牵头单位，下同）`: the plan's rule in a bracket is no part of the name.
    let bare = MAY_STATE_RULE.test(piece.text) ? piece.text.replace(RULE_NOTE, '') : piece.text;
    // `市有关单位（见附件1，下同）`: a note saying where the list is, not part of the name.
    if (bare.includes('见')) bare = bare.replace(SEE_NOTE, '');
    // `各区县政府〔含南太湖新区管委会，下同〕`: what the name covers, noted once for the whole plan.
    if (bare.includes('下同')) bare = bare.replace(SCOPE_NOTE, '');
    // `各县（市、区）人民政府〔以下事项均涉及各县（市、区）人民政府，不再列出〕`: a note on later tasks.
    if (bare.includes('以下')) bare = bare.replace(LATER_NOTE, '');
    if (bare.includes('合署')) bare = bare.replace(MERGED_NOTE, '');
    let name = stripRoleWord(bare.replace(LEADING_CONNECTIVE, '')).trim();
    for (let role = roleWordAtEnd(name); role; role = roleWordAtEnd(name)) {
      name = name.slice(0, name.length - role.word.length);
    }
    // `市审计局积极配合`, `做好配合`, `共同参与`: how the unit takes its part is no part of its name;
    // nor is a footnote mark after it (`市财政局*`; `****监管局` is a name masked by the page).
    name = name.replace(ROLE_ADVERB, '').replace(/(?<=[^*＊])[*＊]+$/u, '');
    // (`责任单位及责任人：盘龙区政府主要领导`: the unit whose leader answers for the task.)
    const leader = LEADER_AFTER.exec(name);
    if (leader && looksLikeUnit(name.slice(0, leader.index))) name = name.slice(0, leader.index);
    // `市财政局（联系人：张三，电话：…）`, `市审计局（按职责分工负责）`: a note after the name.
    if (name.endsWith('）') || name.endsWith(')')) name = name.replace(NOTE_BRACKET, withoutNote);
    // `市铁办等部门及高速公司`: 等 closes the list before a conjunction adds one more name.
    if (name.includes('等')) {
      const cut = name.replace(ET_AL_BEFORE_CONJUNCTION, '');
      if (cut !== name) {
        etAl = true;
        name = cut;
      }
    }
    const et = ET_AL.exec(name);
    if (et && et.index > 0) {
      etAl = true;
      name = name.slice(0, et.index);
    } else if (et && et.index === 0) {
      etAl = true;
      continue;
    }
    for (let part of splitOnConjunctions(name).flatMap(splitGlued)) {
      // (`水务集团等市直有关单位及各县政府`: the 等 before a conjunction closes its own part.)
      const partEt = ET_AL.exec(part);
      if (partEt) {
        etAl = true;
        if (partEt.index === 0) continue;
        part = part.slice(0, partEt.index);
      }
      // `★区发改委`, `▲发改局`: a mark the plan puts before a name is no part of it (the clause
      // reader asks the raw name whether the plan says the mark means its lead).
      const unit = withLostCloser(withoutStrayCloser(normalize(part.replace(UNIT_MARK, ''))));
      // `市直有关部门、单位`: a bare collective noun continues the name before it, it is no unit.
      // (Nor is one character other than an organ's (`局`, the bureau itself): `责 任 人：` spaced out after the
      // units leaves `责`, `任`, `人`.)
      if (
        unit.length === 0 ||
        /^(等|有关|相关|单位|部门|机构|处室|科室|企事业单位|[^局委办厅院所站队处科])$/u.test(unit)
      )
        continue;
      if (seen.has(unit)) continue;
      seen.add(unit);
      units.push({ unit, raw: part.trim() });
    }
  }
  return { units, etAl };
}

// How an agency's name ends, where a name cut off at the end of a page (`法官学`, `管委`, `发展改革`)
// does not. (A carrier's short name, `联通`, is whole: see CARRIER.)
const WHOLE_UNIT_END = new RegExp(
  `(局|厅|办|委员会|管委会|[^管]委|政府|中心|院|馆|站|所|队|公司|集团|企业|国企|行|部|处|科|室|组|会|联|社|团|总支|宫|班|校|园|块|单位|部门|街道|${CARRIER_NAMES}|[省市县区镇乡场街]|[）)])$`,
  'u',
);

/**
 * Whether a unit list ends in a whole unit name, not one cut off at the end of a page (`…、省税`,
 * `法官学`, `发展改革`): its last unit reads as a unit and ends as an agency's name does.
 *
 * @param list - a cleaned unit list
 * @param unitCell - the list is a table's unit cell or a labelled unit line: a name of three
 *   characters or more that the unit reader does not know (`工人文化宫`) counts when it ends as an
 *   agency's name does
 * @example
 * ```ts
 * endsWithWholeUnit('省税务局、人行合肥中心支行'); // true
 * endsWithWholeUnit('司改办、新闻局、法官学'); // false
 * ```
 */
export function endsWithWholeUnit(list: string, unitCell = false): boolean {
  // (`…河长办等`: a list closed by 等 is whole.)
  const last = stripRoleWord(
    afterLastSeparator(list)
      .replace(/[。；]$/u, '')
      .replace(/(?<=[\u4e00-\u9fff）)]{2})等$/u, ''),
  );
  // (A level alone, `市` or `区`, is where a page was cut after `责任单位：`.)
  return (looksLikeUnit(last) || (unitCell && last.length >= 3)) && WHOLE_UNIT_END.test(last);
}
