import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidResidentId, mayHoldNumber, passesLuhn } from './personal-data.js';

// Check digits worked out by hand from GB 11643 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2).
const VALID_IDS = ['11010519491231002X', '341321198506120039', '341321198506120047'];

describe('isValidResidentId', () => {
  it.each(VALID_IDS)('accepts %s', (id) => expect(isValidResidentId(id)).toBe(true));
  it('accepts a lower-case x', () => expect(isValidResidentId('11010519491231002x')).toBe(true));
  it.each([
    ['a wrong check digit', '341321198506120038'],
    ['a wrong check digit (X)', '34132119850612003X'],
    ['a 13th month', '341321198513120039'],
    ['30 February', '341321198502300039'],
    ['province 99', '991321198506120039'],
    ['17 digits', '34132119850612003'],
  ])('rejects %s', (_, id) => expect(isValidResidentId(id)).toBe(false));
  it('rejects a birth date after asOf', () => {
    expect(isValidResidentId('341321198506120039', '1985-06-11')).toBe(false);
    expect(isValidResidentId('341321198506120039', '1985-06-12')).toBe(true);
  });
});

describe('passesLuhn', () => {
  it('accepts valid card numbers and rejects a changed digit', () => {
    expect(passesLuhn('6222021234567894')).toBe(true);
    expect(passesLuhn('6228480012345678903')).toBe(true);
    expect(passesLuhn('6222021234567895')).toBe(false);
    expect(passesLuhn('4111111111111111')).toBe(true);
  });
});

describe('findPersonalData', () => {
  it('finds an ID number, masked', () => {
    expect(findPersonalData('身份证号码：341321198506120039。')).toEqual([
      { kind: 'id-card', masked: '341321********0039', index: 6 },
    ]);
  });
  it('finds mobile numbers, also in groups', () => {
    expect(findPersonalData('电话13912345678').map((m) => m.masked)).toEqual(['139****5678']);
    expect(findPersonalData('电话 139 1234 5678，或139-1234-5679').map((m) => m.masked)).toEqual([
      '139****5678',
      '139****5679',
    ]);
  });
  it('finds bank card numbers passing Luhn, also in groups of four', () => {
    expect(findPersonalData('账号6222021234567894').map((m) => m.kind)).toEqual(['bank-card']);
    expect(findPersonalData('账号 6228 4800 1234 5678 903').map((m) => m.masked)).toEqual(['6228***********8903']);
  });
  it.each([
    ['a landline', '咨询电话：0557-3021234'],
    ['a landline with area code in brackets', '电话：（0557）3021234'],
    ['a document number', '依据某政办〔2024〕13912345号文件'.replace('13912345', '1')],
    ['an index number (organisation code)', '索引号：003187229/202405-00047'],
    ['an index number (credit code)', '索引号：113708280043326001/2024-02411'],
    ['an index number (credit code with a letter)', '11341702486344515H/202110-00013'],
    ['an invalid ID number', '身份证号码：341321198506120038'],
    ['a mobile number inside a longer digit run', '编号139123456789'],
    ['a card number failing Luhn', '账号6222021234567895'],
    ['a 12-digit number starting 13', '流水号130000000000'],
    ['a date', '2024-12-31'],
    ['amounts', '投资13912345678.50元'.replace('13912345678', '1391234567')],
  ])('does not flag %s', (_, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('never throws and returns matches inside the text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789 -/Xx号〔〕13'.split('')), maxLength: 200 }),
        (text) => {
          const found = findPersonalData(text);
          for (const m of found) expect(m.index).toBeLessThan(text.length);
        },
      ),
    );
  });

  it('runs in linear time on long digit texts', () => {
    const chunk = '1391234567 0557-3021234 6222 0212 3456 ';
    const time = (n: number) => {
      const text = chunk.repeat(n);
      const start = performance.now();
      findPersonalData(text);
      return performance.now() - start;
    };
    time(2_000);
    const small = Math.max(time(5_000), 1);
    const large = time(50_000);
    expect(large / small).toBeLessThan(40);
  });
});

describe('mayHoldNumber (the first test before the scan)', () => {
  const CANDIDATE = /\d(?:\d{10}|[ -]\d{4}[ -]\d)/;
  it('answers as the regular expression it replaces, on texts of digits, separators and words', () => {
    const piece = fc.constantFrom('0', '1', '5', '9', '13812345678', '1234', ' ', '-', '号', 'a', '，', '〔2024〕');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(mayHoldNumber(text)).toBe(CANDIDATE.test(text));
      }),
      { numRuns: 2000 },
    );
  });
  it.each([
    ['an 11-digit run at the start', '13812345678，联系人', true],
    ['an 11-digit run at the end', '电话13812345678', true],
    ['a 10-digit run', '编号1381234567号', false],
    ['a landline', '咨询电话：0551-62601234。', false],
    ['spaced groups', '电话 138 1234 5678', true],
    ['a 4-digit group not touching digits on one side', '第 1234 5号', false],
  ])('%s', (_, text, expected) => expect(mayHoldNumber(text)).toBe(expected));
});
