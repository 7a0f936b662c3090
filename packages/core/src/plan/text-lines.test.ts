import { describe, expect, it } from 'vitest';
import { breakGluedPoints, joinBrokenNumbers, joinLabelLines, splitLines } from './text-lines.js';

const joined = (text: string) =>
  joinLabelLines(splitLines(text), text)
    .map((l) => l.text)
    .filter((t) => t !== '');

describe('label lines joined to their values', () => {
  it('joins a label printed alone to the value on the next line', () => {
    expect(joined('1.推进公开\n责任单位\n市科技局')).toEqual(['1.推进公开', '责任单位：市科技局']);
  });

  it('leaves a label alone after a header word broken over two lines (`牵头` / `单位` / `责任单位`)', () => {
    expect(joined('序号\n项目名称\n牵头\n单位\n责任单位\n创新链和产业链融合行动\n1')).toEqual([
      '序号',
      '项目名称',
      '牵头',
      '单位',
      '责任单位',
      '创新链和产业链融合行动',
      '1',
    ]);
  });

  it('joins a label whose colon a PDF copy printed on a line of its own (`责任单位` / `:`)', () => {
    expect(joined('对中小微企业采取续保续贷措施。\n责任单位\n:\n市金融监管局、人行\n2.下一项')).toEqual([
      '对中小微企业采取续保续贷措施。',
      '责任单位：市金融监管局、人行',
      '2.下一项',
    ]);
  });

  it('joins the places’ own departments to the places a label’s value ends with (`各县（区、管委会）` / `海洋与渔业行政主管部门`)', () => {
    expect(joined('攻坚单位\n：\n资源环保科、\n各县（区、管委会）\n海洋与渔业行政主管部门\n（八）下一项')).toEqual([
      '攻坚单位：资源环保科、各县（区、管委会）海洋与渔业行政主管部门',
      '（八）下一项',
    ]);
  });

  it('joins a unit list broken after its comma, across a blank line', () => {
    expect(joined('责任单位：市科技局，\n\n各县（区）人民政府（管委会）\n2.下一项')).toEqual([
      '责任单位：市科技局，各县（区）人民政府（管委会）',
      '2.下一项',
    ]);
  });
});

const pieces = (text: string) =>
  joinLabelLines(joinBrokenNumbers(splitLines(text), text), text)
    .map((l) => l.text)
    .filter((t) => t !== '');

