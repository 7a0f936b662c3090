import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/plan.js';
import { unglueCards } from './glued-table.js';
import { parsePlanText } from './parse-plan-text.js';
import { splitLines } from './text-lines.js';

// Each task's number, text, units by role and time limit, as the tests of whole tables compare them.
const readRows = (plan: Plan) =>
  plan.tasks.map((t) => [
    t.number,
    t.text,
    t.assignments.map((a) => `${a.role}:${a.unit}`),
    t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
  ]);

const preview = [
  '某区2023年重点工作任务清单.docx',
  '1、某区2023年重点工作任务清单序号任务名称目标内容主要责任单位完成期限1宣传发动开展入户宣传，每季度不少于2次。区委宣传部、各街道等按职责分工负责全年2设施建设新建分类驿站12座，改造收集点30个。区城管局，各街道2023年6月底前3监督考核建立月度通报制度。区城管局牵头，区',
  '2、考核办12月底前4长效管理完善',
].join('\n');

describe('tables a document site glued into one run of text', () => {
  it('reads the header words, each row by its number, and its units and time limit by where they stand', () => {
    const plan = parsePlanText(preview);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['responsible:区委宣传部', 'responsible:各街道'],
      ['responsible:区城管局', 'responsible:各街道'],
      ['lead:区城管局', 'responsible:区考核办'],
    ]);
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2023-12-31',
      '2023-06-30',
      '2023-12-31',
    ]);
    // Numbers inside a row (`每季度不少于2次`, `12座`) start no row; the cut last row is left out.
    expect(plan.tasks[0]?.text).toContain('每季度不少于2次');
    expect(plan.truncated).toBe(true);
  });

  it('reads a schedule whose time column comes right after the number (`51月元旦…`), its units by the lists most rows end with', () => {
    const text =
      '附件 2023年安全生产工作计划表 序号时间重点内容落实单位1全年安全生产法律法规宣传教育局各处室按职责落实2全年道路运输企业安全考核工作局安监处、运管处3全年每年一次警报试鸣、结合防空袭演练人防办4全年贯彻落实“党政同责、一岗双责”局各处室按职责落实51月元旦、春节期间安全生产工作局各处室按职责落实62-3月全国“两会”期间安全生产工作局安监处牵头，各业务处室配合';
    const plan = parsePlanText(text, { year: 2023 });
    expect(readRows(plan)).toEqual([
      ['1', '安全生产法律法规宣传教育', ['responsible:局各处室'], '2023-12-31'],
      ['2', '道路运输企业安全考核工作', ['responsible:局安监处', 'responsible:运管处'], '2023-12-31'],
      ['3', '每年一次警报试鸣、结合防空袭演练', ['responsible:人防办'], '2023-12-31'],
      ['4', '贯彻落实“党政同责、一岗双责”', ['responsible:局各处室'], '2023-12-31'],
      ['5', '元旦、春节期间安全生产工作', ['responsible:局各处室'], '2023-01-31'],
      ['6', '全国“两会”期间安全生产工作', ['lead:局安监处', 'cooperate:各业务处室'], '2023-03-31'],
    ]);
  });

  it('points each task at the characters it was read from', () => {
    const plan = parsePlanText(preview);
    const task = plan.tasks[1];
    expect(task).toBeDefined();
    const printed = preview.slice(task?.source.start, task?.source.end);
    expect(printed).toContain('新建分类驿站12座');
  });

  it('leaves a text alone when the words after 序号 are no table header', () => {
    const plan = parsePlanText('1.按序号排列公开目录。（区政府办负责）');
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit))).toEqual([['区政府办']]);
  });

  it('never throws on runs made of header words, numbers and units', () => {
    const piece = fc.constantFrom(
      '序号',
      '工作任务',
      '责任单位',
      '完成时限',
      '1',
      '2',
      '区城管局',
      '。',
      '全年',
      '年底前',
      '、',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const plan = parsePlanText(pieces.join(''));
        expect(Array.isArray(plan.tasks)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a glued table whose measures are numbered `1、` across its groups (set 39)', () => {
  const page = [
    '2016年生态环境保护工作要点分工表',
    '序号主要工作任务具体工作措施完成时限主要责任单位任务来源1推进生态文明建设1、建立生态文明建设领导机制，成立领导小组3月区经发局区环土局1、平潭综合实验区2016年工作要点（岚综委〔2016〕5号）2、福建省生态文明体制改革实施方案（闽委发〔2015〕24号）2、制定生态环境保护工作实施方案6月区环土局3、实施联席会议制度，至少每季度召开一次会议，协调解决重大问题全年区经发局区环土局各乡镇人民政府2分解推动目标责任的落实4、完成环保基础设施建设项目投资0.2亿元全年区环土局区财金局关于下达2016年度环保领域投资计划的函 注：主要责任单位第一个为牵头单位，其余为主要配合单位。',
  ].join('\n');

  it('reads each measure with its time limit and the units after it, not the sources between them', () => {
    const plan = parsePlanText(page);
    expect(readRows(plan)).toEqual([
      ['1', '建立生态文明建设领导机制，成立领导小组', ['lead:区经发局', 'cooperate:区环土局'], '2016-03-31'],
      ['2', '制定生态环境保护工作实施方案', ['lead:区环土局'], '2016-06-30'],
      [
        '3',
        '实施联席会议制度，至少每季度召开一次会议，协调解决重大问题',
        ['lead:区经发局', 'cooperate:区环土局', 'cooperate:各乡镇人民政府'],
        '2016-12-31',
      ],
      ['4', '完成环保基础设施建设项目投资0.2亿元', ['lead:区环土局', 'cooperate:区财金局'], '2016-12-31'],
    ]);
  });
});

describe('glued work lists numbered by levels (`1.1`, `1.2.1`, …)', () => {
  const list = [
    '坛南湾旅游区2017年创建4A级景区实施方案',
    '附件 主管部门、业主单位的工作清单序号工作任务应完成时限完成情况责任单位11.1编制旅游区总体规划，并发布实施。 已完成区旅发委1.2.1设计、发布景区代表性图形。 已完成1.2.2新增旅游区交通专用标识。8月中旬待交警大队审批后施工1.3指导成立旅游区管委会。 已完成22.1宣传物料：手绘地图8月中旬 在完善中旅游区管委会2.2宣传物料：宣传折页33.1坛南湾景区标识系统完善。8月中旬 在建区旅游集团有限公司3.2游客中心建设。在建注：其他工作内容请一并完成。',
  ].join('\n');

  it('reads each numbered row, its group’s number glued before the first, its state of progress left out', () => {
    const plan = parsePlanText(list);
    expect(plan.tasks.map((t) => [t.number, t.text])).toEqual([
      ['1.1', '编制旅游区总体规划，并发布实施。'],
      ['1.2.1', '设计、发布景区代表性图形。'],
      ['1.2.2', '新增旅游区交通专用标识。'],
      ['1.3', '指导成立旅游区管委会。'],
      ['2.1', '宣传物料：手绘地图'],
      ['2.2', '宣传物料：宣传折页'],
      ['3.1', '坛南湾景区标识系统完善。'],
      ['3.2', '游客中心建设。'],
    ]);
  });

  it('gives rows printed without units or a time limit those of the row above (merged cells)', () => {
    const plan = parsePlanText(list);
    expect(plan.tasks.map((t) => t.assignments.map((a) => a.unit).join())).toEqual([
      '区旅发委',
      '区旅发委',
      '区旅发委',
      '区旅发委',
      '旅游区管委会',
      '旅游区管委会',
      '区旅游集团有限公司',
      '区旅游集团有限公司',
    ]);
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind)).slice(4)).toEqual([
      '2017-08-20',
      '2017-08-20',
      '2017-08-20',
      '2017-08-20',
    ]);
    expect(plan.truncated ?? false).toBe(false);
  });

  it('reads groups numbered past 9, their numbers glued before their first rows (`1010.1…`)', () => {
    const groups = Array.from({ length: 11 }, (_, g) => `${g + 1}${g + 1}.1做好第${g + 1}组工作。 已完成市财政局`);
    const plan = parsePlanText(`2017年工作清单\n序号工作任务应完成时限完成情况责任单位${groups.join('')}`);
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 11 }, (_, g) => `${g + 1}.1`));
  });
});

