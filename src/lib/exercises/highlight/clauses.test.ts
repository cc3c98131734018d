import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseState, clausesOf, toggleClause } from './clauses';
import { tokenize } from './words';

const clauseTexts = (text: string) => {
  const { words, gaps } = tokenize(text);
  return clausesOf(words, gaps).map((c) => words.slice(c.from, c.to).map((w) => w.text).join(' '));
};

describe('clausesOf', () => {
  it('cuts sentences at commas, semicolons and colons, keeping closing quotes with their clause', () => {
    expect(clauseTexts('Many experts agree, “without doubt,” that it happened; others: not so. It did.')).toEqual([
      'Many experts agree,',
      '“without doubt,”',
      'that it happened;',
      'others:',
      'not so.',
      'It did.',
    ]);
  });

  it('starts a clause at a dash standing alone, so the dash opens what follows', () => {
    expect(clauseTexts('The main of them is – how did they allow it.')).toEqual(['The main of them is', '– how did they allow it.']);
  });

  it('ends a clause at a dash joined to its word, and starts one at an opening bracket', () => {
    expect(clauseTexts('He fled— or so they say (according to ANHA) to Turkey.')).toEqual(['He fled—', 'or so they say', '(according to ANHA)', 'to Turkey.']);
  });

  it('keeps a sentence whole when it has no inner punctuation, and "U.S." inside one', () => {
    expect(clauseTexts('The U.S. Treasury named him in 2016. Nothing more')).toEqual(['The U.S. Treasury named him in 2016.', 'Nothing more']);
  });

  it('covers every word once, in order, with no empty clause', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b,', 'c.', '–', '(d', 'e)', 'f;', '“g,”', 'H.', 'i—'), { minLength: 1, maxLength: 40 }), (tokens) => {
        const { words, gaps } = tokenize(tokens.join(' '));
        const clauses = clausesOf(words, gaps);
        expect(clauses[0]!.from).toBe(0);
        expect(clauses.at(-1)!.to).toBe(words.length);
        for (const [k, c] of clauses.entries()) {
          expect(c.to).toBeGreaterThan(c.from);
          if (k > 0) expect(c.from).toBe(clauses[k - 1]!.to);
        }
      }),
    );
  });
});

describe('clauseState and toggleClause', () => {
  const clause = { from: 2, to: 5 };

  it('reads a clause as marked, partly marked or not', () => {
    expect(clauseState(clause, new Set([2, 3, 4]))).toBe(true);
    expect(clauseState(clause, new Set([3, 9]))).toBe('mixed');
    expect(clauseState(clause, new Set([0, 1, 5]))).toBe(false);
  });

  it('marks a partly marked or unmarked clause in full, and clears a marked one, leaving other marks alone', () => {
    expect(toggleClause(clause, new Set([0, 3]))).toEqual([0, 2, 3, 4]);
    expect(toggleClause(clause, new Set([7]))).toEqual([2, 3, 4, 7]);
    expect(toggleClause(clause, new Set([0, 2, 3, 4, 7]))).toEqual([0, 7]);
  });
});
