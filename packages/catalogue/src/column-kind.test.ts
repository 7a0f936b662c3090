import { describe, expect, it } from 'vitest';
import { inferColumnKind } from './column-kind.js';

describe('inferColumnKind', () => {
  it.each([
    ['工作动态', 'dynamic'],
    ['通知公告', 'notice'],
    ['政策文件', 'policy'],
    ['政策解读', 'interpretation'],
    ['机构职能', 'static'],
    ['政府信息公开指南', 'guide'],
    ['政府信息公开制度', 'system'],
    ['政府信息公开年报', 'annual-report'],
    ['法定主动公开内容', 'group'],
    ['财政预决算', 'other'],
  ] as const)('infers %s as %s', (name, kind) => {
    expect(inferColumnKind(name)).toBe(kind);
  });
});
