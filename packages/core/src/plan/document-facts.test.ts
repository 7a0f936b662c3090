import { describe, expect, it } from 'vitest';
import { readDocumentFacts, readPrintedDate } from './document-facts.js';
import { splitLines } from './text-lines.js';

describe('readPrintedDate', () => {
  it('reads dates as plans print them', () => {
    expect(readPrintedDate('2024年5月21日')).toEqual({ date: '2024-05-21', ambiguous: false });
    expect(readPrintedDate('2024-05-24')).toEqual({ date: '2024-05-24', ambiguous: false });
    expect(readPrintedDate('二〇二四年五月二十一日')).toEqual({ date: '2024-05-21', ambiguous: false });
    expect(readPrintedDate('20240521')).toEqual({ date: '2024-05-21', ambiguous: false });
  });

  it('reads a date whose separators were lost, and says it guessed', () => {
    expect(readPrintedDate('2024521')).toEqual({ date: '2024-05-21', ambiguous: true });
    expect(readPrintedDate('2024111')).toEqual({ date: '2024-01-11', ambiguous: true });
    expect(readPrintedDate('2024-13-40')).toBeUndefined();
    expect(readPrintedDate('宿州市')).toBeUndefined();
  });
});

describe('readDocumentFacts', () => {
  it('reads spaced and clipped portal header keys (文  号, 号 for 索引号)', () => {
    const lines = splitLines(
      [
        '號(hào): 003187229/202405-00047 信息分類: 工作推進(jìn)',
        '文  號(hào): 宿政務(wù)辦〔2024〕1號(hào) 性: 有效',
        '發(fā)布機(jī)構(gòu): 宿州市政府辦公室',
      ].join('\n'),
    );
    const facts = readDocumentFacts(lines, lines.length);
    expect([facts.indexNo, facts.docNumber, facts.publisher]).toEqual([
      '003187229/202405-00047',
      '宿政务办〔2024〕1号',
      '宿州市政府办公室',
    ]);
  });

  it('takes the title from the notice when the plan has no title line of its own', () => {
    const lines = splitLines(
      '某市政务公开办公室关于印发2024年某市政务公开工作要点的通知\n现将《2024年某市政务公开工作要点》印发给你们。',
    );
    const facts = readDocumentFacts(lines, lines.length);
    expect(facts.title).toBe('2024年某市政务公开工作要点');
    expect(facts.issuer).toBe('某市政务公开办公室');
  });

  it('reads a portal header copied as pipe cells without colons', () => {
    const lines = splitLines(
      [
        '索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |',
        '公开范围 | 面向社会 | 公开时限 | 长期公开 |',
        '发布单位 | 区政府 | 发文日期 | 2022-07-14 |',
        '序号 | 实事项目 | 责任单位 |',
      ].join('\n'),
    );
    const facts = readDocumentFacts(lines, 3);
    expect([facts.indexNo, facts.publisher, facts.published]).toEqual(['000330185/2022-83945', '区政府', '2022-07-14']);
    expect([...facts.headerLines].sort()).toEqual([0, 1, 2]);
  });

  it('reads a law database header whose keys stand in black brackets', () => {
    const lines = splitLines(
      [
        '【发布部门】某省高级法院【发文字号】某法[2021]12号【发布日期】2021.06.02【效力级别】地方司法文件',
        '一、总体要求',
      ].join('\n'),
    );
    const facts = readDocumentFacts(lines, 1);
    expect([facts.publisher, facts.docNumber, facts.published]).toEqual([
      '某省高级法院',
      '某法〔2021〕12号',
      '2021-06-02',
    ]);
    expect(facts.headerLines.has(0)).toBe(true);
  });
});
