import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  looksLikeAgencyList,
  looksLikeSurnamedPerson,
  looksLikeUnit,
  looksLikeUnitList,
  roleWordAtEnd,
  splitCleanUnits,
  splitUnits,
  unitTailStart,
} from './units.js';

const names = (text: string) => splitUnits(text).units.map((u) => u.unit);

describe('splitUnits', () => {
  it('splits on 、，,；; and strips role words', () => {
    expect(names('县区政府、市政府部门负责落实')).toEqual(['县区政府', '市政府部门']);
    expect(names('市教育局,市民政局;市财政局牵头')).toEqual(['市教育局', '市民政局', '市财政局']);
  });

  it('never splits inside brackets and keeps bracketed names whole', () => {
    expect(names('各县（市、区）政府、市财政局(国资委)')).toEqual(['各县（市、区）政府', '市财政局（国资委）']);
  });

  it('splits on 和 / 及 only between two whole units', () => {
    expect(names('市人力资源和社会保障局')).toEqual(['市人力资源和社会保障局']);
    expect(names('市住房和城乡建设局及各县区政府')).toEqual(['市住房和城乡建设局', '各县区政府']);
    expect(names('市委宣传部和市委网信办')).toEqual(['市委宣传部', '市委网信办']);
  });

  it('records 等有关部门 / 等 as an open list instead of a unit', () => {
    expect(splitUnits('市农业农村局、市数据资源局等有关部门')).toEqual({
      units: [
        { unit: '市农业农村局', raw: '市农业农村局' },
        { unit: '市数据资源局', raw: '市数据资源局' },
      ],
      etAl: true,
    });
    expect(splitUnits('财政所、土管所等').etAl).toBe(true);
    expect(splitUnits('财政所、土管所').etAl).toBe(false);
  });

  it('reads traditional script and full-width forms into normalised names, keeping the printed text', () => {
    expect(splitUnits('縣區政府、市財政局(國資委)').units).toEqual([
      { unit: '县区政府', raw: '縣區政府' },
      { unit: '市财政局（国资委）', raw: '市財政局(國資委)' },
    ]);
  });

  it('never throws and returns names without separators for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const u of splitUnits(text).units) expect(u.unit).not.toMatch(/^[、，；]|[、，；]$/u);
      }),
    );
  });
});

describe('looksLikeUnit', () => {
  it('tells unit names from task text', () => {
    expect(looksLikeUnit('市公共资源交易监管局')).toBe(true);
    expect(looksLikeUnit('各县（市、区）政府')).toBe(true);
    expect(looksLikeUnit('全区经济运行各专班')).toBe(true);
    expect(looksLikeUnit('及时公开政策举措')).toBe(false);
    expect(looksLikeUnit('让政务服务像网购一样便捷市数据资源局')).toBe(false);
  });

  it('reads a level (`省级`, `国家级`) as no unit', () => {
    expect(looksLikeUnit('省级')).toBe(false);
    expect(looksLikeUnit('国家级')).toBe(false);
    expect(looksLikeUnit('市级文物行政部门')).toBe(true);
  });
});

describe('unitTailStart', () => {
  it('cuts a unit off task text glued before it (a lost bracket)', () => {
    const text = '让政务服务像网购一样便捷市数据资源局';
    expect(text.slice(unitTailStart(text))).toBe('市数据资源局');
    expect(unitTailStart('推进政务公开')).toBe(-1);
  });

  it('prefers a name the document already used', () => {
    const text = '方便群众办事区政务服务中心';
    expect(text.slice(unitTailStart(text, new Set(['区政务服务中心'])))).toBe('区政务服务中心');
  });
});

describe('splitUnits on names and lists first seen in the held-out plans', () => {
  it('reads names that begin with 应急 as units (应 alone marks a sentence)', () => {
    expect(looksLikeUnit('应急管理科')).toBe(true);
    expect(looksLikeUnit('应及时公开')).toBe(false);
    expect(names('应急管理科、安全生产科等按职责分工落实')).toEqual(['应急管理科', '安全生产科']);
  });

  it('strips `按职责落实` after the units as their role word', () => {
    expect(names('局各处室按职责落实')).toEqual(['局各处室']);
    expect(names('局安监处、运管处按职责落实')).toEqual(['局安监处', '运管处']);
  });

  it('drops a bare collective noun that continues the name before it (部门、单位)', () => {
    expect(names('县直有关部门、单位，各乡镇人民政府')).toEqual(['县直有关部门', '各乡镇人民政府']);
  });
});

