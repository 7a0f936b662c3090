import { describe, expect, it } from 'vitest';
import { breakDutyParagraphs, colonSpacedDuties, dutyLines, gluedCells, taskText } from './loose-shapes.js';
import { readNumbering } from './outline.js';
import { splitLines } from './text-lines.js';

describe('taskText', () => {
  it('joins lines, drops a 工作任务 label, an opening bullet and stray punctuation at the ends', () => {
    expect(taskText('工作任务：公开预算，\n及时更新。')).toBe('公开预算，及时更新。');
    expect(taskText('，、加强解读；')).toBe('加强解读');
    expect(taskText('● 清理楼道杂物。')).toBe('清理楼道杂物。');
  });
});

describe('gluedCells', () => {
  it('finds units and a time limit glued after the last full stop', () => {
    const found = gluedCells('1.推进文件库建设。政策法规科，办公室常态化开展', 0);
    expect(found?.at).toBe(10);
    expect(found?.reading.assignments.map((a) => a.unit)).toEqual(['政策法规科', '办公室']);
    expect(found?.reading.deadline).toBe('常态化开展');
  });

  it('reads offices alone after the last full stop, as a table without a time column glues them', () => {
    expect(gluedCells('1.推进文件库建设。政策法规科，办公室', 0)?.reading.assignments.map((a) => a.unit)).toEqual([
      '政策法规科',
      '办公室',
    ]);
  });

  it('reads collectives whose names a bracket ends (`各村（居）`) and glued agencies alone after the last full stop', () => {
    expect(
      gluedCells(
        '一、严格落实必查要求，建立两个清单。各联合党委各处室（中心）各村（居）区公安局君山支队',
        0,
      )?.reading.assignments.map((a) => a.unit),
    ).toEqual(['各联合党委', '各处室（中心）', '各村（居）', '区公安局君山支队']);
  });

  it('finds nothing without a time limit where the units are no offices, without units, or far from the full stop', () => {
    expect(gluedCells('1.推进文件库建设。各县区', 0)).toBeUndefined();
    expect(gluedCells('1.推进文件库建设。各地要加快进度年底前', 0)).toBeUndefined();
    expect(gluedCells(`1.推进文件库建设。${'很长的说明'.repeat(20)}办公室常态化开展`, 0)).toBeUndefined();
  });
});

