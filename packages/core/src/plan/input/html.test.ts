import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToPlanText, readHtml } from './html.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/inputs');

describe('htmlToPlanText', () => {
  it('puts each block on its own line, breaks lines at <br> and decodes entities', () => {
    const html =
      '<div><h2>一、围绕中心&nbsp;工作</h2><p>1．公开<b>预算</b>\n  信息<br/>（市财政局&#36127;责&amp;落实）</p></div>';
    expect(htmlToPlanText(html)).toBe('一、围绕中心 工作\n1．公开预算 信息\n（市财政局负责&落实）');
  });

  it('drops scripts, styles, navigation and the page header and footer', () => {
    const html = `<html><head><title>标题</title><style>p{color:red}</style></head><body>
      <header>网站首页 无障碍</header><nav>政务公开 | 互动交流</nav>
      <article><header><h1>分工方案</h1></header><p>正文</p><footer>（此件公开发布）</footer></article>
      <script>document.write('广告')</script><aside>相关链接</aside><footer>版权所有</footer></body></html>`;
    expect(htmlToPlanText(html)).toBe('分工方案\n正文\n（此件公开发布）');
  });

  it('drops hidden elements, where spam hides in portal pages', () => {
    const html = `<p>1．公开预算</p><div style="DISPLAY: none">博彩 网址</div><span hidden>隐藏</span>
      <p style="color:red; visibility:hidden">看不见</p><p style="display:block">2．公开决算</p>`;
    expect(htmlToPlanText(html)).toBe('1．公开预算\n2．公开决算');
  });

  it('writes a table as one pipe row per <tr>, joining a cell’s lines with a space and escaping pipes', () => {
    const html = `<table>
      <tr><th>序号</th><th>工作任务</th><th>牵头单位</th></tr>
      <tr><td>1</td><td><p>公开财政预决算。</p><p>细化到项目|经济分类</p></td><td>市财政局<br>市审计局</td></tr>
    </table>`;
    expect(htmlToPlanText(html)).toBe(
      ['| 序号 | 工作任务 | 牵头单位 |', '| 1 | 公开财政预决算。 细化到项目\\|经济分类 | 市财政局 市审计局 |'].join(
        '\n',
      ),
    );
  });

  it('repeats rowspan and colspan cells into every row and column they cover; a full-width cell is a heading line', () => {
    const html = `<table>
      <tr><td colspan="3">一、政策解读</td></tr>
      <tr><td>1</td><td>解读材料同步发布</td><td rowspan="3">市政府办公室</td></tr>
      <tr><td rowspan="2">2</td><td>解读形式多样</td></tr>
      <tr><td>解读案例评选</td></tr>
      <tr><td colspan="2">合计</td><td>3项</td></tr>
    </table>`;
    expect(htmlToPlanText(html).split('\n')).toEqual([
      '一、政策解读',
      '| 1 | 解读材料同步发布 | 市政府办公室 |',
      '| 2 | 解读形式多样 | 市政府办公室 |',
      '| 2 | 解读案例评选 | 市政府办公室 |',
      '| 合计 | 合计 | 3项 |',
    ]);
  });

  it('reads rowspan="0" as reaching the last row and pads short rows', () => {
    const html =
      '<table><tr><td rowspan="0">甲</td><td>1</td><td>x</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>';
    expect(htmlToPlanText(html).split('\n')).toEqual(['| 甲 | 1 | x |', '| 甲 | 2 |  |', '| 甲 | 3 |  |']);
  });

  it('reads a layout table (one holding the real table) as blocks and the inner table as rows', () => {
    const html = `<table><tr><td><div>当前位置：首页</div>
      <table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>公开预算</td></tr></table>
      </td></tr></table>`;
    expect(htmlToPlanText(html).split('\n')).toEqual(['当前位置：首页', '| 序号 | 任务 |', '| 1 | 公开预算 |']);
  });

  it('reads a one-column table as lines, not as a table', () => {
    const html = '<table><tr><td><p>一、主动公开</p><p>1．公开预算（市财政局负责）</p></td></tr></table>';
    expect(htmlToPlanText(html)).toBe('一、主动公开\n1．公开预算（市财政局负责）');
  });

  it('reads broken markup the way a browser would', () => {
    expect(htmlToPlanText('<p>1．公开<b>预算<p>2．公开决算</td></table>')).toBe('1．公开预算\n2．公开决算');
  });

  it('reads the portal page of the seed plan: every task a complete row, no page furniture', () => {
    const text = htmlToPlanText(readFileSync(join(fixtures, 'suzhou-2024-plan.html'), 'utf8'));
    const rows = text.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(27);
    for (const row of rows) expect(row.split(' | ')).toHaveLength(5);
    // 完成时限 of tasks 4 and 5 is one merged cell in the page.
    expect(rows[4]).toMatch(/\| 持续推进 \|$/);
    expect(text).toContain('| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |');
    expect(text).toContain('宿政务办〔2024〕1号');
    for (const furniture of ['无障碍', '互动交流', '版权所有', '_hmt', '不应出现'])
      expect(text).not.toContain(furniture);
  });

  it('never throws, on any string or any mix of markup', () => {
    const token = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('<table>', '</table>', '<tr>', '</tr>', '<td rowspan="3">', '<td colspan="9">', '</td>'),
      fc.constantFrom('<br>', '<p>', '</p>', '<script>', '</script>', '<pre>', '</pre>', '&nbsp;', '&#x', '<!--', '|'),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        expect(typeof htmlToPlanText(tokens.join(''))).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('reads 100 000 nested elements quickly, without overflowing the stack', () => {
    const start = performance.now();
    expect(htmlToPlanText(`${'<div>'.repeat(500)}深处${'</div>'.repeat(500)}`)).toBe('深处');
    // Past a thousand levels the rest is not read, so that the parser stays linear.
    const deep = readHtml(`<p>前文</p>${'<span>'.repeat(100_000)}深处`);
    expect(deep).toEqual({ text: '前文', complete: false });
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('keeps hostile spans from multiplying the output', () => {
    const cell = `<td rowspan="65534" colspan="1000">${'长'.repeat(10_000)}</td>`;
    const html = `<table>${`<tr>${cell}<td>x</td></tr>`.repeat(200)}</table>`;
    const start = performance.now();
    const text = htmlToPlanText(html);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(text.length).toBeLessThan(5 * html.length + 1_000_000);
  });

  it('stops padding short rows once the layout has added as much as the page itself', () => {
    // A cell spanning every row beside a row 1,000 columns wide: each of 50,000 short rows used to
    // be padded to 64 cells, nearly ten times the page.
    const html = `<table><tr><td rowspan="65534">甲</td><td colspan="1000">乙</td></tr>${'<tr><td>1</td></tr>'.repeat(50_000)}</table>`;
    const lines = htmlToPlanText(html).split('\n');
    expect(lines.join('\n').length).toBeLessThan(2 * html.length + 100_000);
    expect(lines).toHaveLength(50_001);
    // The first rows are padded to the table's width; once the budget is spent the rest keep only
    // their own and spanned cells.
    expect(lines[1]).toBe(`| 甲 | 1 |${'  |'.repeat(62)}`);
    expect(lines.at(-1)).toBe('| 甲 | 1 |');
  });

  it('reads a 2 MB page in time proportional to its size', () => {
    const row =
      '<tr><td>1</td><td>聚焦经济发展，及时公开政策举措和进展成效。</td><td>县区政府</td><td>持续推进</td></tr>';
    const html = `<table>${row.repeat(Math.ceil(2_000_000 / row.length))}</table>`;
    const start = performance.now();
    htmlToPlanText(html);
    expect(performance.now() - start).toBeLessThan(4000);
  });
});