describe('splitUnits on a list closed by a square bracket', () => {
  it('drops the closing bracket of the list from its last unit but keeps a unit’s own brackets', () => {
    expect(names('区应急指挥部成员单位、各社区（园区）]')).toEqual(['区应急指挥部成员单位', '各社区（园区）']);
    expect(names('区财政局】')).toEqual(['区财政局']);
    expect(names('市财政局（国资委）')).toEqual(['市财政局（国资委）']);
  });
});

describe('splitUnits on 和 inside a bracket', () => {
  it('keeps a bracketed second name with 和 in it whole', () => {
    expect(names('县商务局（县粮食和物资储备局）、县发改委')).toEqual(['县商务局（县粮食和物资储备局）', '县发改委']);
    expect(names('县教育局和县卫健局')).toEqual(['县教育局', '县卫健局']);
  });
});

describe('splitUnits on a bracketed note stating the lead rule', () => {
  it('drops the note and keeps the unit', () => {
    expect(names('区发改局（首位单位为牵头单位，下同）、区财政局')).toEqual(['区发改局', '区财政局']);
  });
});

describe('splitUnits on open lists named at length, and names with 信息 and 和 in them', () => {
  it('ends the list at 等 before a long collective (等公共企事业单位行业主管部门)', () => {
    const list = splitUnits('区教育局、区卫生健康委、区房管局等公共企事业单位行业主管部门');
    expect(list.units.map((u) => u.unit)).toEqual(['区教育局', '区卫生健康委', '区房管局']);
    expect(list.etAl).toBe(true);
  });

  it('reads 信息产业厅 and 信息技术中心 as units', () => {
    expect(names('省信息产业厅、市信息技术中心')).toEqual(['省信息产业厅', '市信息技术中心']);
  });

  it('keeps a bare organ after 和 with the place before it', () => {
    expect(names('各县（市、区）党委和人民政府、高新区党工委和管委会')).toEqual([
      '各县（市、区）党委和人民政府',
      '高新区党工委和管委会',
    ]);
  });

  it('reads no unit in a sentence about what is built', () => {
    expect(looksLikeUnit('建成投用桥墩镇')).toBe(false);
    expect(looksLikeUnit('灵溪镇观美等3家中心敬老院')).toBe(false);
    expect(looksLikeUnit('市直26个试点领域业务主管部门')).toBe(true);
  });
});

describe('splitCleanUnits on text the parser cleaned', () => {
  it('gives the units splitUnits gives for simplified text', () => {
    const text = '县区政府，市财政局（国资委）、市农业农村局等有关部门负责落实';
    expect(splitCleanUnits(text)).toEqual(splitUnits(text));
  });
});

describe('splitUnits on names a table cell broke over two lines', () => {
  it('joins `省食品药品 监管局` and a bracket on the second line, and keeps whole units apart', () => {
    expect(names('省食品药品 监管局')).toEqual(['省食品药品监管局']);
    expect(names('省编办 （省审改办）')).toEqual(['省编办（省审改办）']);
    expect(names('安监站 安监所')).toEqual(['安监站', '安监所']);
  });
});

describe('splitUnits on 和 inside an agency name', () => {
  it('keeps `省文化广电和旅游厅` and `市自然资源和规划局` whole, and splits two placed units', () => {
    expect(names('省商务厅、省文化广电和旅游厅')).toEqual(['省商务厅', '省文化广电和旅游厅']);
    expect(names('市自然资源和规划局')).toEqual(['市自然资源和规划局']);
    expect(names('县教育局和县卫健局')).toEqual(['县教育局', '县卫健局']);
  });
});

