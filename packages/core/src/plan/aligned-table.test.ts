import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wideHeaderAt } from './aligned-table.js';
import { parsePlanText } from './parse-plan-text.js';
import { blankRunEnds } from './table-stream.js';
import { splitLines } from './text-lines.js';

// Rows of the 易涝点 project table of 莆政办〔2021〕70号 as its page prints them: one cell per line,
// no separators, the 类型 cell merged over a group, a second measure inside row 2 with its own
// amount, time limit and units, a 合计 row, and the header repeated on the next page.
const projects = [
  '附件',
  '2021年城区重点易涝点整治概况表',
  '序',
  '号',
  '类型',
  '所在',
  '县区',
  '涝灾点名称',
  '受涝程度',
  '致涝原因',
  '解决方案',
  '投资估算（万元）',
  '完成时限',
  '牵头单位',
  '责任单位',
  '合计',
  '共24处，其中河道整治9处、桥涵改造3处、市政排水12处。',
  '11810',
  '1',
  '河道整治',
  '荔城区',
  '后卓片区',
  '后卓和洞湖片区，最大深度50cm',
  '324国道后卓溪17号桥桥涵净宽及已整治河道宽度40m，桥涵上下游500米束窄严重，仅8m。',
  '卡口河段516m河道按设计河宽拓宽护砌。',
  '500',
  '2022年12月',
  '市水利局',
  '荔城区政府',
  '2',
  '荔城区',
  '城港大道新度镇下坂段',
  '城港大道新度下坂段，最深积水达0.7m',
  '红山水库泄洪，泄洪通道淤积严重，加重内涝。',
  '①对莆永高速通往市慈康医院桥涵道路排水系统进行改造。',
  '150',
  '2022年4月',
  '市城市管理局',
  '荔城区政府',
  '②',
  '对红山水库泄洪通道1.58km拓宽固岸建设至南渠。',
  '1000',
  '2022年12月',
  '市水利局',
  '荔城区政府',
  '序号',
  '类型',
  '所在县区',
  '涝灾点名称',
  '受涝程度',
  '致涝原因',
  '解决方案',
  '投资估算（万元）',
  '完成时限',
  '牵头单位',
  '责任单位',
  '3',
  '荔城区',
  '西洪桥兜片区',
  '最大深度70cm',
  '桥兜水闸上游淤积，影响排水。',
  '河道清淤疏通4km。',
  '600',
  '2022年4月',
  '市水利局',
  '荔城区政府',
].join('\n');

// The target table of 莆政办〔2023〕16号: 单位 is the indicator's measure, the numbers are values,
// and the group number and 指标类型 are printed on the group's first row only.
const indicators = [
  '序号',
  '指标类型',
  '指标名称',
  '单位',
  '到',
  '2022年数值',
  '2025年',
  '目标值',
  '牵头',
  '部门',
  '1',
  '创新投入',
  '全社会研究与试验发展（',
  'R&D）经费投入强度',
  '%',
  '1.72',
  '2',
  '市科技局',
  '规模以上工业企业中有研发活动企业占比',
  '%',
  '25',
  '45',
  '市科技局',
  '2',
  '平台创新',
  '国家工程研究中心',
  '家',
  '0',
  '1',
  '市发改委',
  '省级企业技术中心',
  '家',
  '47',
  '60',
  '市工信局',
  '附件2',
].join('\n');

const units = (text: string) =>
  parsePlanText(text).tasks.map((t) => t.assignments.map((a) => `${a.role}:${a.unit}`).join(' '));

