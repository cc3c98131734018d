import { describe, expect, it } from 'vitest';
import { anchorQuotes } from './anchoring';
import { buildDocumentText } from './document-text';
import { segmentBlock } from './segments';

describe('segmentBlock', () => {
  const text = buildDocumentText([{ id: 'p', text: 'Intro.\n\nMany **experts agree** that *Ankara* is involved.' }]);
  const block = text.blocks[1]!;
  const { anchors } = anchorQuotes(text, [
    { id: 'claim', quote: 'Many experts agree' },
    { id: 'place', quote: 'involved' },
  ]);
  const segments = segmentBlock(block, anchors);

  it('puts each annotation in one segment and keeps the text whole', () => {
    expect(segments.map((s) => s.annotationId)).toEqual(['claim', null, 'place', null]);
    expect(segments.flatMap((s) => s.runs.map((r) => r.text)).join('')).toBe(block.text);
  });

  it('keeps bold and italic runs inside and outside highlights', () => {
    expect(segments[0]!.runs).toEqual([
      { text: 'Many ', strong: false, em: false },
      { text: 'experts agree', strong: true, em: false },
    ]);
    expect(segments[1]!.runs.find((r) => r.text === 'Ankara')).toEqual({ text: 'Ankara', strong: false, em: true });
  });

  it('ignores anchors of other blocks', () => {
    expect(segmentBlock(text.blocks[0]!, anchors)).toEqual([{ annotationId: null, runs: [{ text: 'Intro.', strong: false, em: false }] }]);
  });
});