describe('splitUnits on units printed with nothing between them', () => {
  it('splits `区发改局区统计局` where the second name starts with its place', () => {
    expect(names('区发改局区统计局')).toEqual(['区发改局', '区统计局']);
    expect(names('市自然资源和规划局')).toEqual(['市自然资源和规划局']);
    expect(names('区住房和城乡建设局')).toEqual(['区住房和城乡建设局']);
  });
});

describe('splitUnits on offices glued without a place word', () => {
  it('splits `文化宣传股文化馆` and `派出所工商质监所`, and keeps `市公安局交通管理局` whole', () => {
    expect(names('文化宣传股文化馆')).toEqual(['文化宣传股', '文化馆']);
    expect(names('派出所工商质监所')).toEqual(['派出所', '工商质监所']);
    expect(names('市公安局交通管理局')).toEqual(['市公安局交通管理局']);
  });
});

describe('splitUnits on levels listed under one 各 with no organ after them', () => {
  it('keeps `各园区、乡（镇）` whole, as one collective of two levels', () => {
    expect(names('县直各部门，各园区、乡（镇）')).toEqual(['县直各部门', '各园区、乡（镇）']);
  });

  it('still splits a level from a unit with a name of its own', () => {
    expect(names('各乡镇、街道')).toEqual(['各乡镇', '街道']);
    expect(names('各开发区、市公安局')).toEqual(['各开发区', '市公安局']);
  });
});

describe('looksLikeUnit on offices named for a policy', () => {
  it('reads 产业政策科 and 政策法规处 as units, and a policy sentence as none', () => {
    expect(looksLikeUnit('产业政策科')).toBe(true);
    expect(looksLikeUnit('政策法规处')).toBe(true);
    expect(looksLikeUnit('落实惠企政策')).toBe(false);
  });
});

describe('splitUnits on collectives glued together', () => {
  it('splits two collectives that each have their own 各', () => {
    expect(names('各乡镇各有关部门')).toEqual(['各乡镇', '各有关部门']);
    expect(names('县直各单位各乡镇')).toEqual(['县直各单位', '各乡镇']);
  });

  it('keeps the departments of a government whole', () => {
    expect(names('市政府各部门')).toEqual(['市政府各部门']);
  });
});

describe('splitUnits on collectives of county-level cities', () => {
  it('keeps 各区、县级市 and 各有关区、县级市（政府） whole', () => {
    expect(names('市民政局，各区、县级市')).toEqual(['市民政局', '各区、县级市']);
    expect(names('各区、县级市政府')).toEqual(['各区、县级市政府']);
    expect(names('各有关区、县级市（政府）')).toEqual(['各有关区、县级市（政府）']);
  });
});

describe('splitUnits on names a PDF copy broke with spaces', () => {
  it('joins a name broken before its last character or before a separator', () => {
    expect(names('市 住建局 、资源规划 局、 大数据局')).toEqual(['市住建局', '资源规划局', '大数据局']);
    expect(names('街道办事处 、伏羲 山管委 会')).toEqual(['街道办事处', '伏羲山管委会']);
  });
});

describe('splitUnits on offices and bodies named together', () => {
  it('splits a bureau’s offices from its own units, and keeps a body being set up whole', () => {
    expect(names('机关各相关处室局属各相关单位')).toEqual(['机关各相关处室', '局属各相关单位']);
    expect(names('社会事业处、综合执法队筹建组')).toEqual(['社会事业处', '综合执法队筹建组']);
  });

  it('drops a note saying where the list is', () => {
    expect(names('市政府办公室、市有关单位（见附件1，下同）')).toEqual(['市政府办公室', '市有关单位']);
  });
});

describe('splitUnits on a bracket whose closer was lost', () => {
  it('splits the list after a bracket never closed, and closes a name’s own bracket at the end', () => {
    expect(names('市商务局（市粮食和物资储备局；市农业农村局')).toEqual([
      '市商务局（市粮食和物资储备局）',
      '市农业农村局',
    ]);
    expect(names('发改局（服务业发展局')).toEqual(['发改局（服务业发展局）']);
    // A closed bracket still holds its separators.
    expect(names('各县（市、区）政府、市财政局')).toEqual(['各县（市、区）政府', '市财政局']);
  });
});