describe('pieces a PDF copy broke a unit list or a name into', () => {
  it('joins a name broken after its conjunction, past a bracket with a separator inside (`各县（区、管委会）海洋与` / `渔业行政主管部门。`)', () => {
    expect(
      pieces(
        '责任单位：\n规划法规科\n（局安办）\n，\n防灾减灾\n办\n，\n局\n安委会成\n员单位，各县（区、管委会）海洋与\n渔业行政主管部门。\n㈡渔港检查。',
      ),
    ).toEqual([
      '责任单位：规划法规科（局安办），防灾减灾办，局安委会成员单位，各县（区、管委会）海洋与渔业行政主管部门。',
      '㈡渔港检查。',
    ]);
  });

  it('joins a collective broken after its bracket where its organ opens the rest of the list (`各县` / `(` / `区` / `)` / `人民政府（管委会），市国资委`)', () => {
    expect(pieces('责任单位：\n各县\n(\n区\n)\n人民政府（管委会），市国资委\n配合单位：市交通局')).toEqual([
      '责任单位：各县（区）人民政府（管委会），市国资委',
      '配合单位：市交通局',
    ]);
  });

  it('joins a unit’s name broken into pieces before the line opening with its colon (`局` / `渔业` / `产业` / `科` / `：负责…`)', () => {
    // (The duty's number alone on its line goes with the name after it: `⑷局渔业产业科：…`.)
    expect(pieces('⑷\n局\n渔业\n产业\n科\n：负责指导全市渔业系统开展除险加固。\n⑸')).toEqual([
      '⑷局渔业产业科：负责指导全市渔业系统开展除险加固。',
      '⑸',
    ]);
    // (A whole name before a label, `各县（市、区）民政局` / `完成时限` / `：`, is a cell of its own.)
    expect(pieces('责任单位\n：局儿童福利科，\n各县（市、区）民政局\n完成时限\n：\n2019年12月底')[0]).toBe(
      '责任单位：局儿童福利科，各县（市、区）民政局',
    );
  });

  it('joins a unit label’s value broken at every name (`责任单位：市委宣传部` / `、市` / `军民融合办` / … / `牵头`)', () => {
    expect(
      pieces(
        '责任单位：市委宣传部\n、市\n军民融合办\n、\n市发改委\n、市\n工信局\n牵头\n，各县（市、区）人民政府\n2.\n下一项',
      ),
    ).toEqual(['责任单位：市委宣传部、市军民融合办、市发改委、市工信局牵头，各县（市、区）人民政府', '2.', '下一项']);
  });

  it('joins names a PDF copy broke at every word inside a label’s value (`市通` / `信` / `办、…`, `中国` / `铁塔` / … / `三明市分公司`)', () => {
    expect(
      pieces(
        '责任单位：\n各县（市、区）人民政府\n，\n市通\n信\n办、自然资源局\n，\n各基础电信企业、\n中国\n铁塔\n股份有限\n公司\n三明市分公司\n、广电网络\n集团三明分公司\n（三）拓展',
      ),
    ).toEqual([
      '责任单位：各县（市、区）人民政府，市通信办、自然资源局，各基础电信企业、中国铁塔股份有限公司三明市分公司、广电网络集团三明分公司',
      '（三）拓展',
    ]);
  });

  it('joins a name broken before its role word (`…，机关` / `各` / `科室、直属` / `各` / `单位配合`)', () => {
    expect(pieces('责任单位：局办公室牵头，机关\n各\n科室、直属\n各\n单位配合\n（五）下一项')).toEqual([
      '责任单位：局办公室牵头，机关各科室、直属各单位配合',
      '（五）下一项',
    ]);
  });

  it('joins a heading’s words a PDF copy broke a few a line, and its quoted last words', () => {
    expect(pieces('（\n二\n）推进政务服务\n“\n马上就办\n”\n。\n深入贯彻落实全市工作会议精神。')).toEqual([
      '（二）推进政务服务“马上就办”。',
      '深入贯彻落实全市工作会议精神。',
    ]);
    expect(pieces('（二）加强\n过程\n管控\n。\n持续推行负面清单制度。')).toEqual([
      '（二）加强过程管控。',
      '持续推行负面清单制度。',
    ]);
    // (A heading naming its unit alone, and a table's bare row number, stay as they are.)
    expect(pieces('（一）水利部门\n负责牵头\n组织开展专项整治行动。')).toEqual([
      '（一）水利部门',
      '负责牵头',
      '组织开展专项整治行动。',
    ]);
    expect(pieces('9.\n定期公布社会保险情况\n市人社局')).toEqual(['9.', '定期公布社会保险情况', '市人社局']);
  });

  it('joins a name cut inside a label’s value (`责任单位：` / `市金` / `融监管局` / `、财政局`)', () => {
    expect(pieces('责任单位：\n市金\n融监管局\n、财政局\n牵头\n，各县（市、区）人民政府')).toEqual([
      '责任单位：市金融监管局、财政局牵头，各县（市、区）人民政府',
    ]);
  });

  it('joins a collective broken at its bracket (`各县` / `(` / `市、区` / `)` / `政府`)', () => {
    expect(pieces('市政府各部门、各直属机构，各县\n(\n市、区\n)\n政府\n坚持以公开为常态。')).toEqual([
      '市政府各部门、各直属机构，各县（市、区）政府',
      '坚持以公开为常态。',
    ]);
  });

  it('joins a unit’s name broken in its cell (`市` / `商务` / `局`, `市直有关` / `部门`), not a person before a unit', () => {
    expect(pieces('市\n发改委\n市\n商务\n局\n市直有关\n部门')).toEqual(['市发改委', '市商务局', '市直有关部门']);
    expect(pieces('黄文阁\n各股室')).toEqual(['黄文阁', '各股室']);
    // (Two header words are no name: `指标名称` / `单位`; nor a header word spelled a character a line.)
    expect(pieces('指标名称\n单位\n单\n位')).toEqual(['指标名称', '单位', '单', '位']);
  });

  it('joins the label `牵头责任单位` broken after its first word (`（` / `牵头` / `责任单位：市…`)', () => {
    expect(pieces('（\n牵头\n责任单位：市住房和城乡建设局、自然资源局）')).toEqual([
      '（牵头责任单位：市住房和城乡建设局、自然资源局）',
    ]);
  });

  it('joins a list a PDF copy broke at every word (`市` / `科技` / `局` / `、农业农村` / `局`, `财政` / `局、商务`, `等`)', () => {
    expect(pieces('责任单位：\n市\n科技\n局\n、农业农村\n局\n牵头，各县（市、区）人民政府\n8.')).toEqual([
      '责任单位：市科技局、农业农村局牵头，各县（市、区）人民政府',
      '8.',
    ]);
    expect(
      pieces('责任单位：市工信局、科技局牵头，\n市发改委、财政\n局、商务\n局、国资委等\n，各县（市、区）人民政府\n2.'),
    ).toEqual(['责任单位：市工信局、科技局牵头，市发改委、财政局、商务局、国资委等，各县（市、区）人民政府', '2.']);
    expect(pieces('责任单位：市科技局牵头，市工信局、\n三明\n海关等，各县（市、区）人民政府')).toEqual([
      '责任单位：市科技局牵头，市工信局、三明海关等，各县（市、区）人民政府',
    ]);
  });

  it('joins a day broken from its month and its 日 (`4月` / `15` / `日前`), and a unit’s bracket on the next line', () => {
    expect(pieces('完成时限：\n4\n月\n15\n日前\n2．')).toEqual(['完成时限：4月15日前', '2．']);
    expect(pieces('【完成时限】4\n月\n15\n日前')).toEqual(['完成时限：4月15日前']);
    expect(pieces('责任单位：各县（区）人民政府\n(\n管委会\n)\n、市住建局\n（二）发展网络')).toEqual([
      '责任单位：各县（区）人民政府（管委会）、市住建局',
      '（二）发展网络',
    ]);
  });
});

