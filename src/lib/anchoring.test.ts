import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, anchorQuotes } from './anchoring';
import { buildDocumentText } from './document-text';

const doc = buildDocumentText([
  { id: 'body', text: 'Many experts agree that Ankara is involved.\n\nThe “Caliph” was hiding. The “Caliph” fled.' },
  { id: 'comments', text: 'No doubt the experts agree.' },
]);

describe('anchorQuote', () => {
  it('anchors a unique quote to its block', () => {
    const anchor = anchorQuote(doc, { id: 'a', quote: 'Many experts agree' });
    expect(anchor).toEqual({ id: 'a', start: 0, end: 18, blockIndex: 0 });
  });

  it('needs an occurrence when a quote repeats, and names how many there are', () => {
    expect(anchorQuote(doc, { id: 'a', quote: '"Caliph"' })).toEqual({
      id: 'a',
      message: 'quote ""Caliph"" occurs 2 times in the document; add "occurrence: N" (1 to 2) to say which',
    });
    const second = anchorQuote(doc, { id: 'a', quote: '"Caliph"', occurrence: 2 });
    expect('start' in second && doc.text.slice(second.start, second.end)).toBe('“Caliph”');
  });

  it('rejects an occurrence past the last match', () => {
    expect(anchorQuote(doc, { id: 'a', quote: 'Many experts', occurrence: 2 })).toMatchObject({
      message: expect.stringContaining('occurrence 2 asked for, but quote "Many experts" occurs 1 time(s)'),
    });
  });

  it('reports a quote that is not in the text', () => {
    expect(anchorQuote(doc, { id: 'a', quote: 'Many expert agree' })).toMatchObject({
      message: 'quote not found verbatim in the document: "Many expert agree"',
    });
  });

  it('rejects a quote that runs across a paragraph break', () => {
    expect(anchorQuote(doc, { id: 'a', quote: 'is involved. The “Caliph” was' })).toMatchObject({
      message: expect.stringContaining('runs across a paragraph break'),
    });
  });
});

describe('anchorQuotes', () => {
  it('rejects overlapping annotations and names the one overlapped', () => {
    const result = anchorQuotes(doc, [
      { id: 'claim', quote: 'Many experts agree that Ankara' },
      { id: 'word', quote: 'Ankara is involved' },
    ]);
    expect(result.anchors.map((a) => a.id)).toEqual(['claim']);
    expect(result.problems).toEqual([{ id: 'word', message: expect.stringContaining('overlaps annotation "claim"') }]);
  });

  it('returns anchors in reading order', () => {
    const result = anchorQuotes(doc, [
      { id: 'late', quote: 'No doubt' },
      { id: 'early', quote: 'Many experts' },
    ]);
    expect(result.anchors.map((a) => a.id)).toEqual(['early', 'late']);
  });

  it('anchors any span of a block back to exactly that span, given which occurrence it is', () => {
    const text = buildDocumentText([{ id: 'p', text: 'Alpha beta gamma delta.\n\nEpsilon “zeta” eta ‘theta’ iota.' }]);
    // Counted independently of the code under test: fold quote marks and whitespace, count overlapping matches.
    const fold = (t: string) => t.replace(/[“”„‟]/g, '"').replace(/[‘’‚‛]/g, "'").replace(/\s+/g, ' ');
    const count = (haystack: string, needle: string) => {
      let n = 0;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) n++;
      return n;
    };
    fc.assert(
      fc.property(fc.nat(text.blocks.length - 1), fc.nat(), fc.nat(), (blockIndex, a, b) => {
        const block = text.blocks[blockIndex]!;
        const from = block.start + (a % block.text.length);
        const to = from + 1 + (b % (block.end - from));
        const quote = text.text.slice(from, to);
        if (quote.trim() !== quote) return; // anchoring trims quotes: only test trimmed spans
        // Matches all have the quote's length, so the ones ending by `to` are this one and those before it.
        const total = count(fold(text.text), fold(quote));
        const nth = count(fold(text.text.slice(0, to)), fold(quote));
        const anchor = anchorQuote(text, { id: 'x', quote, occurrence: total > 1 ? nth : undefined });
        expect(anchor).toMatchObject({ start: from, end: to, blockIndex });
      }),
      { numRuns: 500 },
    );
  });
});