describe('names the table-form copies of the corpus showed unread', () => {
  it('reads 政协办 as the CPPCC office, not as 协办', () => {
    expect(names('市政协办')).toEqual(['市政协办']);
  });

  it('reads a name holding a quotation, and short organs whose names open like an action', () => {
    expect(looksLikeUnit('市“两新”组织党工委')).toBe(true);
    expect(looksLikeUnit('省“互联网+政务服务”联席办')).toBe(true);
    expect(looksLikeUnit('建设局')).toBe(true);
    expect(looksLikeUnit('组织部')).toBe(true);
    expect(looksLikeUnit('建设城市公园')).toBe(false);
    // A numbered item is no name.
    expect(looksLikeUnit('（10）推广拿地')).toBe(false);
    // (A heading numbered `2.1` in a table of contents is no name.)
    expect(looksLikeUnit('2.1森林防火指挥机构')).toBe(false);
    // (Nor a name cut after its conjunction.)
    expect(looksLikeUnit('各县（区、管委会）海洋与')).toBe(false);
    expect(looksLikeUnit('功能板块')).toBe(true);
    expect(looksLikeUnit('市科协')).toBe(true);
    expect(looksLikeUnit('各项目牵头单位')).toBe(true);
  });
});

describe('splitUnits on levels listed before the organ they share', () => {
  it('joins levels that go down or stay (各县、市、区人民政府), not a level above a collective (各镇（街）、县公安局)', () => {
    const units = (text: string) => names(text);
    expect(units('各县、市、区人民政府')).toEqual(['各县、市、区人民政府']);
    expect(units('各市（州）、县（市、区）政府')).toEqual(['各市（州）、县（市、区）政府']);
    expect(units('各镇（街）、县公安局')).toEqual(['各镇（街）', '县公安局']);
  });

  it('reads places and offices whose names hold sentence words as units', () => {
    for (const name of ['和平区政府', '和田地区行署', '将乐县政府', '让胡路区政府', '新建区住建局', '应县人民政府'])
      expect(names(`${name}负责`)).toEqual([name]);
    expect(looksLikeUnit('市委机要保密局')).toBe(true);
    expect(looksLikeUnit('市委群众工作部')).toBe(true);
    expect(names('和市财政局')).toEqual(['市财政局']);
  });
});

describe('role words first seen in the role-word survey', () => {
  it('reads 主责, 主抓 as lead and 组织实施, 具体实施, 承办 as responsible', () => {
    expect(roleWordAtEnd('市财政局主责')).toEqual({ word: '主责', role: 'lead' });
    expect(roleWordAtEnd('市财政局主抓')).toEqual({ word: '主抓', role: 'lead' });
    expect(roleWordAtEnd('市财政局组织实施')).toEqual({ word: '组织实施', role: 'responsible' });
    expect(roleWordAtEnd('市财政局具体实施')).toEqual({ word: '具体实施', role: 'responsible' });
    expect(roleWordAtEnd('市财政局承办')).toEqual({ word: '承办', role: 'responsible' });
    // Words sentences use are no role words: `以家庭为主`, `给予支持`, `对项目组织实施负总责`.
    expect(roleWordAtEnd('以家庭为主')).toBeUndefined();
    expect(roleWordAtEnd('优先给予支持')).toBeUndefined();
    expect(roleWordAtEnd('对项目组织实施负总责')).toBeUndefined();
  });

  it('drops how a unit takes its part (积极配合, 做好配合, 共同参与) from its name', () => {
    for (const list of ['市审计局积极配合', '市审计局做好配合', '市审计局共同参与', '市审计局密切配合'])
      expect(names(list)).toEqual(['市审计局']);
  });
});