describe('glued tables without 序号, their rows numbered again under each group heading', () => {
  it('reads each row of each group with its units and time limit (`（一）…1…2…（二）…1…`)', () => {
    const plan = parsePlanText(
      [
        '县级公立医院综合改革实施方案（2015年）',
        '附件：县级公立医院综合改革一览表县级公立医院综合改革一览表主线项目主要内容责任单位完成时限（一）合理配置医疗资源，打好“强基层”基础1科学编制卫生事业发展规划①科学编制卫生事业发展规划。②调整医疗机构设置规划。医改办、社会事业局、经济发展局2015年6月2加快医疗资源建设①加快协和医院建设。社会事业局、经济发展局常年（二）建立科学补偿机制，落实政府办医责任1实行药品零差率从2015年1月1日起全面取消药品加成。社会事业局、财政金融局2015年12月',
      ].join('\n'),
    );
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.assignments.map((a) => a.unit).join('、'),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['1', '医改办、社会事业局、经济发展局', '2015-06-30'],
      ['2', '社会事业局、经济发展局', 'continuous'],
      ['1', '社会事业局、财政金融局', '2015-12-31'],
    ]);
  });
});

describe('unglueCards', () => {
  const texts = (input: string) => unglueCards(splitLines(input), input).map((l) => l.text);

  it('rewrites a task card glued into one run as its work followed by its units and time limit', () => {
    expect(
      texts(
        '现将有关事项通知如下：专项名称示范点建设分管领导曹承代牵头单位食品处配合单位各分局工作任务开展示范点建设工作（详见附件）时间安排通知下发之日起至2017年12月注意事项请按时报送。',
      ),
    ).toEqual([
      '现将有关事项通知如下：',
      '开展示范点建设工作（详见附件）',
      '牵头单位：食品处',
      '配合单位：各分局',
      '完成时限：通知下发之日起至2017年12月',
      '时间安排通知下发之日起至2017年12月注意事项请按时报送。',
    ]);
  });

  it('gives each numbered item of the work the card’s units, also on the lines after the card’s', () => {
    expect(
      texts(
        '专项名称特种设备安全综合治理分管领导高建武牵头单位质监处配合单位稽查支队、各分局工作任务（一）开展动员宣传活动。摸清底数。\n（二）督促落实企业安全主体责任。开展自查。\n（三）加强风险排查（责任单位：各分局）。时间安排自2017年1月开始至2019年11月，分三个阶段进行。',
      ),
    ).toEqual([
      '（一）开展动员宣传活动。摸清底数。',
      '牵头单位：质监处',
      '配合单位：稽查支队、各分局',
      '完成时限：自2017年1月开始至2019年11月',
      '（二）督促落实企业安全主体责任。开展自查。',
      '牵头单位：质监处',
      '配合单位：稽查支队、各分局',
      '完成时限：自2017年1月开始至2019年11月',
      '（三）加强风险排查（责任单位：各分局）。',
      // (An item naming its own units keeps them, and takes the card's time limit.)
      '完成时限：自2017年1月开始至2019年11月',
      '时间安排自2017年1月开始至2019年11月，分三个阶段进行。',
    ]);
  });

  it('leaves prose naming 牵头单位 and 工作任务 alone', () => {
    const input = '各牵头单位要落实牵头主抓责任，各责任单位要抓好各项工作任务落实。';
    expect(texts(input)).toEqual([input]);
  });
});

