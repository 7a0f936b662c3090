import type { CatalogueRule } from '../model.js';
import { type PersonalDataKind, type PersonalDataMatch, scanPersonalData } from '../personal-data.js';

const KIND_LABELS: Record<PersonalDataKind, [string, string]> = {
  'id-card': ['居民身份证号码', 'resident ID number'],
  mobile: ['手机号码', 'mobile number'],
  'bank-card': ['银行卡号', 'bank card number'],
};

const MAX_PER_ENTRY = 20;
const NONE: readonly PersonalDataMatch[] = [];

/**
 * `personal-data`: a resident ID number with a valid GB 11643 check digit and a real birth date, a
 * mobile number (1[3-9] and 9 digits) or a bank card number passing Luhn in an entry's title or
 * body. Landlines, index numbers, document numbers and invalid ID numbers are not flagged. Values
 * are reported masked (`340102********123X`).
 *
 * @category Rules
 * @example
 * ```ts
 * personalData.severity; // 'error'
 * ```
 */
export const personalData: CatalogueRule = {
  id: 'personal-data',
  severity: 'error',
  description: '公开内容含个人信息',
  descriptionEn: 'Personal data in published content',
  create: (ctx) => ({
    entry(e) {
      const inTitle = (e.title.length < 11 ? undefined : scanPersonalData(e.title, ctx.asOf)) ?? NONE;
      const inBody =
        (e.body === undefined || e.body.length < 11 ? undefined : scanPersonalData(e.body, ctx.asOf)) ?? NONE;
      if (inTitle.length === 0 && inBody.length === 0) return;
      const matches = [
        ...inTitle.map((m) => ({ field: 'title' as const, kind: m.kind, masked: m.masked })),
        ...inBody.map((m) => ({ field: 'body' as const, kind: m.kind, masked: m.masked })),
      ];
      for (const m of matches.slice(0, MAX_PER_ENTRY)) {
        const [zh, en] = KIND_LABELS[m.kind];
        ctx.report({
          entry: e,
          message: `${m.field === 'title' ? '标题' : '正文'}含${zh} ${m.masked}`,
          messageEn: `The ${m.field} contains a ${en} ${m.masked}`,
          data: { field: m.field, kind: m.kind, masked: m.masked },
        });
      }
    },
  }),
};