describe('units glued together in a table copied without separators (set 39)', () => {
  it('splits the towns after a bureau, and a unit after a government, but keeps an organ’s own units', () => {
    expect(names('区环土局各乡镇人民政府')).toEqual(['区环土局', '各乡镇人民政府']);
    expect(names('区交建局相关乡镇人民政府')).toEqual(['区交建局', '相关乡镇人民政府']);
    expect(names('相关乡镇人民政府区农发局')).toEqual(['相关乡镇人民政府', '区农发局']);
    for (const whole of [
      '市政府各部门',
      '市政府有关部门',
      '市财政局有关处室',
      '市食安委各有关成员单位',
      '各乡镇及其所辖社区（村）',
      '自然资源所有者权益与开发利用科',
    ])
      expect(names(whole)).toEqual([whole]);
  });
});

describe('collectives glued together in a Pingtan task table flattened onto one line', () => {
  it('splits 各联合党委, 各处室（中心）, 各村（居） and the agency after them, but keeps 各县（市）区政府 whole', () => {
    expect(names('各联合党委各处室（中心）各村（居）区公安局君山支队')).toEqual([
      '各联合党委',
      '各处室（中心）',
      '各村（居）',
      '区公安局君山支队',
    ]);
    expect(names('各县（市）区政府')).toEqual(['各县（市）区政府']);
  });
});

describe('a unit and its own bodies joined by 及其', () => {
  it('keeps `X及其执法机构` whole, but splits a government from its agency and `X及其他…`', () => {
    for (const whole of ['各县（区、管委会）海洋与渔业行政主管部门及其执法机构', '各级残疾人工作委员会及其成员单位'])
      expect(names(whole)).toEqual([whole]);
    expect(names('涵江区政府及其水务局')).toEqual(['涵江区政府', '水务局']);
    expect(names('市交通运输局及其他相关部门')).toEqual(['市交通运输局', '其他相关部门']);
  });
});

describe('unit names are short', () => {
  it('reads no text of more than 100 characters as one unit name, whatever its brackets hold', () => {
    const bracket = `（${'市、区、'.repeat(30)}）`;
    expect(looksLikeUnit(`各县${bracket}政府`)).toBe(false);
    expect(looksLikeUnit('各县（市、区）政府')).toBe(true);
  });
});

describe('unit names a copy glued without separators', () => {
  it('cuts a run of organ names into its names, and keeps a name that reads as one unit whole', () => {
    expect(
      splitCleanUnits('区交建局各片区项目建设指挥部各乡镇人民政府综合执法局农发局爱卫办市政园林公司').units.map(
        (u) => u.unit,
      ),
    ).toEqual(['区交建局', '各片区项目建设指挥部', '各乡镇人民政府', '综合执法局', '农发局', '爱卫办', '市政园林公司']);
    expect(splitCleanUnits('市场规范处稽查支队食品处药械处消保处信用信息处').units.map((u) => u.unit)).toEqual([
      '市场规范处',
      '稽查支队',
      '食品处',
      '药械处',
      '消保处',
      '信用信息处',
    ]);
    expect(splitCleanUnits('平潭综合实验区自然资源与生态环境局').units.map((u) => u.unit)).toEqual([
      '平潭综合实验区自然资源与生态环境局',
    ]);
    expect(looksLikeUnitList('加强组织领导工作')).toBe(false);
  });
});

describe('unit names with numbered detachments and long names joined by 及', () => {
  it('keeps a numbered detachment with the name before it', () => {
    expect(splitCleanUnits('农业农村处、海洋与渔业执法支队一大队、各村委会').units.map((u) => u.unit)).toEqual([
      '农业农村处',
      '海洋与渔业执法支队一大队',
      '各村委会',
    ]);
    expect(splitCleanUnits('区海洋与渔业执法支队第三大队').units.map((u) => u.unit)).toEqual([
      '区海洋与渔业执法支队第三大队',
    ]);
  });

  it('keeps the field of a collective’s departments whole (`各县（区、管委会）海洋与渔业行政主管部门`)', () => {
    expect(splitCleanUnits('资源环保科、各县（区、管委会）海洋与渔业行政主管部门').units.map((u) => u.unit)).toEqual([
      '资源环保科',
      '各县（区、管委会）海洋与渔业行政主管部门',
    ]);
  });

  it('reads no unit in a heading that ends in 格局 or 布局 (`构建全社会共同应急格局`)', () => {
    expect(looksLikeUnit('构建全社会共同应急格局')).toBe(false);
    expect(looksLikeUnit('优化产业布局')).toBe(false);
    expect(looksLikeUnit('市应急局')).toBe(true);
  });

  it('reads units joined by 及 as a list where the whole is too long for one name, but not people', () => {
    expect(looksLikeUnitList('市“无废城市”建设工作领导小组成员单位及相关部门')).toBe(true);
    expect(looksLikeUnitList('市局及各县市（区）局监管执法相关人员')).toBe(false);
  });
});