describe('wide tables printed one cell per line (project and indicator tables)', () => {
  it('reads each measure of a project table as a task with its own units and time limit', () => {
    const plan = parsePlanText(projects);
    expect(plan.tasks.map((t) => t.text.split('：').slice(0, 3).join('：'))).toEqual([
      '河道整治：荔城区：后卓片区',
      '荔城区：城港大道新度镇下坂段：城港大道新度下坂段，最深积水达0.7m；红山水库泄洪，泄洪通道淤积严重，加重内涝。；①对莆永高速通往市慈康医院桥涵道路排水系统进行改造。',
      '②：对红山水库泄洪通道1.58km拓宽固岸建设至南渠。',
      '荔城区：西洪桥兜片区：最大深度70cm；桥兜水闸上游淤积，影响排水。；河道清淤疏通4km。',
    ]);
    expect(units(projects)).toEqual([
      'lead:市水利局 responsible:荔城区政府',
      'lead:市城市管理局 responsible:荔城区政府',
      'lead:市水利局 responsible:荔城区政府',
      'lead:市水利局 responsible:荔城区政府',
    ]);
    expect(plan.tasks.map((t) => (t.deadline.kind === 'date' ? t.deadline.by : t.deadline.kind))).toEqual([
      '2022-12-31',
      '2022-04-30',
      '2022-12-31',
      '2022-04-30',
    ]);
    // The amounts (`500`, `150`) start no row, the 合计 row is no task, the repeated header no row.
    // The second measure goes by its row's number.
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '2-2', '3']);
  });

  it('reads an indicator table: each indicator is a task of its 牵头部门, the measure column no unit', () => {
    const plan = parsePlanText(indicators);
    expect(plan.tasks.map((t) => t.text.replace(/：/gu, ''))).toEqual([
      '创新投入全社会研究与试验发展（R&D）经费投入强度',
      '规模以上工业企业中有研发活动企业占比',
      '平台创新国家工程研究中心',
      '省级企业技术中心',
    ]);
    expect(units(indicators)).toEqual(['lead:市科技局', 'lead:市科技局', 'lead:市发改委', 'lead:市工信局']);
  });

  it('takes the units of the row above for a numbered row printed without them (a merged cell)', () => {
    const text = projects.replace('600\n2022年4月\n市水利局\n荔城区政府', '600\n2022年4月');
    expect(units(text).at(-1)).toBe('lead:市水利局 responsible:荔城区政府');
  });

  it('finds the header only where it starts with 序号 and names a unit column and words no list knows', () => {
    const header = (text: string) => {
      const lines = splitLines(text);
      return wideHeaderAt(lines, 0, blankRunEnds(lines));
    };
    expect(header(projects.slice(projects.indexOf('序')))?.words).toEqual([
      '序号',
      '类型',
      '所在县区',
      '涝灾点名称',
      '受涝程度',
      '致涝原因',
      '解决方案',
      '投资估算（万元）',
      '完成时限',
      '牵头单位',
      '责任单位',
    ]);
    expect(header(indicators)?.shapes).toEqual(['number', 'label', 'text', 'value', 'value', 'value', 'units']);
    // No unit column: no plan table.
    expect(header('序号\n指标类型\n指标名称\n单位\n目标值\n1\n创新投入')).toBeUndefined();
    // Every word a known header word: the cell stream reads it.
    expect(header('序号\n工作任务\n具体要求\n牵头单位\n责任单位\n1\n任务')).toBeUndefined();
    // Not followed by a row: no header.
    expect(header('序号\n类型\n涝灾点名称\n致涝原因\n解决方案\n牵头单位\n责任单位\n说明如下：')).toBeUndefined();
    // Only an owner or supervisor column (`策划单位`, `监督单位`), aligned as units but giving no role: no plan table.
    expect(header('序号\n项目名称\n所属辖区\n策划单位\n建设内容及规模\n1\n智慧医疗项目')).toBeUndefined();
    expect(header('序号\n项目名称\n所属辖区\n策划单位\n牵头部门\n建设内容及规模\n1\n智慧医疗项目')?.kinds).toEqual([
      'number',
      'task',
      'other',
      'other',
      'lead',
      'detail',
    ]);
  });

  it('never throws and keeps every task it reads whole, on any mix of the table lines', () => {
    const pieces = [...projects.split('\n'), ...indicators.split('\n'), '', '一', '2017年', '5月底前', '、', '，'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (chosen) => {
        const text = `${projects.split('\n').slice(2, 15).join('\n')}\n${chosen.join('\n')}`;
        const plan = parsePlanText(text);
        for (const task of plan.tasks) expect(task.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