describe('dutyLines', () => {
  const read = (text: string) => {
    const lines = splitLines(text);
    const duties = dutyLines(
      lines,
      lines.map(() => false),
      lines.map((l) => readNumbering(l.text)),
    );
    return [...duties.values()].map((d) => [d.text, d.reading.assignments.map((a) => `${a.role}:${a.unit}`)]);
  };

  it('reads numbered duties whose number stands alone on its line (`1.` / `市公安局、消防支队负责…`)', () => {
    // (Each duty is listed at its number's line and at its text's.)
    const text =
      '1.\n市公安局、消防支队负责事故信息的收集、汇总。\n2.\n市卫生局负责组织救护车辆和医疗队伍。\n3.\n市民政局负责伤亡人员家属的安抚工作。';
    const lines = splitLines(text);
    const duties = dutyLines(
      lines,
      lines.map(() => false),
      lines.map((l) => readNumbering(l.text)),
    );
    expect([...duties.keys()]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(
      [...new Set(duties.values())].map((d) => [d.number, d.text, d.reading.assignments.map((a) => a.unit)]),
    ).toEqual([
      ['1', '市公安局、消防支队负责事故信息的收集、汇总。', ['市公安局', '消防支队']],
      ['2', '市卫生局负责组织救护车辆和医疗队伍。', ['市卫生局']],
      ['3', '市民政局负责伤亡人员家属的安抚工作。', ['市民政局']],
    ]);
  });

  it('reads runs of three or more `X负责…` lines, blank lines between them allowed', () => {
    expect(read('省教育厅负责人才培养。\n\n省民政厅负责机构登记。\n团省委牵头开展宣传教育。')).toEqual([
      ['省教育厅负责人才培养。', ['responsible:省教育厅']],
      ['省民政厅负责机构登记。', ['responsible:省民政厅']],
      ['团省委牵头开展宣传教育。', ['lead:团省委']],
    ]);
  });

  it('reads `水利部门：` / `负责督促…。`, the duty on the line below its unit, in a plan naming units no other way', () => {
    const list =
      '水利部门：\n负责督促加强汛期病险水库的巡查。\n教育部门：\n负责中小学校舍的隐患排查。\n财政部门：\n负责地质灾害防治经费的预算管理。';
    // (Each duty is listed at both its lines.)
    expect(read(list).filter((_, k) => k % 2 === 0)).toEqual([
      ['负责督促加强汛期病险水库的巡查。', ['responsible:水利部门']],
      ['负责中小学校舍的隐患排查。', ['responsible:教育部门']],
      ['负责地质灾害防治经费的预算管理。', ['responsible:财政部门']],
    ]);
    // (With labels elsewhere, such lines list a leading group's members' duties.)
    expect(read(`1.开展隐患排查。责任单位：市自然资源局\n${list}`)).toEqual([]);
  });

  it('reads colon duties of a trade’s departments and of the police (`公安机关：`), one a line', () => {
    expect(
      read(
        '农业农村部门：突出重点品种，开展监督抽查。\n公安机关：依法打击食品安全违法犯罪。\n市场监管部门：督促农村市场开办者落实主体责任。',
      ),
    ).toEqual([
      ['突出重点品种，开展监督抽查。', ['responsible:农业农村部门']],
      ['依法打击食品安全违法犯罪。', ['responsible:公安机关']],
      ['督促农村市场开办者落实主体责任。', ['responsible:市场监管部门']],
    ]);
  });

  it('reads nothing from two such lines or lines that name no unit', () => {
    expect(read('省教育厅负责人才培养。\n省民政厅负责机构登记。')).toEqual([]);
    expect(read('1.省教育厅负责人才培养。\n2.省民政厅负责机构登记。')).toEqual([]);
    expect(read('我们负责到底。\n大家负责宣传。\n他们负责落实。')).toEqual([]);
  });

  it('reads a numbered run (`1.县公安局负责…`) with its numbers, the text keeping the unit', () => {
    const lines = splitLines('1.省教育厅负责人才培养。\n2.省民政厅负责机构登记。\n3.团省委负责宣传教育。');
    const duties = dutyLines(
      lines,
      lines.map(() => false),
      lines.map((l) => readNumbering(l.text)),
    );
    expect([...duties.values()].map((d) => [d.number, d.text])).toEqual([
      ['1', '省教育厅负责人才培养。'],
      ['2', '省民政厅负责机构登记。'],
      ['3', '团省委负责宣传教育。'],
    ]);
    // A run does not mix numbered and unnumbered lines.
    expect(read('省教育厅负责人才培养。\n省民政厅负责机构登记。\n1.团省委负责宣传教育。')).toEqual([]);
  });
});

describe('breakDutyParagraphs', () => {
  const paragraph =
    '（四）部门职责。各部门要协同推进河道整治工作。河长办公室负责定期召开部门联席会议。党群工作处负责开展宣传教育工作。资源生态处要加强林区巡查，严禁燃放鞭炮。经济发展处负责做好产业布局，研究制定重大政策。';
  const broken = (text: string) => breakDutyParagraphs(splitLines(text), text).map((l) => l.text);

  it('breaks a paragraph of unnumbered duties before each office that opens one', () => {
    expect(broken(paragraph)).toEqual([
      '（四）部门职责。各部门要协同推进河道整治工作。',
      '河长办公室负责定期召开部门联席会议。',
      '党群工作处负责开展宣传教育工作。',
      '资源生态处要加强林区巡查，严禁燃放鞭炮。',
      '经济发展处负责做好产业布局，研究制定重大政策。',
    ]);
  });

  it('breaks also before a list of offices, and before an office with 要, 协助 or 配合 where two open with 负责', () => {
    expect(
      broken(
        '（二）完善工作机制。各部门要明确分工。区市场监管局负责专项行动的牵头工作。区宣传办负责加强网络内容管理。区公安局要加大刑事打击力度。区通管办协助开展调查取证工作，对严重侵权的网站依法注销ICP备案。',
      ),
    ).toEqual([
      '（二）完善工作机制。各部门要明确分工。',
      '区市场监管局负责专项行动的牵头工作。',
      '区宣传办负责加强网络内容管理。',
      '区公安局要加大刑事打击力度。',
      '区通管办协助开展调查取证工作，对严重侵权的网站依法注销ICP备案。',
    ]);
    expect(
      broken(
        '三、职责分工 各部门要加强协作。区党群工作部、公安局、消防救援支队负责对各自监管领域企业进行检查。区经济发展局负责统计信息的检查。平潭海关负责出口商品生产企业的检查。',
      ).slice(1, 2),
    ).toEqual(['区党群工作部、公安局、消防救援支队负责对各自监管领域企业进行检查。']);
  });

  it('breaks before the first duty right after a heading of duties (`（四） 职责分工 局基础教育处负责…；区医院负责…`)', () => {
    expect(
      broken(
        '（四） 职责分工 局基础教育处负责辖区内学校幼儿园的协调组织工作；区医院负责远视力检查和屈光检测以及学生常见病监测工作；疾控中心负责专业指导、质量控制、数据录入及上报等工作。',
      ),
    ).toEqual([
      '（四） 职责分工',
      '局基础教育处负责辖区内学校幼儿园的协调组织工作；',
      '区医院负责远视力检查和屈光检测以及学生常见病监测工作；',
      '疾控中心负责专业指导、质量控制、数据录入及上报等工作。',
    ]);
  });

  it('breaks before trade departments (`教育部门负责…`) and before two agencies that 共同做好 a duty', () => {
    expect(
      broken(
        '（二）明晰分工，层层压实责任。区社会事业局和区税务局共同做好全区城乡居民医保政策制定等工作；区税务局负责全区医保缴费工作的部署；教育部门负责在校生的参保缴费统计工作；各片区管理局负责复核、汇总辖区参保工作信息。',
      ),
    ).toEqual([
      '（二）明晰分工，层层压实责任。',
      '区社会事业局和区税务局共同做好全区城乡居民医保政策制定等工作；',
      '区税务局负责全区医保缴费工作的部署；',
      '教育部门负责在校生的参保缴费统计工作；',
      '各片区管理局负责复核、汇总辖区参保工作信息。',
    ]);
  });

  it('breaks an item where two offices each take on a duty with 负责 (`X负责…；Y负责…`)', () => {
    expect(
      broken(
        '（二）强化资金监管。区农业农村局负责将补助资金列入年度部门预算，按规定及时兑付；区财政金融局负责做好资金统筹保障工作，确保财政资金发挥预期效益。',
      ),
    ).toEqual([
      '（二）强化资金监管。',
      '区农业农村局负责将补助资金列入年度部门预算，按规定及时兑付；',
      '区财政金融局负责做好资金统筹保障工作，确保财政资金发挥预期效益。',
    ]);
  });

  it('points each piece at the characters it came from', () => {
    const lines = breakDutyParagraphs(splitLines(paragraph), paragraph);
    const second = lines[1];
    expect(second && paragraph.slice(second.start, second.end)).toBe('河长办公室负责定期召开部门联席会议。');
  });

  it('leaves a paragraph alone with fewer than three offices and 负责, or in a plan that labels its units or has a table', () => {
    const two =
      '（四）部门职责。河长办公室负责召开联席会议，协调各部门工作。党群工作处负责开展宣传教育工作。资源生态处要加强巡查。';
    expect(broken(two)).toEqual([two]);
    const labelled = `${paragraph}\n1.开展河道清淤。责任单位：农业农村处`;
    expect(broken(labelled)).toHaveLength(2);
    const table = `${paragraph}\n序号\n工作任务\n责任单位`;
    expect(broken(table)).toHaveLength(4);
  });
});

describe('colonSpacedDuties', () => {
  const text = [
    '市质监局 综合协调和督查全市特种设备安全事故应急救援工作。',
    '市卫生局 组织事故医疗救护工作。',
    '市建设局、市城管局 制订起重机械的应急救援工作制度。',
    '2.3 市特种设备事故应急救援指挥部办公室',
  ].join('\n');

  it('puts a colon after the unit of each line of a run of three or more `X 职责` lines, offsets kept', () => {
    const lines = colonSpacedDuties(splitLines(text));
    expect(lines.map((l) => l.text).slice(0, 3)).toEqual([
      '市质监局：综合协调和督查全市特种设备安全事故应急救援工作。',
      '市卫生局：组织事故医疗救护工作。',
      '市建设局、市城管局：制订起重机械的应急救援工作制度。',
    ]);
    expect(lines[3]?.text).toBe('2.3 市特种设备事故应急救援指挥部办公室');
    expect(lines.map((l) => [l.start, l.end])).toEqual(splitLines(text).map((l) => [l.start, l.end]));
  });

  it('leaves two such lines, rows of units, and rows with more blanks alone', () => {
    const two = text.split('\n').slice(1).join('\n');
    expect(colonSpacedDuties(splitLines(two)).map((l) => l.text)).toEqual(splitLines(two).map((l) => l.text));
    const units = '市教育局 市财政局\n市民政局 市卫健委\n市公安局 市司法局';
    expect(colonSpacedDuties(splitLines(units)).map((l) => l.text)).toEqual(units.split('\n'));
    const cells = '市教育局 推进教育公开 年底前\n市民政局 推进民政公开 年底前\n市公安局 推进公安公开 年底前';
    expect(colonSpacedDuties(splitLines(cells)).map((l) => l.text)).toEqual(cells.split('\n'));
  });
});

describe('duty sentences of companies, and 具体负责', () => {
  it('breaks before a company that 具体负责 a duty, and reads each piece as a duty', () => {
    const text =
      '（二）明确责任分工。省审改办负责全省政务服务工作的指导协调和监督考核。省委编办负责指导权责清单编制工作。省大数据公司具体负责全省一体化政务服务平台建设和运维。';
    const lines = breakDutyParagraphs(splitLines(text), text);
    expect(lines.map((l) => l.text).slice(1)).toEqual([
      '省审改办负责全省政务服务工作的指导协调和监督考核。',
      '省委编办负责指导权责清单编制工作。',
      '省大数据公司具体负责全省一体化政务服务平台建设和运维。',
    ]);
    const duties = dutyLines(
      lines,
      lines.map(() => false),
      lines.map((l) => readNumbering(l.text)),
    );
    expect([...duties.values()].map((d) => d.reading.assignments.map((a) => a.unit))).toEqual([
      ['省审改办'],
      ['省委编办'],
      ['省大数据公司'],
    ]);
  });
});
