import { describe, expect, it } from 'vitest';
import { masked, maskName, maskNumbersIn, maskPhone } from './privacy.rules.js';

describe('masking', () => {
  it('masks a mobile number to 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('861****5678');
  });

  it('masks a landline and short numbers without revealing them', () => {
    expect(maskPhone('0532-88361234')).toBe('053****1234');
    expect(maskPhone('12319')).toBe('****19');
    expect(maskPhone('12')).toBe('****');
  });

  it('keeps only the first character of a name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('Li Wei')).toBe('L*****');
    expect(maskName('王')).toBe('王*');
    expect(maskName('')).toBe('');
  });

  it('masks every phone-like number in free text, and leaves ticket numbers and dates alone', () => {
    expect(maskNumbersIn('回电 13812345678 或 138 1234 5678，座机 0532-88361234')).toBe(
      '回电 138****5678 或 138****5678，座机 053****1234',
    );
    expect(maskNumbersIn('+86-138-1234-5678 after 6pm')).toBe('861****5678 after 6pm');
    expect(maskNumbersIn('身份证 37028319800101123X')).toBe('身份证 370****1123');
    expect(maskNumbersIn('工单 20091116-0001，2026-11-29 复查，5 楼 501 室')).toBe(
      '工单 20091116-0001，2026-11-29 复查，5 楼 501 室',
    );
  });

  it('masks numbers however they are written: dashes on either side, dots, brackets, full-width digits', () => {
    for (const [text, masked] of <Array<[string, string]>>[
      ['电话-13812345678', '电话-138****5678'],
      ['13812345678-转801', '138****5678-转801'],
      ['13812345678-13987654321', '138****4321'],
      ['0451-8765-4321', '045****4321'],
      ['(010)1234-5678', '(010****5678'],
      ['010 1234 5678', '010****5678'],
      ['138.1234.5678', '138****5678'],
      ['1381 2345 678', '138****5678'],
      ['１３８１２３４５６７８', '138****5678'],
    ])
      expect(maskNumbersIn(text), text).toBe(masked);
  });

  it('keeps ticket numbers, dates and times that sit beside a number', () => {
    expect(maskNumbersIn('工单20091116-0001于2026-11-29 08:30复查，回电13812345678')).toBe(
      '工单20091116-0001于2026-11-29 08:30复查，回电138****5678',
    );
    expect(maskNumbersIn('室温 12 度，5 楼 501 室，已供热 18 天')).toBe('室温 12 度，5 楼 501 室，已供热 18 天');
  });

  it('shows each kind of personal data its own way', () => {
    expect(masked('name', '张三')).toBe('张*');
    expect(masked('phone', '13812345678')).toBe('138****5678');
    expect(masked('withheld', '501')).toBeNull();
    expect(masked('text', '电话13812345678')).toBe('电话138****5678');
    expect(masked('text', null)).toBeNull();
    expect(masked('withheld', undefined)).toBeNull();
  });
});