describe('label lines inside a table header printed one cell per line', () => {
  it('leaves `责任单位` alone before a column of places, amounts or years', () => {
    expect(joined('序号\n建设内容\n责任单位\n建设地点\n实施\n年限')).toEqual([
      '序号',
      '建设内容',
      '责任单位',
      '建设地点',
      '实施',
      '年限',
    ]);
    expect(joined('序号\n重点任务\n责任单位\n实施年限\n1')).toEqual(['序号', '重点任务', '责任单位', '实施年限', '1']);
    // (`本局责任科室`: the issuing body's own offices, a column of their own.)
    expect(joined('时间节点要求\n责任单位\n本局责任科室\n1')).toEqual([
      '时间节点要求',
      '责任单位',
      '本局责任科室',
      '1',
    ]);
  });
});

describe('a span of years a PDF copy broke out of a title', () => {
  it('joins `2014-2020` / `年）》…` into one line, so the span stands alone as no time limit', () => {
    expect(pieces('落实《应急能力建设规划（\n2014-2020\n年）》的具体建设项目。\n市财政局')).toEqual([
      '落实《应急能力建设规划（2014-2020年）》的具体建设项目。',
      '市财政局',
    ]);
    expect(
      pieces(
        '建设规划（这一行足够长因而不与下一行相连的一个很长很长很长很长很长很长很长很长很长的标题（\n2014-2020\n年）》的项目。',
      ),
    ).toEqual([
      '建设规划（这一行足够长因而不与下一行相连的一个很长很长很长很长很长很长很长很长很长的标题（',
      '2014-2020年）》的项目。',
    ]);
  });

  it('joins a span written with 至 the same way (one pattern of spans, shared with the deadline reader)', () => {
    expect(pieces('落实《应急能力建设规划（\n2014至2020\n年）》的具体建设项目。')).toEqual([
      '落实《应急能力建设规划（2014至2020年）》的具体建设项目。',
    ]);
  });
});

