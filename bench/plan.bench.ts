// The plan text parser (issue 3): the seed parses in < 5 ms median; ≥ 2 MB/s on a large synthetic
// plan; no 1 MB input takes over a second, adversarial ones included.
// Baseline, run side by side: the floor every reader pays — splitting the text into lines and
// normalising each one (normalizeText: script, widths, brackets) — so the ratio shows what reading
// the plan's structure costs on top of merely cleaning its text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText, parsePlan, parsePlanText } from '@zwgk/core';
import { Bench } from 'tinybench';

const seed = readFileSync(join(import.meta.dirname, '..', 'examples', 'data', 'suzhou-2024-plan.txt'), 'utf8');
const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
const gc = (globalThis as { gc?: () => void }).gc;

function baseline(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) n += normalizeText(line).length;
  return n;
}

// A large plan made of the seed's real task lines, renumbered and varied: several sections of
// tasks in the seed's own styles (traditional script, lost brackets and characters) plus labelled
// lines and national-sentence items, so every path of the parser is exercised.
function syntheticPlan(targetBytes: number): string {
  const lines = seed.split('\n');
  const taskLines = lines.filter((l) => /^\d+\.?[^\d]/u.test(l));
  const out: string[] = [lines.slice(0, 34).join('\n')];
  const sectionNames = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  let n = 0;
  let size = utf8Bytes(out[0] as string);
  for (let s = 0; size < targetBytes; s++) {
    const section = `${sectionNames[s % 10]}、围绕第${s + 1}项重点抓好公开`;
    out.push(section);
    size += utf8Bytes(section);
    for (let k = 0; k < 12 && size < targetBytes; k++) {
      n++;
      // (Item numbers run to 999 and start again: a number of four digits is no item's.)
      const no = ((n - 1) % 999) + 1;
      const base = (taskLines[(s * 12 + k) % taskLines.length] as string).replace(/^\d+\.?/u, '');
      const varied =
        k % 4 === 3
          ? `${no}.${base.slice(0, 60)}。\n牵头单位：市政府办公室\n责任单位：各县区政府、市直各部门\n完成时限：${(k % 12) + 1}月底前`
          : k % 4 === 2
            ? `${no}.${base.slice(0, 50)}。（市发展改革委负责落实）推进第${n}项工作。（各县区政府分别牵头落实）`
            : `${no}${base}`;
      out.push(varied);
      size += utf8Bytes(varied) + 1;
    }
  }
  return out.join('\n\n');
}

