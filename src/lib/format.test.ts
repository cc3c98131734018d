import { describe, expect, it } from 'vitest';
import { numberInWords } from './format';

describe('numberInWords', () => {
  it('writes counts up to ten as words and larger ones as figures', () => {
    expect([0, 1, 6, 10, 11, 23].map(numberInWords)).toEqual(['no', 'one', 'six', 'ten', '11', '23']);
  });
});