describe('a page flattened onto one line, an office’s name alone over its numbered duties', () => {
  it('breaks before `1.` right after `（一）质量技术监督管理处 `, as before the items after it', () => {
    const text =
      '三、活动内容及分工（一）质量技术监督管理处 1.开展机动车安检机构监督检查，保证检测设备合格。开展定量包装商品定期监督抽检，按照省质监局的工作部署开展计量监督抽检任务。 2.深入开展电梯维保单位专项整治，严厉查处电梯维保单位未按照安全技术规范开展维保的行为。 3.结合中秋、国庆两节期间安全生产工作，开展承压类特种设备专项安全检查。 （二）知识产权保护处聚焦民生领域和高新技术领域，深入开展知识产权专项行动。';
    const lines = splitLines(text).map((l) => l.text);
    expect(lines).toContain(
      '1.开展机动车安检机构监督检查，保证检测设备合格。开展定量包装商品定期监督抽检，按照省质监局的工作部署开展计量监督抽检任务。',
    );
    expect(lines.some((l) => l.endsWith('质量技术监督管理处'))).toBe(true);
  });
});

describe('a label’s units a PDF copy broke inside a word or before 及其', () => {
  it('joins `…渔业行政主` / `管部门及其执法机构。` and `…行政主管部门` / `及其执法机构` to the label’s line', () => {
    expect(
      joined(
        '责任单位：\n规划\n法规监督科（局安办），市海洋与渔业执法支队，各县（区、管委会）海洋与渔业行政主\n管部门及其执法机构。\n3.有效管控安全风险。',
      ),
    ).toEqual([
      '责任单位：规划法规监督科（局安办），市海洋与渔业执法支队，各县（区、管委会）海洋与渔业行政主管部门及其执法机构。',
      '3.有效管控安全风险。',
    ]);
    expect(joined('责任单位：\n各级海洋与渔业行政主管部门\n及其执法机构\n。\n4.实施安全风险公告警示。')[0]).toBe(
      '责任单位：各级海洋与渔业行政主管部门及其执法机构',
    );
  });
});

describe('a notice’s copy list glued after the last unit label', () => {
  it('breaks before `抄送：` after a label’s units, on a page flattened onto one line', () => {
    const text = `${'（一）健全依法决策机制。按照部署适时制定重大行政决策程序。责任单位：政策法规处、各有关单位。'.repeat(25)}（三）自觉接受监督。把公开透明作为政府工作的基本制度。责任单位：办公室抄送：驻区财政金融局纪检组。 平潭综合实验区市场监督管理局办公室 2018年8月8日`;
    const lines = splitLines(text).map((l) => l.text);
    expect(lines.some((l) => l.endsWith('责任单位：办公室'))).toBe(true);
    expect(lines.some((l) => l.startsWith('抄送：'))).toBe(true);
  });
});