describe('a glued table of measures numbered without `、`', () => {
  it('reads `1加强组织领导每季度（9月18日、12月18日）政法综治处2…` as rows, each with its time limit and units', () => {
    const plan = parsePlanText(
      '消防宣传教育工作任务清单 序号工作任务工作举措完成时限责任单位1加强组织领导每季度常态化总结工作情况，相关材料及时报送区消安委办。每季度（9月18日、12月18日）政法综治处2运用微信小程序联合消防部门组织各村（居）学习使用手册。长期各村（居）3成立片区消防宣讲站落实场地、制度、人员配备等规范性建设。8月20日政法综治处4组建宣讲队建立一支不少于3人的宣讲站队伍，配备2—3名宣导员。长期政法综治处',
      { year: 2023 },
    );
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      // (The bracket's dates are read as the time limit, the later one.)
      ['1', ['政法综治处'], '2023-12-18'],
      ['2', ['各村（居）'], 'continuous'],
      ['3', ['政法综治处'], '2023-08-20'],
      ['4', ['政法综治处'], 'continuous'],
    ]);
  });
});

describe('glued tables with columns of people beside the unit column', () => {
  // 平潭 市场监督管理局 2016 主要任务责任分解表, as its page glued it (shortened).
  const duties = [
    '附件区市场监督管理局2016年主要任务责任分解表 序号项目内容责任领导责任处室责任人完成时间',
    '1区知识产权试点企业培育，实现我区省知识产权优势企业零的突破王 浩知识产权处叶龙海2016年12月',
    '2引导知识产权服务机构入驻平潭，建立知识产权服务工作站2016年12月',
    '3建立健全网络商品交易监管机制王 浩江裕森曹承代市场规范处稽查支队消保处叶 峰陈功琳张祖明2016年12月',
    '4推行“六合一”案管系统江裕森法规处陈 榕2016年3月',
    '5建立投诉举报指挥中心通信平台消保处张祖明2016年9月序号项目内容责任领导责任处室责任人完成时间',
    '6食品经营三证合一江裕森 曹承代行政许可处食品处林本勇陈国清2016年6月',
    '7自来水价格改革，建立3家平价商店物价处黄剑峰2016年6月',
    '8开展大型超市规范经营行为工作市场规范处食品处各分局叶 峰陈国清2016年12月',
  ].join('');

  it('reads the units between the names, and a row without a unit cell under the row above', () => {
    const plan = parsePlanText(duties);
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['1', ['知识产权处'], '2016-12-31'],
      ['2', ['知识产权处'], '2016-12-31'],
      ['3', ['市场规范处', '稽查支队', '消保处'], '2016-12-31'],
      ['4', ['法规处'], '2016-03-31'],
      // (No name before the units: the unit another row names.)
      ['5', ['消保处'], '2016-09-30'],
      ['6', ['行政许可处', '食品处'], '2016-06-30'],
      // (Neither: the names after the list mark where it ends.)
      ['7', ['物价处'], '2016-06-30'],
      // (`规范经营` opens like the name 范经营: the units another row names win over it.)
      ['8', ['市场规范处', '食品处', '各分局'], '2016-12-31'],
    ]);
    // The names are no part of the task text, and the reprinted header is no part of a row.
    expect(plan.tasks[2]?.text).toBe('建立健全网络商品交易监管机制');
    expect(plan.tasks[3]?.text).toBe('推行“六合一”案管系统');
    expect(plan.tasks.map((t) => t.text).join('')).not.toContain('序号');
  });

  it('reads a remark column’s time as the time limit, and titles alone as rows under the row above', () => {
    const plan = parsePlanText(
      '序号普法内容责任领导责任处室备注1《中华人民共和国水污染防治法》黄吉甫水生态环境处2021年2《福建省海洋环境保护条例》3《排污许可管理办法》（试行）魏文何大气环境处2021年4《建设项目环境保护管理条例》5福建省实施《中华人民共和国野生动物保护法》办法6《福建省沿海防护林条例》',
    );
    expect(plan.tasks.map((t) => [t.text, t.assignments.map((a) => a.unit)])).toEqual([
      ['《中华人民共和国水污染防治法》', ['水生态环境处']],
      ['《福建省海洋环境保护条例》', ['水生态环境处']],
      ['《排污许可管理办法》（试行）', ['大气环境处']],
      ['《建设项目环境保护管理条例》', ['大气环境处']],
      ['福建省实施《中华人民共和国野生动物保护法》办法', ['大气环境处']],
      ['《福建省沿海防护林条例》', ['大气环境处']],
    ]);
    expect(plan.tasks[0]?.deadline).toMatchObject({ kind: 'date', by: '2021-12-31' });
  });

  it('reads two columns of people before the units, names of two characters padded with a blank', () => {
    const plan = parsePlanText(
      '附件 海坛片区今冬明春重点行业领域安全检查分工表 序号行业领域分管领导处室负责人责任处室备注1消防安全薛理杰林辉宁政法综治处　2旅游文体周训岚薛 海社会事业处　3民房安全李 平张 杰交通与建设处含危紧房改造4非煤矿山林述佳施友发资源生态处　',
    );
    expect(plan.tasks.map((t) => [t.text, t.assignments.map((a) => a.unit)])).toEqual([
      ['消防安全', ['政法综治处']],
      ['旅游文体', ['社会事业处']],
      ['民房安全', ['交通与建设处']],
      ['非煤矿山', ['资源生态处']],
    ]);
  });

  it('gives up on text that never reads as such rows in time linear in its length', () => {
    const junk = (n: number) => `序号工作任务责任领导责任单位责任人完成时限1${'王林江市场规范处2项目'.repeat(n)}`;
    const time = (text: string) => {
      const start = performance.now();
      parsePlanText(text);
      return performance.now() - start;
    };
    time(junk(500));
    const small = time(junk(2_000));
    const large = time(junk(16_000));
    expect(large).toBeLessThan(Math.max(small, 5) * 8 * 4);
  });
});