const large = syntheticPlan(4_000_000);
const largeBytes = utf8Bytes(large);
const oneMb = 1_000_000;
// 1 MB of one piece of the parser's own vocabulary, repeated.
const fill = (piece: string) => piece.repeat(Math.max(1, Math.floor(oneMb / utf8Bytes(piece))));
// The same with every 市局 a different unit (市0局, 市1局, …), so that nothing read once is reused.
const varied = (piece: string) => {
  const parts: string[] = [];
  for (let k = 0, size = 0; size < oneMb; k++) {
    const part = piece.replace(/市局/gu, `市${k.toString(36)}局`);
    parts.push(part);
    size += utf8Bytes(part);
  }
  return parts.join('');
};
const adversarial: Record<string, string> = {
  'one 1 MB line': `1.${'加强政务公开，市政府办公室负责，'.repeat(Math.floor(oneMb / 48))}`,
  '1 MB of brackets': `${'（'.repeat(oneMb / 6)}${'）'.repeat(oneMb / 6)}`,
  '1 MB of brackets of two kinds that do not pair': `${'〔'.repeat(oneMb / 6)}${'）'.repeat(oneMb / 6)}`,
  '1 MB of digits': '1'.repeat(oneMb),
  '1 MB of role words': '负责，牵头、配合；'.repeat(Math.floor(oneMb / 27)),
  '1 MB of pipes': '|'.repeat(oneMb),
  '1 MB of numbered lines': '1.\n'.repeat(Math.floor(oneMb / 3)),
  // Found by generating inputs from the parser's vocabulary (the slowest before the fixes).
  'lines of bars `|`': fill('|\n'),
  'one line `市局负责。以下不再列出`': fill('市局负责。以下不再列出'),
  'lines `责任单位：市局 `': fill('责任单位：市局 \n'),
  'lines `（市局负责` (bracket lost)': fill('（市局负责\n'),
  'lines `(市局负责)`': fill('(市局负责)\n'),
  'lines `市局 负责 `': fill('市局 负责 \n'),
  'lines of header words': fill('序号\n工作任务\n牵头单位\n完成时限\n'),
  'lines `1.市X局负责`, every unit different': varied('1.市局负责\n'),
  'lines `（市X局负责`, every unit different': varied('（市局负责\n'),
  'one line `市X局负责、`, every unit different': varied('市局负责、'),
  'lines `市X局 负责 `, every unit different': varied('市局 负责 \n'),
  'one line `（（市X局负责））`, every unit different': varied('（（市局负责））'),
  // Shapes of the rules added for the third and fourth held-out sets.
  'one flattened line ` 1.加强公开。 责任单位：市X局`': varied(' 1.加强公开。 责任单位：市局'),
  'headerless pipe rows `3 | 标题 | 12.措施… | 市X局 |`': varied(
    '3 | 推进决策公开 | 12.围绕重大行政决策事项公开征求意见 | 市局、各镇 |\n',
  ),
  'lines `一、市X局牵头工作（2项）` + an item': varied('一、市局牵头工作（2项）\n1.推进重点项目建设。\n'),
  'lines with a standing-units note': varied(
    '1.设立专项资金。（责任单位：市局。以下措施均需各县区落实，不再一一列出）\n',
  ),
  'lines `此项工作由市X局负责，A、B配合。`': varied('（一）规范办理。此项工作由市局负责，市司法局、信息产业厅配合。\n'),
  'cells one per line with bars `市X局负责 |`': varied('市局负责 |\n'),
  'duty lines `市X局负责做好信息公开工作。`': varied('市局负责做好信息公开工作。\n'),
  'lines `市X局 |` and `责任单位 |`': varied('市局 |\n责任单位 |\n'),
  // Shapes of the seventh round's rules: units after 由 in a labelled sentence, numbered duty lines,
  // labels with their value on one line after the problems they close.
  'lines `整改要求：由包片单位市X局负责清除…`': varied(
    '1、路边有垃圾。\n整改要求：由包片单位市局负责清除，并建立长效机制。\n',
  ),
  'one labelled line `整改要求：由市X局负责清除，…`': `整改要求：${varied('由市局负责清除，')}`,
  'numbered duty lines `1.市X局负责做好…`': varied('1.市局负责做好信息公开工作。\n'),
  'lines `问题整改责任单位:市X局 整改时限:3天`': varied('(1)门口有杂物;\n问题整改责任单位:市局 整改时限:3天\n'),
  // Shapes of the eighth round's rules: blocks of numbered problems restarting at 1, each closed by one
  // unit line; a page flattened to one line, split after each labelled time limit; bullets with
  // 主体责任/监督责任; a notice whose tasks have no deadline of their own and a closing limit.
  'blocks `1.问题；2.问题。整改责任单位：市X局 整改时限：…`': varied(
    '1.楼道堆放杂物；\n2.垃圾桶未加盖。\n整改责任单位：市局 整改时限：2021年8月13日前\n',
  ),
  'one flattened line `问题。 整改责任单位:市X局 整改时限:8月13日前`': varied(
    ' 门前堆放杂物。 整改责任单位:市局 整改时限:2021年8月13日前',
  ),
  'bullets `● 问题` / `(主体责任:市X局,监督责任:…)`': `${varied('● 市场内垃圾未清运。\n(主体责任:市局,监督责任:区城管局)\n')}三个工作日内完成整改。`,
  // Shapes of the ninth round's rules: a page flattened with nothing at all between its lines, items
  // glued after a full stop, a closing bracket, a heading or a unit label's value.
  'one glued line `。（市X局负责）1.推进公开。`': varied('加强公开。（市局负责）1.推进公开。'),
  'one glued line `责任处室:市X局1.做好…`': varied('责任处室:市局1.做好公开'),
  'one glued line `（一）标题1.市X局配合市局对…`': varied('（一）推进公开1.市局配合市局对目录进行确认。'),
  // A glued table whose measures are numbered `1、` across its groups, each with its time limit and
  // units, and sources between them (set 39).
  'a glued table of measures `k、…3月市X局区Y局1、来源…`': (() => {
    // (Units named without digits, so that each measure's units run to its source list.)
    const han = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
    const parts = ['序号主要工作任务具体工作措施完成时限主要责任单位任务来源1推进公开'];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const name = `${han[k % 22]}${han[Math.floor(k / 22) % 22]}${han[Math.floor(k / 484) % 22]}`;
      const part = `${k}、做好公开工作3月市${name}局区财金局关于下达计划的函1、来源（某〔2016〕5号）`;
      parts.push(part);
      size += utf8Bytes(part);
    }
    return parts.join('');
  })(),
  // The same header, then time limits and units with no measure numbers near them (each time limit
  // looked back for its number over the whole text before the fix: 1.1 s).
  'a glued table of measures, time limits and units without numbers': `序号主要工作任务具体工作措施完成时限主要责任单位任务来源1${'推进公开工作3月市甲局区乙局关于'.repeat(
    Math.floor(oneMb / 48),
  )}`,
  // A table a document site glued into one run: rows found by their numbers.
  'a glued table of 1 MB, rows numbered in order': (() => {
    const rows: string[] = ['序号工作任务责任单位完成时限'];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `${k}推进政务公开，做好第${k}项工作。市${k.toString(36)}局全年`;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })(),
  'a glued header, then 1 MB of numbers that start no row': `序号工作任务责任单位完成时限1${'2次。'.repeat(oneMb / 9)}`,
  // Columns of people beside the units: each row's units are looked for between runs of names.
  'a glued table with columns of people of 1 MB': (() => {
    const rows: string[] = ['序号项目内容责任领导责任处室责任人完成时间'];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `${k}推进${'市局处科队所'.repeat(4)}王 浩林业局叶龙海2016年12月`;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })(),
  'a glued header with columns of people, then 1 MB of names and units that make no row': `序号项目内容责任领导责任处室责任人完成时间1${'林江王市场规范处科2月'.repeat(
    Math.floor(oneMb / 33),
  )}`,
  // A timetable column (`实施计划`) whose dates give the deadline.
  'pipe rows under a 实施计划 header, timetables of dates': `序号 | 项目 | 实施计划 | 责任单位 |\n${varied(
    '1 | 建设 | 1.3月底前设计；2.5月中旬开工；3.第三季度完工；4.年底前验收 | 市局 |\n',
  )}`,
  // Shapes of the ninth round: a header of two rows over one cell per line with `/` for an empty
  // cell, a unit list whose brackets never close, names holding quotations in labelled lines.
  'a two-row header, then cells one per line with `/`': `序号\n工作任务\n责任单位\n完成时限\n牵头单位\n配合单位\n${varied('1\n持续深化市局信息公开\n市局\n/\n年底前\n')}`,
  'one unit list whose brackets never close `市X局（、`': `1.加强公开。（${varied('市局（、')}）`,
  'labelled lines with quotations `配合单位：市“X”局、`': varied('1.加强公开\n配合单位：市“两新”市局、市局\n'),
  // Found by reading every fixture flattened to one line (line breaks lost) and repeated to 1 MB:
  // the notice-title test ran to the line's end from every `关于印发`, 1.4 s on such pages.
  'a notice flattened to one line, `关于印发…的通知` repeated': fill(
    '关于印发2024年政务公开工作要点的通知 各县区政府，市直各部门：现将要点印发给你们，请认真贯彻落实。1.市政府办公室负责 ',
  ),
  // Plans divided by unit: headings that name an agency, tasks that open with one and a colon.
  'headings `一、市X局（2项）`, each over an item': varied('一、市局（2项）\n1.公开财政预决算信息。\n'),
  'lines `1.市X局：公开…，6月底前完成。`': varied('1.市局：公开财政预决算信息，2024年6月底前完成。\n'),
  // A table copied with tabs, whose rows are joined over lines until they have the header's cells.
  'a tabbed header, then lines of two cells and lines of one': `序号\t工作任务\t牵头单位\t配合单位\t完成时限\n${varied('1\t推进市局公开\n市局负责\n')}`,
  // Shapes of the twelfth session: a wide project table one cell per line, aligned row by row (a
  // shortest path over cells × columns), and unit lists a PDF copy broke at every name.
  'a wide project table of 1 MB, one cell per line': `序号\n类型\n所在县区\n涝灾点名称\n受涝程度\n致涝原因\n解决方案\n投资估算（万元）\n完成时限\n牵头单位\n责任单位\n${(() => {
    const rows: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `${k}\n荔城区\n第${k}片区\n最大深度50cm\n河道淤积，排水不畅。\n河道清淤疏通4km。\n600\n2022年4月\n市${k.toString(36)}局\n荔城区政府\n②\n拓宽护岸。\n300\n市水利局\n荔城区政府\n`;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })()}`,
  'a wide table header, then 1 MB of one-character lines': `序号\n类型\n涝灾点名称\n致涝原因\n解决方案\n牵头单位\n责任单位\n1\n${'市\n'.repeat(oneMb / 6)}`,
  // Found by the survey (`scripts/plan-survey.mjs`): a traditional-script page with pinyin annotations,
  // flattened to one line (its indenting blanks kept), repeated to 1 MB. Unit names were looked for in
  // runs of blank-separated words as long as a sentence: 1.05 s before names were capped at 100 characters.
  'the guichi page flattened to one line, repeated': fill(
    readFileSync(
      join(
        import.meta.dirname,
        '..',
        'packages',
        'core',
        'test',
        'fixtures',
        'plans',
        'guichi-2020-food-safety-trad.txt',
      ),
      'utf8',
    ).replace(/\n/gu, ''),
  ),
  'a glued work list of 1 MB numbered by levels `k.1…k.9`': (() => {
    const rows: string[] = ['序号工作任务应完成时限完成情况责任单位'];
    for (let g = 1, size = 0; size < oneMb; g++) {
      const group = [`${g}`];
      for (let k = 1; k <= 9; k++) group.push(`${g}.${k}做好第${g}组第${k}项工作。8月中旬 在建市${g.toString(36)}局`);
      const part = group.join('');
      rows.push(part);
      size += utf8Bytes(part);
    }
    return rows.join('');
  })(),
  // Found in the read-through: lines of blank-separated words before `（一）…1…`, each blank a place a
  // header without 序号 might start (1.9 s while each start split its rest again; one pass now).
  'lines of blank-separated words before `（一）…1…`': fill(
    '关于 进一 步加 强和 改进 城乡 建设 品质 提升 工作 的实 施方 案和 责任 分工 安排 意见 等事 项推 进（一）合理配置医疗资源1科学编制\n',
  ),
  'labelled unit lists broken at every name `、市` / `X局`': varied(
    '1.加强公开。\n责任单位：市局\n、市\n局\n、\n市局\n牵头\n，各县（市、区）人民政府\n',
  ),
  // Shapes of the thirteenth session's rules: headings closed by one label after their last sub-item
  // (each asks about every heading beside it: once per parent now), an item's points in a flattened
  // line, articles, and a wide table of places.
  'headings `（一）…` over `1.…` `2.…牵头单位：市X局`, all siblings': varied(
    '（一）加强公开\n1.行动目标。加强公开。\n2.主要任务。推进公开。牵头单位：市局\n',
  ),
  'one flattened line of points ` 二是…。 责任处室：市X局`': varied(' 二是落实门前三包。 责任处室：市局'),
  'lines `第N条` over `（一）…` and a label': varied(
    '第一条  建立健全体系。\n（一）组织落实。\n（二）举行仪式。\n责任单位：市局\n',
  ),
  'a table flattened with blanks under `重点任务 工作措施 牵头单位 参与单位`, unit cells last': `重点任务 工作措施 牵头单位 参与单位 ${varied(
    '1.优化产业布局 完成生态保护红线编制工作，坚决杜绝高耗能项目落地。 市局 区经发局、各片区指挥部 ',
  )}`,
  // Shapes of the fourteenth session's rules.
  'duties opening with their units, no labels (`（一）市X局要加强…`)': `方案\n二、明确职责分工\n${varied('（一）市局要加强监管，及时反馈。\n')}`,
  'a notice with a label, then `附件：` and items naming no unit': `方案\n（一）加强宣传。（责任单位：市局）附件：\n${varied('1.督促建立健全市局制度。\n')}`,
  'task cards glued into one run (`专项名称…牵头单位市X局配合单位…工作任务（一）…时间安排…`)': varied(
    '专项名称专项整治分管领导张三牵头单位市局配合单位各分局工作任务（一）开展检查。（二）督促整改。时间安排2017年12月底前注意事项按时报送。\n',
  ),
  'step titles closed by a time limit (`（一）成立X（10月底前）…`)': varied(
    '（一）成立市局专班（10月底前）成立专班。（责任单位：市局）\n',
  ),
  // Shapes of the rules added in the fifteenth session.
  'tables one after another, each with a header of its own (`附件N` / `序号` / `项目名称` / `投资金额` …)': varied(
    '附件1\n序号\n重点任务\n责任单位\n实施年限\n1\n推进工作\n市局\n2025—2030年\n附件2\n序号\n项目名称\n投资金额\n责任单位\n建设地点\n1\n示范项目\n469\n市局\n各乡镇\n',
  ),
  'a unit-first table `责任科室` / `普法内容` / `宣传方式` / `普法对象`, then 1 MB of rows': `责任科室\n普法内容\n宣传方式\n普法对象\n${varied(
    '市局\n《条例》等法律法规\n结合工作开展宣传\n社会公众\n',
  )}`,
  'duties after their unit and a colon (`市X局：牵头统筹…`), broken over lines': varied('市局：牵头统筹推进\n工作\n'),
  'one line of duties after their unit and a colon (`…宣传工作。市X局：督促…`)': (() => {
    // (Unit names of Chinese characters only, as the break looks for: 市甲局, 市乙甲局, …)
    const parts: string[] = [];
    for (let k = 0, size = 0; size < oneMb; k++) {
      const name = [...k.toString(10)].map((d) => '甲乙丙丁戊己庚辛壬癸'[Number(d)]).join('');
      const part = `负责专项行动的宣传工作。市${name}局：督促`;
      parts.push(part);
      size += utf8Bytes(part);
    }
    return parts.join('');
  })(),
  'a glued table of measures numbered without `、` (`1加强…每季度（…）市X局2…`)': `序号工作任务工作举措完成时限责任单位${(() => {
    const rows: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      // (Unit names without digits, as printed: a digit ends a glued unit list.)
      const name = k.toString(26).replace(/[0-9]/gu, (d) => String.fromCharCode(0x71 + Number(d)));
      const row = `${k}加强组织领导落实场地建设，配备2—3名宣导员。每季度（9月18日）市${name}局`;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })()}`,
  'a wide table of places `序号` / `县（市、区）` / `划定任务数（个）` …': `序号\n县（市、区）\n划定任务数\n（个）\n完成时限\n责任单位\n监督单位\n${(() => {
    const rows: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `${k}\n三元区\n158\n2022.9\n三元区政府\n市生态环境局\n`;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })()}`,
  'one flattened line: a header with blanks and no 序号 (`项目 工作目标 任务清单 牵头单位 责任单位 完成时限`), then 1 MB of cells': `当前位置：首页 附件1 任务清单 项目 工作目标 任务清单 牵头单位 责任单位 完成时限 ${(() => {
    const rows: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `《关于对第${k}领域失信主体实施联合惩戒的合作备忘录》 区市场监督管理局（信用处） 区各有关部门 持续实施 `;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })()}`,
  'a glued schedule with its time first (`序号时间重点内容落实单位1全年…局各处室按职责落实2…`), 1 MB': `序号时间重点内容落实单位${(() => {
    const rows: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `${k}${(k % 12) + 1}月第${k}次安全生产及消防安全工作局各处室按职责落实`;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })()}`,
  'an inspection plan one cell per line, each unit after a cell naming its role, 1 MB': `序号\n检查事项\n检查主体\n检查内容\n年度预计检查时间\n${(() => {
    const rows: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `${k}\n对第${k}类企业的联合检查\n牵头单位\n市第${k}局\n企业的经营活动。\n协同单位1\n市\n公安局\n9—10月\n`;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })()}`,
  'lines of role cells with no row numbers (`牵头单位` / `协同单位1` …), 1 MB': `序号\n检查事项\n检查主体\n${'牵头单位\n协同单位1\n'.repeat(oneMb / 30)}`,
  'a glued 普法责任清单 with a person and remarks after the units (`1…法政策法规处陈 榕宣传小册等 2…`), 1 MB': `序 号法律法规名称责任单位联系人宣传方式备 注${(() => {
    const rows: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `${k}中华人民共和国第${k}法政策法规处陈 榕宣传小册、法律讲座、专题学习会议等 `;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })()}`,
  'a glued table of short phrases and their units (`1十三五规划办公室2台商直通车法规处…`), 1 MB': `序号配合工作牵头处室${(() => {
    const rows: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `${k}第${k}项重点工作推进${k % 3 === 0 ? '办公室、机关党委' : '政策法规处'}`;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })()}`,
  'a glued inspection schedule whose unit cell stands before its rows (`责任片区序号…检查时间备注 澳前分局1乙类…第三季度 2…`), 1 MB': `责任片区序号重点类型使用单位单位/分支机构地址设备种类数量检查时间备注 ${(() => {
    const rows: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const row = `${k % 50 === 1 ? '澳前分局 澳前分局 ' : ''}${k}乙类福建某某有限公司某镇某村电梯${k % 9}第三季度 `;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return rows.join('');
  })()}`,
  'such a schedule header, then one row of 1 MB with no time (`流水分局1甲甲甲…`)': `责任片区序号重点类型使用单位单位/分支机构地址设备种类数量检查时间备注 流水分局1${'甲'.repeat(oneMb / 3)}`,
  'label-free steps whose agency follows a clause of when (`（一）上报需求。每年9月底前，区农业农村局组织…`), 1 MB':
    fill('（一）上报需求。专项资金项目按“属地申报”的原则，于实施年度下一年5月底前由区农业农村局行文上报。\n'),
  'a schedule header, then 1 MB of row numbers before times and no units (`1全年2全年…`)': `序号时间重点内容落实单位1全年${'2全年'.repeat(oneMb / 9)}`,
  'tables under section headings (`二、预备项目` / `法规名称` / `责任单位` / two time columns), 1 MB of them': (() => {
    const parts: string[] = [];
    for (let k = 1, size = 0; size < oneMb; k++) {
      const part = `${'一二三四五六七八九'[k % 9]}、第${k}类项目\n法规名称\n责任单位\n市人大常委会审议\n二审时间\n三审时间\n三明市第${k}条例\n市住建局\n2018\n年\n4\n月\n2018\n年\n6\n月\n`;
      parts.push(part);
      size += utf8Bytes(part);
    }
    return parts.join('');
  })(),
};
// Pages read through parsePlan as HTML. Found the same way: a cell spanning every row under a row
// 1,000 columns wide padded 50,000 short rows to 64 cells, ten times the page, 1.15 s in all.
const adversarialPages: Record<string, string> = {
  'HTML: a rowspan over 50,000 short rows under a row 1,000 columns wide': `<table><tr><td rowspan="65534">甲</td><td colspan="1000">乙</td></tr>${'<tr><td>1</td></tr>'.repeat(oneMb / 20)}</table>`,
  'HTML: a 1 MB table of tasks': (() => {
    const rows: string[] = [];
    for (let k = 0, size = 0; size < oneMb; k++) {
      const row = `<tr><td>${k}</td><td>推进政务公开第${k}项</td><td>市${k.toString(36)}局牵头，市财政局配合</td><td>2024年${(k % 12) + 1}月底前</td></tr>`;
      rows.push(row);
      size += utf8Bytes(row);
    }
    return `<table><tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>${rows.join('')}</table>`;
  })(),
};