describe('a page flattened onto one line whose colon duties have a blank after the colon', () => {
  it('breaks before `区党群工作部： 负责…` as before `区管委会办公室：负责…`', () => {
    // (A 2015 notice and its annex as the page printed them, on one line.)
    const text =
      '当前位置： 首页政务公开政府信息公开平潭综合实验区管委会办公室法定主动公开内容工作动态 索 引 号： PZ00102-2500-2015-00136 主题分类： 无 发文机关： 中国平潭 成文日期：2015-12-16 标 题： 平潭综合实验区管委会办公室关于建立职业教育工作联席会议制度的通知 发文字号： 岚综管办〔2015〕247号 发布日期：2015-12-16 有 效 性： 有效 平潭综合实验区管委会办公室关于建立职业教育工作联席会议制度的通知 岚综管办〔2015〕247号 来源：中国平潭 时间：2015-12-16 00:00 --> 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： 岚综管办〔2015〕247号 平潭综合实验区管委会办公室关于 建立职业教育工作联席会议制度的通知 区直各部门、各片区开发管理局，区属各企业，福建信息职业技术学院、平潭职业中专学校： 为贯彻落实《福建省人民政府关于加快发展现代职业教育的若干意见》（闽政〔2015〕46号），加强对发展现代职业教育的统筹协调，经区管委会研究同意，建立平潭综合实验区职业教育工作联席会议（以下简称联席会议）制度。现将有关事项通知如下： 一、主要任务 （一）贯彻落实党中央、国务院，省委、省政府和区党工委、管委会有关职业教育工作的决策部署。 （二）研究全区职业教育发展专项规划和重要政策措施，将发展现代职业教育纳入区域经济社会发展总体规划，协调推进职业教育体制机制的重大创新，审定职业院校结构布局工作方案。 （三）研究职业教育、职业培训重点领域改革和建设项目，提出年度工作安排，落实工作任务。 （四）统筹推动职业教育与产业转型升级的紧密融合，将职业教育纳入产业发展规划，协调解决重点产业发展需要的技术技能人才培养培训、产业龙头企业人力资源建设等关键问题，引导推动行业企业和社会资源支持职业教育发展。 （五）协调区直有关部门研究制定和落实支持政策，加强会商沟通和信息共享，推动中职学校与技工院校的融合互通，推进行业指导、校企合作、企业办学、创新创业、人才交流、民办教育、闽台合作、经费投入、资源配置等重要环节工作。 （六）督促、指导、检查全区职业教育政策措施的落实，通报工作进展情况。 （七）承办省委、省政府和区党工委、管委会交办的其他事项。 二、组成人员 召 集 人：陈东荣 区党工委委员、管委会副主任 成 员：高 杰 区党工委管委会办公室调研员 陆永建 区党群工作部副部长（正处级） 吴灵芳 区台湾工作部副部长 林 润 区经济发展局副局长 陈亨雄 区环境与国土资源局副局长 林兴禧 区财政金融局党组成员、副局长 陈鹏程 区社会事业局副局长 林同璋 区交通与建设局党组成员、副调研员 高建武 区市场监督管理局党组成员、副调研员 陈向东 区国税局副局长 阎红岩 区地税局副局长 联席会议日常工作由区社会事业局负责。联席会议成员单位工作分工见附件。 三、工作机制 联席会议定期或不定期召开会议，原则上每半年召开一至二次例会，根据工作需要可临时召开会议。联席会议由召集人主持。会议议题由区社会事业局负责收集，经召集人审定后提交会议。联席会议以《会议纪要》形式明确议定事项，并印发各成员单位和有关方面贯彻落实。 附件：平潭综合实验区职业教育工作联席会议成员单位工作分工 平潭综合实验区管委会办公室 2015年12月16日 附件 平潭综合实验区职业教育工作联席会议 成员单位工作分工 区管委会办公室：负责区职业教育工作联席会议的组织安排，协调区党工委、管委会领导出席会议，整理会议议定事项，印发《会议纪要》；监督各成员单位和有关方面按照职能分工，落实会议议定事项。 区党群工作部： 负责职业院校领导班子及干部队伍建设的宏观指导；指导有关部门推进职业院校校长聘任制改革，制定校长任职资格标准。负责职业教育机构编制管理，配合有关部 门制定职业教育人才队伍建设支持政策和推进措施。统筹建立面向城乡劳动者的职业技能培训制度；负责建立行业人力资源需求预测和就业状况定期发布制度；制定 毕业生就业创业扶持政策并组织实施，指导非师范类毕业生离校前的就业服务工作；落实职业资格证书制度和就业准入制度；制定技术技能人才激励和保障政策；综 合管理技工院校和职业培训机构。 区台湾工作部：负责了解、收集台湾职业教育情况，沟通、协调台湾职业教育有关机构，推介、引进台湾优质职业教育资源。 区经济发展局： 负责将职业教育纳入国民经济和社会发展规划以及重点产业发展规划，支持职业教育基础能力建设，加强职业教育重点';
    const lines = splitLines(text).map((l) => l.text);
    expect(lines.some((l) => l.startsWith('区党群工作部：'))).toBe(true);
    expect(lines.some((l) => l.startsWith('区台湾工作部：'))).toBe(true);
  });
});