describe('glued tables whose unit cells were merged over several rows', () => {
  it('gives a row of whole sentences without units of its own the units of the row above', () => {
    // 金井片区 探访关爱服务职责任务清单, as its page glued it (shortened).
    const plan = parsePlanText(
      '序号主要任务责任单位1负责属地特殊困难老年人信息摸排工作。各村居联合党委2牵头制定探访关爱服务实施方案，负责统筹协调。社会事业处3指导养老服务机构开展探访关爱服务。4将探访关爱服务纳入社工站服务内容。5将探访关爱作为新时代文明实践中心服务工作重要内容。党群工作处6组织动员在校学生参与探访关爱。党群工作处',
    );
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => a.unit)])).toEqual([
      ['1', ['各村居联合党委']],
      ['2', ['社会事业处']],
      ['3', ['社会事业处']],
      ['4', ['社会事业处']],
      ['5', ['党群工作处']],
      ['6', ['党群工作处']],
    ]);
  });
});

describe('task cards whose 时间安排 is a schedule of stages', () => {
  it('gives each task the end of the last stage, also to an item that names its own units', () => {
    // 平潭 市场监督管理局 合同违法行为专项整治 card, as its page glued it (shortened).
    const plan = parsePlanText(
      [
        '专项名称合同违法行为专项整治分管领导江裕森牵头单位市场规范管理处配合单位稽查支队、各分局工作任务（一）查处利用格式条款侵害消费者权益的违法行为。（二）查处合同欺诈行为。（责任单位：稽查支队）',
        '时间安排 1.部署准备阶段（4月15日——4月30日）。明确工作重点。2.查处整治阶段（5月1日—10月31日）。加强执法办案。3.总结阶段（12月1日—12月5日）。汇总到市场规范管理处。注意事项（一）提高思想认识。',
      ].join('\n'),
      { year: 2017 },
    );
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.assignments.map((a) => `${a.role}:${a.unit}`),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['一', ['lead:市场规范管理处', 'cooperate:稽查支队', 'cooperate:各分局'], '2017-12-05'],
      ['二', ['responsible:稽查支队'], '2017-12-05'],
    ]);
  });
});

