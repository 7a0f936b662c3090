import { describe, expect, it } from 'vitest';
import { scheduleDates } from './deadline-text.js';
import { headerKind } from './table.js';
import { blankRunEnds, isHeaderlessRow, mayStartTable, tableHeaderAt } from './table-stream.js';
import { splitLines } from './text-lines.js';

const header = (text: string) => {
  const lines = splitLines(text);
  return tableHeaderAt(lines, 0, blankRunEnds(lines), (at) => headerKind(lines[at]?.text ?? ''));
};

describe('tableHeaderAt', () => {
  it('reads a pipe header, one broken over two lines, and one header word per line', () => {
    expect(header('| 序号 | 工作任务 | 责任单位 | 完成时限 |')?.kinds).toEqual([
      'number',
      'task',
      'responsible',
      'deadline',
    ]);
    expect(header('工作任务 | 具体要求\n| 责任单位 |')).toEqual({ kinds: ['task', 'detail', 'responsible'], next: 2 });
    expect(header('序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n1')).toEqual({
      kinds: ['number', 'task', 'responsible', 'deadline'],
      next: 8,
    });
  });

  it('reads a header printed over two rows, the group cell over its sub-cells, in each printed form', () => {
    const fiveColumns = { kinds: ['number', 'task', 'lead', 'cooperate', 'deadline'], next: 2 };
    expect(header('| 序号 | 工作任务 | 责任单位 | | 完成时限 |\n| | | 牵头单位 | 配合单位 | |')).toEqual(fiveColumns);
    expect(header('| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 牵头单位 | 配合单位 |')).toEqual(fiveColumns);
    expect(header('序号 工作任务 责任单位 完成时限\n牵头单位 配合单位')).toEqual({ ...fiveColumns, spaced: true });
    expect(header('序号\n工作任务\n责任单位\n完成时限\n牵头单位\n配合单位\n1')).toEqual({ ...fiveColumns, next: 6 });
    // A one-row header whose unit columns come last keeps them.
    expect(header('序号\n工作任务\n完成时限\n牵头单位\n配合单位\n1')?.kinds).toEqual([
      'number',
      'task',
      'deadline',
      'lead',
      'cooperate',
    ]);
  });

  it('finds no header in task text or in a header without a unit or deadline column', () => {
    expect(header('1.加强政策解读。（市政府办公室负责）')).toBeUndefined();
    expect(header('| 序号 | 工作任务 |')).toBeUndefined();
  });
});

describe('isHeaderlessRow', () => {
  it('takes bar-separated cells with a unit list and a sentence for a table row', () => {
    expect(
      isHeaderlessRow(
        '4 | 深化政策落实公开 | 12.以贯彻重大决策部署为重点公开政策措施。 | 县级各相关部门、各镇(园区、街道) |',
      ),
    ).toBe(true);
  });

  it('does not take a portal header of labels and values for one', () => {
    expect(isHeaderlessRow('索引号: | 11330424/2023-01 | 发布机构: | 县政府办公室 |')).toBe(false);
  });
});

describe('mayStartTable', () => {
  it('lets through lines with a bar or a header word’s characters only', () => {
    expect(mayStartTable('一级指标')).toBe(true);
    expect(mayStartTable('| a |')).toBe(true);
    expect(mayStartTable('加快推进城市更新改造')).toBe(false);
  });
});

describe('timetable columns', () => {
  it('names a column of measures and their timetable a schedule', () => {
    expect(headerKind('实施计划')).toBe('schedule');
    expect(headerKind('工作举措及实施计划')).toBe('schedule');
    expect(headerKind('推进步骤')).toBe('schedule');
    expect(headerKind('进度安排')).toBe('deadline');
  });

  it('collects the dates a timetable cell names, and none from numbers that are not dates', () => {
    expect(scheduleDates('1.3月底前完成选址；2.6月中旬开工建设，建设8300平方米；3.2023年1月底前投入使用。')).toBe(
      '3月底前，6月中旬，2023年1月底前',
    );
    expect(scheduleDates('第二季度完成招标，年底前建成')).toBe('第二季度，年底前');
    expect(scheduleDates('新增托位500个，覆盖13个乡镇')).toBeUndefined();
  });
});

describe('inspection plans whose unit cells follow a cell naming their role', () => {
  it('names the columns of an inspection plan: 检查主体 holds units, 检查对象数量或比例 neither units nor time', () => {
    expect(headerKind('检查主体')).toBe('responsible');
    expect(headerKind('执法主体')).toBe('responsible');
    expect(headerKind('检查对象数量或比例')).toBe('other');
    // (A subject of a sentence is no column.)
    expect(headerKind('市场主体')).toBeUndefined();
  });
});

describe('columns of how often a row is inspected', () => {
  it('reads `抽查频次` and `检查频率` as neither units nor time (`2次/年` is no time limit)', () => {
    expect(headerKind('抽查频次')).toBe('other');
    expect(headerKind('检查频率')).toBe('other');
  });
});

describe('the task column of a 普法责任清单', () => {
  it('reads `法律法规名称` as the task column: each row is the law to be taught', () => {
    expect(headerKind('法律法规名称')).toBe('task');
    expect(headerKind('法律名称')).toBe('task');
  });
});

describe('a header naming the work cooperated on', () => {
  it('reads `配合工作` as the task column, `配合单位` as units cooperating', () => {
    expect(headerKind('配合工作')).toBe('task');
    expect(headerKind('配合单位')).toBe('cooperate');
  });
});

describe('tableHeaderAt, twenty-sixth session', () => {
  it('reads a project table’s header naming its scale and investment (`建设内容及规模`, `投资额`)', () => {
    expect(header('序号\n项目名称\n建设内容及规模\n泊位\n投资额\n联系电话\n建设年限\n责任单位\n1')?.kinds).toEqual([
      'number',
      'task',
      'detail',
      'detail',
      'other',
      'other',
      'deadline',
      'responsible',
    ]);
  });

  it('reads no plan header in a list of contacts, and a unit column in `单位名称`', () => {
    expect(header('姓  名\n单位名称\n职 务\n联系方式\n分管领导')).toBeUndefined();
    expect(header('单位名称\n序号\n主要任务\n评估形式\n市政府办')?.kinds).toEqual(['units', 'number', 'task', 'other']);
    expect(headerKind('负责事项')).toBe('detail');
  });
});
