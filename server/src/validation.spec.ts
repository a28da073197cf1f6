import { describe, expect, it } from 'vitest';
import { hasControlCharacters } from './validation.js';

describe('control characters', () => {
  it('finds NUL and the other controls, but not tabs, line breaks or any script', () => {
    for (const bad of ['bad\u0000', '\u0007', 'a\u001bb', '\u007f', '\u0085'])
      expect(hasControlCharacters(bad)).toBe(true);
    for (const fine of ['暖气不热，室温 12 度', 'line one\nline two\r\n\tindented', 'Ünïcödé — “quotes”', ''])
      expect(hasControlCharacters(fine)).toBe(false);
  });
});
