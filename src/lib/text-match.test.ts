import { describe, expect, it } from 'vitest';
import { findQuote, normaliseForMatch } from './text-match';

describe('normaliseForMatch', () => {
  it('folds whitespace runs and typographic quotes, and maps back to the original', () => {
    const original = 'He said  “yes”,\n\nit’s done';
    const n = normaliseForMatch(original);
    expect(n.text).toBe('He said "yes", it\'s done');
    expect(n.toOriginal).toHaveLength(n.text.length + 1);
    expect(original[n.toOriginal[n.text.indexOf('"')]!]).toBe('“');
  });
});

describe('findQuote', () => {
  const doc = normaliseForMatch('The “Caliph” said: the Caliph’s men. The “Caliph” again.');

  it('finds every occurrence, with offsets into the original text', () => {
    const found = findQuote(doc, '"Caliph"');
    expect(found).toHaveLength(2);
    expect('The “Caliph” said: the Caliph’s men. The “Caliph” again.'.slice(found[0]!.start, found[0]!.end)).toBe('“Caliph”');
  });

  it('forgives whitespace differences but not spelling, case or dashes', () => {
    const text = normaliseForMatch('is – how did\nthe  services');
    expect(findQuote(text, 'is – how did the services')).toHaveLength(1);
    expect(findQuote(text, 'is - how did the services')).toHaveLength(0);
    expect(findQuote(text, 'Is – how did the services')).toHaveLength(0);
  });

  it('finds nothing for an empty quote', () => {
    expect(findQuote(doc, '   ')).toEqual([]);
  });
});