const seedBench = new Bench({ time: 2000, warmupTime: 500 });
seedBench.add('parsePlanText(seed)', () => {
  parsePlanText(seed);
});
seedBench.add('baseline: split + normalizeText(seed)', () => {
  baseline(seed);
});
await seedBench.run();

const median = (task: (typeof seedBench.tasks)[number]): number => {
  const result = task.result as unknown as { latency?: { p50?: number }; p50?: number };
  return result.latency?.p50 ?? result.p50 ?? Number.NaN;
};
const [parseTask, baseTask] = seedBench.tasks as [(typeof seedBench.tasks)[number], (typeof seedBench.tasks)[number]];
const seedMedian = median(parseTask);
const baseMedian = median(baseTask);

// Wall time and CPU time of one run: CPU time is what the parser costs; wall time also counts
// whatever else the machine is doing (a shared CI runner), so both are printed.
function timeOnce(fn: () => void): { wall: number; cpu: number } {
  gc?.();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const best = (runs: { wall: number; cpu: number }[]) => ({
  wall: Math.min(...runs.map((r) => r.wall)),
  cpu: Math.min(...runs.map((r) => r.cpu)),
});
const seedCpu = [...Array(200)].map(() => timeOnce(() => parsePlanText(seed)).cpu).sort((a, b) => a - b)[100] as number;

// Large plan: the best of three, as throughput.
const largeRun = best([0, 1, 2].map(() => timeOnce(() => parsePlanText(large))));
const largeBase = best([0, 1, 2].map(() => timeOnce(() => baseline(large))));
const largeTasks = parsePlanText(large).tasks.length;
const mbps = (ms: number) => (largeBytes / 1e6 / (ms / 1000)).toFixed(2);

console.log(
  `seed (${utf8Bytes(seed)} bytes): parsePlanText median ${seedMedian.toFixed(2)} ms wall, ${seedCpu.toFixed(2)} ms CPU (target < 5 ms)`,
);
console.log(
  `  baseline split + normalizeText median ${baseMedian.toFixed(2)} ms; ratio parse/baseline ${(seedMedian / baseMedian).toFixed(1)}×`,
);
console.log(
  `large synthetic plan (${(largeBytes / 1e6).toFixed(2)} MB, ${largeTasks} tasks): ${largeRun.wall.toFixed(0)} ms wall = ${mbps(largeRun.wall)} MB/s, ${largeRun.cpu.toFixed(0)} ms CPU = ${mbps(largeRun.cpu)} MB/s (target ≥ 2 MB/s)`,
);
console.log(
  `  baseline ${largeBase.wall.toFixed(0)} ms wall = ${mbps(largeBase.wall)} MB/s; ratio parse/baseline ${(largeRun.wall / largeBase.wall).toFixed(1)}×`,
);
// "No input of 1 MB takes over a second": the time a caller waits (wall, best of two). CPU time is
// printed beside it; it also counts V8's garbage-collection threads, which run alongside, so on the
// inputs that make 50,000 tasks it is above the wall time.
let worstWall = 0;
let worstCpu = 0;
function timeAdversarial(name: string, read: () => void): void {
  const run = best([timeOnce(read), timeOnce(read)]);
  worstWall = Math.max(worstWall, run.wall);
  worstCpu = Math.max(worstCpu, run.cpu);
  console.log(
    `1 MB adversarial, ${name}: ${run.wall.toFixed(0)} ms wall, ${run.cpu.toFixed(0)} ms CPU (target < 1000 ms wall)`,
  );
}
for (const [name, text] of Object.entries(adversarial)) timeAdversarial(name, () => parsePlanText(text));
for (const [name, html] of Object.entries(adversarialPages))
  timeAdversarial(name, () => parsePlan(html, { format: 'html' }));
console.log(`slowest 1 MB input: ${worstWall.toFixed(0)} ms wall; most CPU: ${worstCpu.toFixed(0)} ms`);
const ok = Math.min(seedMedian, seedCpu) < 5 && largeBytes / 1e6 / (largeRun.cpu / 1000) >= 2 && worstWall < 1000;
console.log(ok ? 'all plan parser targets met' : 'PLAN PARSER TARGET MISSED');
if (!ok) process.exitCode = 1;
