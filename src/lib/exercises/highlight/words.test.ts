import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Word } from './schema';
import { runsOf, tokenize, wordRange } from './words';

describe('tokenize', () => {
  it('splits a passage into runs of non-space with their offsets', () => {
    const { words, gaps } = tokenize('Many experts agree.');
    expect(words).toEqual<Word[]>([
      { text: 'Many', start: 0, end: 4 },
      { text: 'experts', start: 5, end: 12 },
      { text: 'agree.', start: 13, end: 19 },
    ]);
    expect(gaps).toEqual([' ', ' ']);
  });

  it('keeps punctuation attached to its word and keeps the exact whitespace between words', () => {
    const { words, gaps } = tokenize('“Elites,”  they say —\n\tquietly.');
    expect(words.map((w) => w.text)).toEqual(['“Elites,”', 'they', 'say', '—', 'quietly.']);
    expect(gaps).toEqual(['  ', ' ', ' ', '\n\t']);
  });

  it('ignores leading and trailing whitespace but keeps offsets into the original text', () => {
    const text = '  two words \n';
    const { words, gaps } = tokenize(text);
    expect(words).toEqual<Word[]>([
      { text: 'two', start: 2, end: 5 },
      { text: 'words', start: 6, end: 11 },
    ]);
    expect(gaps).toEqual([' ']);
  });

  it('gives no words and no gaps for an empty or blank passage', () => {
    expect(tokenize('')).toEqual({ words: [], gaps: [] });
    expect(tokenize(' \n\t ')).toEqual({ words: [], gaps: [] });
  });

  it('gives a single word and no gaps for a passage without spaces', () => {
    expect(tokenize('one')).toEqual({ words: [{ text: 'one', start: 0, end: 3 }], gaps: [] });
  });

  it('treats non-breaking and other Unicode spaces as gaps', () => {
    const { words, gaps } = tokenize('a\u00a0b\u2009c');
    expect(words.map((w) => w.text)).toEqual(['a', 'b', 'c']);
    expect(gaps).toEqual(['\u00a0', '\u2009']);
  });

  it('property: each word is the text at its offsets, and the passage is the words and gaps in order', () => {
    const piece = fc.constantFrom('a', 'bc', 'Déjà', '—', '“x”', '42', ' ', '  ', '\n', '\t', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const { words, gaps } = tokenize(text);
        expect(gaps.length).toBe(Math.max(0, words.length - 1));
        for (const w of words) {
          expect(text.slice(w.start, w.end)).toBe(w.text);
          expect(w.text).toMatch(/^\S+$/);
        }
        if (words.length > 0) {
          const rebuilt = words.map((w, i) => w.text + (gaps[i] ?? '')).join('');
          expect(rebuilt).toBe(text.trim());
        } else {
          expect(text.trim()).toBe('');
        }
        for (const g of gaps) expect(g).toMatch(/^\s+$/);
      }),
    );
  });
});

describe('wordRange', () => {
  const { words } = tokenize('Many experts agree that it is true.');
  // Many[0,4) experts[5,12) agree[13,18) that[19,23) it[24,26) is[27,29) true.[30,35)

  it('gives the word indexes a character range covers exactly', () => {
    expect(wordRange(words, 5, 18)).toEqual({ from: 1, to: 3 });
    expect(wordRange(words, 0, 35)).toEqual({ from: 0, to: 7 });
    expect(wordRange(words, 30, 35)).toEqual({ from: 6, to: 7 });
  });

  it('includes a word the range only partly touches', () => {
    expect(wordRange(words, 7, 15)).toEqual({ from: 1, to: 3 });
    expect(wordRange(words, 3, 6)).toEqual({ from: 0, to: 2 });
  });

  it('takes the range as half-open: ending at a word start or starting at a word end does not touch it', () => {
    expect(wordRange(words, 4, 13)).toEqual({ from: 1, to: 2 });
    expect(wordRange(words, 12, 19)).toEqual({ from: 2, to: 3 });
  });

  it('gives null for a range that touches only whitespace, or lies outside the passage', () => {
    expect(wordRange(words, 4, 5)).toBeNull();
    expect(wordRange(words, 40, 50)).toBeNull();
    expect(wordRange([], 0, 10)).toBeNull();
  });
});

describe('runsOf', () => {
  it('groups consecutive indexes into half-open runs, in order', () => {
    expect(runsOf([1, 2, 3, 7])).toEqual([
      { from: 1, to: 4 },
      { from: 7, to: 8 },
    ]);
  });

  it('sorts its input numerically and ignores duplicates', () => {
    expect(runsOf([10, 9, 2, 3, 2, 10, 11])).toEqual([
      { from: 2, to: 4 },
      { from: 9, to: 12 },
    ]);
  });

  it('gives no runs for no indexes and one run for a single index', () => {
    expect(runsOf([])).toEqual([]);
    expect(runsOf([0])).toEqual([{ from: 0, to: 1 }]);
  });

  it('accepts any iterable, such as a Set', () => {
    expect(runsOf(new Set([5, 4, 6]))).toEqual([{ from: 4, to: 7 }]);
  });

  it('property: the runs cover exactly the distinct indexes, are ordered, and never touch each other', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { maxLength: 40 }), (indexes) => {
        const runs = runsOf(indexes);
        const covered: number[] = [];
        for (const r of runs) {
          expect(r.to).toBeGreaterThan(r.from);
          for (let i = r.from; i < r.to; i++) covered.push(i);
        }
        expect(covered).toEqual([...new Set(indexes)].sort((a, b) => a - b));
        runs.slice(1).forEach((r, i) => expect(r.from).toBeGreaterThan(runs[i]!.to));
      }),
    );
  });
});