describe('an item number a PDF copy left at the end of the sentence before it', () => {
  it('moves `；2` / `.` to a line of its own before the item it numbers', () => {
    expect(pieces('市教育局：\n1.\n牵头抓好绿色校园建设5个；2\n.\n抓好创建的总结。')).toEqual([
      '市教育局：',
      '1.',
      '牵头抓好绿色校园建设5个；',
      '2.',
      '抓好创建的总结。',
    ]);
  });

  it('does so after joining the sentence’s pieces (`…绿化` / `，确保…以上；4` / `.`)', () => {
    expect(pieces('3\n.\n牵头抓好县乡道绿化\n，确保绿化率达90%以上；4\n.\n重点抓好324国道绿化\n。')).toEqual([
      '3.',
      '牵头抓好县乡道绿化，确保绿化率达90%以上；',
      '4.',
      '重点抓好324国道绿化。',
    ]);
  });

  it('leaves a number before a decimal part where it stood (`…；2` / `.5万亩`)', () => {
    expect(pieces('新增造林；2\n.5万亩')).toEqual(['新增造林；2', '.5万亩']);
  });
});

describe('breakGluedPoints', () => {
  const broken = (text: string) => breakGluedPoints(splitLines(text), text).map((l) => l.text);

  it('breaks a heading of one unit’s duties from the points glued after it, and the points apart', () => {
    expect(broken('（一）村委会职责1.审核成员资格。2.审核是否符合“一户一宅”。\n3.调查其他住房情况。')).toEqual([
      '（一）村委会职责',
      '1.审核成员资格。',
      '2.审核是否符合“一户一宅”。',
      '3.调查其他住房情况。',
    ]);
  });

  it('goes on breaking the heading’s points on the lines after it (`3.审核…。4.调查…`)', () => {
    expect(
      broken('（二）国土资源所职责1.审核用地。2.审核地灾。\n3.审核权属。4.调查纠纷。5.核实面积。\n6.配合放样。'),
    ).toEqual([
      '（二）国土资源所职责',
      '1.审核用地。',
      '2.审核地灾。',
      '3.审核权属。',
      '4.调查纠纷。',
      '5.核实面积。',
      '6.配合放样。',
    ]);
  });

  it('leaves points out of turn, and lines that are no heading of duties, as they are', () => {
    expect(broken('（一）村委会职责1.审核成员。3.审核宅基地。')).toEqual([
      '（一）村委会职责',
      '1.审核成员。3.审核宅基地。',
    ]);
    expect(broken('（一）加强领导1.成立专班。2.明确分工。')).toEqual(['（一）加强领导1.成立专班。2.明确分工。']);
  });
});

describe('an emergency plan’s decimal number a PDF copy broke at its dots', () => {
  it('joins `2.` / `2` / `.` / `3` and `3` / `.2应急响应行动`, leaving the title below the number as it was', () => {
    expect(pieces('2.\n2\n.\n3\n领导小组成员单位主要职责')).toEqual(['2.2.3', '领导小组成员单位主要职责']);
    expect(pieces('3.1\n.2应急响应行动')).toEqual(['3.1.2应急响应行动']);
  });
});