describe('splitUnits on offices glued before a collective of branches', () => {
  it('cuts `市场规范处食品处各分局` into the offices and the branches, and keeps `市政府各部门` whole', () => {
    expect(names('市场规范处食品处各分局')).toEqual(['市场规范处', '食品处', '各分局']);
    expect(names('市政府各部门')).toEqual(['市政府各部门']);
  });
});

describe('a title’s annotation in a bracket is no unit', () => {
  it('reads `试行`, `暂行`, `征求意见稿` and `修订` as no unit, a bracket holding one as no clause', () => {
    for (const note of ['试行', '暂行', '征求意见稿', '修订', '送审稿']) expect(looksLikeUnit(note)).toBe(false);
    expect(looksLikeUnit('区试行办')).toBe(true);
  });
});

describe('names first seen in the twenty-first session’s held-out plans', () => {
  it('takes no heading about every county for a unit, though it opens with 各', () => {
    expect(looksLikeUnit('各县区民生工程实施进度综合排名')).toBe(false);
    expect(looksLikeUnit('各县区')).toBe(true);
    expect(looksLikeUnit('各有关单位')).toBe(true);
  });

  it('drops a mark before a name and 根据需要 before 配合', () => {
    expect(names('▲发改局,各部门')).toEqual(['发改局', '各部门']);
    expect(splitUnits('★区发改委、统计局').units.map((u) => u.raw)).toEqual(['★区发改委', '统计局']);
    expect(names('质监处、药械处根据需要配合')).toEqual(['质监处', '药械处']);
  });

  it('keeps a bureau’s own office whose name opens with 市场 whole', () => {
    expect(names('区市场监督管理局市场规范管理处')).toEqual(['区市场监督管理局市场规范管理处']);
    expect(names('区财政局区市场监管局')).toEqual(['区财政局', '区市场监管局']);
  });
});

describe('splitUnits on a spaced-out person label after the units', () => {
  it('keeps no one-character unit but an organ’s', () => {
    expect(names('金井片区资源生态处 责 任 人')).toEqual(['金井片区资源生态处']);
    expect(names('局、市城投公司')).toEqual(['局', '市城投公司']);
  });
});

describe('splitUnits on a list closed by 等部门 before one more name (`市铁办等部门及高速公司`)', () => {
  it('ends the list at 等部门 and reads the name after 及 as a unit of its own', () => {
    expect(names('交通运输、公安、市铁办等部门及高速公司')).toEqual(['交通运输', '公安', '市铁办', '高速公司']);
    expect(splitUnits('交通运输、公安、市铁办等部门及高速公司').etAl).toBe(true);
  });

  it('still keeps one agency named with 和 after a place (`市自然资源和规划局`)', () => {
    expect(names('市自然资源和规划局、市财政局')).toEqual(['市自然资源和规划局', '市财政局']);
  });
});

describe('units first seen in the twenty-fourth session’s held-out plans', () => {
  it('keeps `市、县（区）人社局` whole: the bureaus of both levels, as the list names nothing else', () => {
    expect(names('市、县（区）人社局')).toEqual(['市、县（区）人社局']);
    expect(names('市、县（区、管委会）人社局')).toEqual(['市、县（区、管委会）人社局']);
    // (A level before a unit of another kind still goes: `市、区财政局、市发改委`.)
    expect(names('市、区财政局、市发改委')).toEqual(['区财政局', '市发改委']);
  });

  it('reads a bank’s branch, a military subarea and a forecast station (台) as agencies', () => {
    expect(looksLikeAgencyList('人民银行莆田市中心支行')).toBe(true);
    expect(looksLikeAgencyList('莆田军分区')).toBe(true);
    expect(looksLikeAgencyList('莆田海洋预报台')).toBe(true);
  });

  it('reads `配合抓落实`, `牵头抓落实`, `牵头负责抓落实` and `负责对接` as role words', () => {
    expect(roleWordAtEnd('市编办、市财政局配合抓落实')).toEqual({ word: '配合抓落实', role: 'cooperate' });
    expect(roleWordAtEnd('市语委办牵头抓落实')).toEqual({ word: '牵头抓落实', role: 'lead' });
    expect(roleWordAtEnd('市教育局牵头负责抓落实')).toEqual({ word: '牵头负责抓落实', role: 'lead' });
    expect(roleWordAtEnd('由交通与建设处负责对接')).toEqual({ word: '负责对接', role: 'responsible' });
  });
});

