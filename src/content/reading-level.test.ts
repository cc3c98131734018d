import { describe, expect, it } from 'vitest';
import { readingGrade } from './reading-level';

describe('readingGrade', () => {
  it('rates short plain sentences low and long dense ones high', () => {
    const plain = readingGrade('Who said this? Can you check it? Look for a name. Look for a date.');
    const dense = readingGrade(
      'Notwithstanding considerable methodological disagreement, institutional investigations substantiating extraordinary allegations necessitate independent corroboration originating from unaffiliated organizations.',
    );
    expect(plain.grade).toBeLessThan(4);
    expect(dense.grade).toBeGreaterThan(16);
    expect(plain.sentences).toBe(4);
  });

  it('counts nothing in empty prose', () => {
    expect(readingGrade('  ')).toEqual({ grade: 0, sentences: 0, words: 0 });
  });
});