describe('a glued 普法责任清单 whose unit column is followed by a person and remarks', () => {
  // (As the portal printed it: the header's short words padded with a blank, no bar between cells.)
  const text = [
    '2017年普法责任清单',
    '序 号法律法规名称责任单位联系人宣传方式备 注1中华人民共和国行政许可法行政许可处林本勇宣传小册、法律讲座、专题学习会议等 2中华人民共和国行政处罚法政策法规处陈 榕宣传小册、专题学习会议等 3价格违法行为行政处罚规定物价处严品华宣传小册、政府门户网站等 4个体工商户条例行政许可处林本勇宣传小册、展板等 5中华人民共和国拍卖法市场规范处叶 峰LED、流动宣传车等 6信访条例消费者权益保障处张祖明展板、政府门户网站',
  ].join('\n');

  it('reads each row’s law as its task and the office after the law’s title as its unit, not the person', () => {
    const plan = parsePlanText(text, { year: 2017 });
    expect(plan.tasks.map((t) => [t.number, t.text, t.assignments.map((a) => a.unit)])).toEqual([
      ['1', '中华人民共和国行政许可法', ['行政许可处']],
      ['2', '中华人民共和国行政处罚法', ['政策法规处']],
      ['3', '价格违法行为行政处罚规定', ['物价处']],
      ['4', '个体工商户条例', ['行政许可处']],
      ['5', '中华人民共和国拍卖法', ['市场规范处']],
      ['6', '信访条例', ['消费者权益保障处']],
    ]);
  });
});