describe('units first seen in the twenty-fifth session’s held-out plans', () => {
  it('parts a government from the unit 及 or 和 joins to it (`县（市）政府及开发区管委会`)', () => {
    expect(names('县（市）政府及开发区管委会')).toEqual(['县（市）政府', '开发区管委会']);
    expect(names('市政府和高新区管委会')).toEqual(['市政府', '高新区管委会']);
    // (A bare organ after 和 is still the same place's: `各县（市、区）党委和人民政府`.)
    expect(names('各县（市、区）党委和人民政府')).toEqual(['各县（市、区）党委和人民政府']);
  });

  it('keeps the levels before their organ one collective where 及 joins another unit to it', () => {
    expect(names('市财政局，各区、县（市）政府及开发区管委会')).toEqual([
      '市财政局',
      '各区、县（市）政府',
      '开发区管委会',
    ]);
    expect(names('各县、市、区人民政府和高新区管委会')).toEqual(['各县、市、区人民政府', '高新区管委会']);
  });

  it('reads `县直、驻县有关单位` as one unit: the bodies under the county share the noun after them', () => {
    expect(names('各乡镇人民政府，县政府各部门，县直、驻县有关单位')).toEqual([
      '各乡镇人民政府',
      '县政府各部门',
      '县直、驻县有关单位',
    ]);
  });

  it('reads `做好服务与配合工作` as cooperating, and `市银监` (a regulator with its place) as a unit', () => {
    expect(roleWordAtEnd('市文广局做好服务与配合工作')).toEqual({ word: '做好服务与配合工作', role: 'cooperate' });
    expect(looksLikeUnit('市银监')).toBe(true);
    // (Alone, `银监`, `保监` are kinds of department in a list: `银监、保监等部门`.)
    expect(looksLikeUnit('保监')).toBe(false);
  });

  it('reads no unit in leaders leading a team (`市局和支队领导带队`)', () => {
    expect(looksLikeUnit('市局和支队领导带队')).toBe(false);
  });
});

describe('looksLikeUnit, twenty-sixth session', () => {
  it('reads what a unit must have (`有市语言文字工作委员会`) as no unit, and keeps `有关部门`', () => {
    expect(looksLikeUnit('有市语言文字工作委员会')).toBe(false);
    expect(looksLikeUnit('有关部门')).toBe(true);
    expect(looksLikeUnit('有色金属工业局')).toBe(true);
  });
});

describe('unit names, twenty-sixth session', () => {
  it('drops the work a unit is given in its bracket (`执法支队（20个工作日）`), keeping its other name', () => {
    expect(splitCleanUnits('执法支队（20个工作日）、监管三科（120个工作日）').units.map((u) => u.unit)).toEqual([
      '执法支队',
      '监管三科',
    ]);
    expect(splitCleanUnits('市财政局（国资委）').units.map((u) => u.unit)).toEqual(['市财政局（国资委）']);
  });

  it('takes a person only by a common surname (`徐  平`), not a word broken onto its line (`服务`)', () => {
    expect(looksLikeSurnamedPerson('徐  平')).toBe(true);
    expect(looksLikeSurnamedPerson('欧阳波')).toBe(true);
    expect(looksLikeSurnamedPerson('服务')).toBe(false);
    expect(looksLikeSurnamedPerson('市财政局')).toBe(false);
  });
});
