import { describe, expect, it } from 'vitest';
import { seedCheck } from '../test/fixtures/check-results.js';
import { buildReport } from './model.js';
import { formatLocation, headingNumber, overdueTable, reportChapters, truncationNote } from './tables.js';

describe('headingNumber', () => {
  it('numbers headings as official documents do', () => {
    expect(headingNumber(1, 0, 'zh')).toBe('一、');
    expect(headingNumber(1, 10, 'zh')).toBe('十一、');
    expect(headingNumber(2, 2, 'zh')).toBe('（三）');
    expect(headingNumber(1, 0, 'en')).toBe('1. ');
  });
});

describe('formatLocation', () => {
  it('names file, sheet, row and column', () => {
    expect(formatLocation({ file: '砀山县台账.xlsx', sheet: 'Sheet1', row: 6, column: 'E' }, 'zh')).toBe(
      '砀山县台账.xlsx · Sheet1 · 第6行 · E列',
    );
    expect(formatLocation({ path: ['entries', 3] }, 'en')).toBe('entries.3');
    expect(formatLocation(undefined, 'zh')).toBe('');
  });
});

describe('reportChapters', () => {
  const { plan, result } = seedCheck();
  const report = buildReport(plan, result);

  it('lays out nine chapters in a fixed order', () => {
    expect(reportChapters(report).map((c) => c.key)).toEqual([
      'summary',
      'sections',
      'units',
      'timeline',
      'overdue',
      'dueSoon',
      'missingLedgers',
      'recurring',
      'findings',
    ]);
  });

  it('cuts long lists and says how many there are in all', () => {
    const table = overdueTable(report, 3);
    expect(table.rows).toHaveLength(3);
    expect(table.total).toBe(report.overdue.length);
    expect(truncationNote(table, 'zh')).toBe(`仅列出前3项，共${report.overdue.length}项；完整清单见 XLSX 报告。`);
    expect(truncationNote(overdueTable(report), 'zh')).toBeNull();
  });

  it('never cuts the per-unit table', () => {
    const units = reportChapters(report, 1).find((c) => c.key === 'units');
    expect(units?.blocks[0]?.table.rows).toHaveLength(report.units.length);
  });
});