describe('a glued table of short phrases, each with its units and no sentence', () => {
  const text = [
    '附件相关工作牵头处室分解表序号配合工作牵头处室1十三五规划办公室2台商直通车办公室3防汛抗旱办公室4文明城市创建办公室、机关党委5综治考评法规处6平安建设法规处7梳理、研究法律政策法规处8市场准入负面清单行政许可处9民间投资行政许可处10商事登记制度行政许可处、信用信息处111+X专项督查信用信息处12信用体系建设信用信息处13文明单位创建机关党委 附件下载',
  ].join('\n');

  it('reads each row’s units as the ending most rows share (`法规处`, not `政策法规处`), the header’s 配合工作 its task', () => {
    const plan = parsePlanText(text, { year: 2016 });
    expect(plan.tasks.map((t) => [t.number, t.text, t.assignments.map((a) => `${a.role}:${a.unit}`)])).toEqual([
      ['1', '十三五规划', ['lead:办公室']],
      ['2', '台商直通车', ['lead:办公室']],
      ['3', '防汛抗旱', ['lead:办公室']],
      ['4', '文明城市创建', ['lead:办公室', 'lead:机关党委']],
      ['5', '综治考评', ['lead:法规处']],
      ['6', '平安建设', ['lead:法规处']],
      ['7', '梳理、研究法律政策', ['lead:法规处']],
      ['8', '市场准入负面清单', ['lead:行政许可处']],
      ['9', '民间投资', ['lead:行政许可处']],
      ['10', '商事登记制度', ['lead:行政许可处', 'lead:信用信息处']],
      ['11', '1+X专项督查', ['lead:信用信息处']],
      ['12', '信用体系建设', ['lead:信用信息处']],
      ['13', '文明单位创建', ['lead:机关党委']],
    ]);
  });
});

describe('a glued table whose rows go on from an earlier table’s numbers', () => {
  it('reads rows numbered from 98, each closed by its units, under a header padded with blanks', () => {
    const text =
      '附件 督查发现问题汇总表 序号存 在 问 题整改责任单位98 坛西大道辅道项目（总投资10.86亿元）。计划2016年1月开工，开工尚无时间表。 岚城片区开发管理局、区交通投资发展有限公司99 流水食品加工园基础设施项目（总投资20亿元），计划2015年11月开工。何时开工无法确定 。流水片区开发管理局、区规划局100 粮食园区项目（总投资1.7亿元），计划2015年11月开工。现场仍是一片菜地，开工日期无法确定。流水片区管理局、区农发局';
    const plan = parsePlanText(text, { year: 2016 });
    expect(plan.tasks.map((t) => [t.number, t.assignments.map((a) => a.unit)])).toEqual([
      ['98', ['岚城片区开发管理局', '区交通投资发展有限公司']],
      ['99', ['流水片区开发管理局', '区规划局']],
      ['100', ['流水片区管理局', '区农发局']],
    ]);
  });
});

