import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeSpreadsheetCell } from './escape.js';

describe('escapeHtml', () => {
  it('escapes every HTML special character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('leaves Chinese text alone', () => {
    expect(escapeHtml('市数据资源局（牵头）')).toBe('市数据资源局（牵头）');
  });
});

describe('escapeSpreadsheetCell', () => {
  it.each(['=1+1', '+86 555', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd'])('prefixes formula-like text %j', (text) => {
    expect(escapeSpreadsheetCell(text)).toBe(`'${text}`);
  });
  it.each(['已完成', '2024-06-30', 'a=b', ''])('keeps ordinary text %j', (text) => {
    expect(escapeSpreadsheetCell(text)).toBe(text);
  });
});
