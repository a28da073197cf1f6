import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from './masking.rules.js';

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
});