describe('a glued task card naming the units that carry its work out', () => {
  it('reads `牵头单位食品处责任单位各分局` as a lead and the units responsible', () => {
    const text = [
      '平潭综合实验区市场监督管理局关于开展“小餐饮”食品安全专项整治工作的通知',
      '各分局：经研究，决定在全区范围内开展“小餐饮”食品安全专项整治工作。现将有关事项通知如下：专项名称“小餐饮”食品安全专项整治分管领导高建武牵头单位食品处责任单位各分局工作任务开展“小餐饮”食品安全专项整治工作 （详见附件）时间安排通知下发之日起至2017年12月注意事项 本次专项整治要加强组织领导。落实反馈 请各分局上报阶段小结。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2017 });
    expect(plan.tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:食品处', 'responsible:各分局'],
    ]);
  });
});

describe('a glued task card whose items each open with one of its units', () => {
  it('gives each such item its own unit (lead where it leads), not every unit of the card', () => {
    const text = [
      '关于开展保健品市场乱象专项整治行动的通知',
      '各处室、各分局：经研究，决定开展保健品市场乱象专项整治行动。专项名称保健品市场乱象专项整治行动分管领导林培杰牵头单位食品监督管理处配合单位市场规范管理处、稽查支队、各分局 工作任务 （一）市场规范管理处牵头开展保健品广告事中事后监管，依法查处；（二）稽查支队加大对违法广告的查处力度；（三）食品监督管理处负责牵头开展“五进”宣传活动；（四）加强部门协作，形成工作合力。 时间安排（一）集中整治阶段（2018年11月19日—12月31日）集中开展隐患整治。工作要求 加强组织领导。',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2018 });
    expect(plan.tasks.slice(0, 4).map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`))).toEqual([
      ['lead:市场规范管理处'],
      ['responsible:稽查支队'],
      ['lead:食品监督管理处'],
      ['lead:食品监督管理处', 'cooperate:市场规范管理处', 'cooperate:稽查支队', 'cooperate:各分局'],
    ]);
  });
});

describe('a glued inspection schedule whose unit cell stands before its rows', () => {
  it('gives each row the group cell printed last before it, its text after its class, its quarter as its time', () => {
    const text = [
      '附件3 2019年特种设备日常监督检查使用单位计划表',
      '责任片区序号重点类型使用单位单位/分支机构地址设备种类数量检查时间备注 流水分局1乙类福建省岚顺食品加工股份有限公司流水镇松南村后池路电梯、锅炉45第四季度 2非重点福建省平潭县粮食收储有限公司 流水镇松南村粮食园区一期电梯1第二季度 澳前分局 澳前分局 澳前分局3甲类 福建中辉文化旅游发展有限公司（海坛古城）磹角底场（厂)内机动车、电梯28第三季度 部分设备在福建同元文化古镇旅游开发有限公司名下4乙类陈孝财（宝岛医院）西航路宝岛医院电梯1第一季度',
    ].join('\n');
    const plan = parsePlanText(text, { year: 2019 });
    expect(
      plan.tasks.map((t) => [
        t.number,
        t.text.slice(0, 10),
        t.assignments.map((a) => a.unit),
        t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind,
      ]),
    ).toEqual([
      ['1', '福建省岚顺食品加工股', ['流水分局'], '2019-12-31'],
      ['2', '福建省平潭县粮食收储', ['流水分局'], '2019-06-30'],
      ['3', '福建中辉文化旅游发展', ['澳前分局'], '2019-09-30'],
      ['4', '陈孝财（宝岛医院）西', ['澳前分局'], '2019-03-31'],
    ]);
  });
});
