import { describe, expect, it } from 'vitest';
import { MarkupError, parseBlock } from './inline-markup';

describe('parseBlock', () => {
  it('keeps plain text as it is', () => {
    expect(parseBlock('Agriculture & Forestry # 1. <b>')).toEqual({ type: 'paragraph', text: 'Agriculture & Forestry # 1. <b>', emphasis: [] });
  });

  it('reads bold, italic and links, and removes their markers from the text', () => {
    const block = parseBlock('*The news of **Abu Ibrahim**, by [Armen](#) here.*');
    expect(block.text).toBe('The news of Abu Ibrahim, by Armen here.');
    expect(block.emphasis).toEqual([
      { start: 0, end: block.text.length, style: 'em' },
      { start: 12, end: 23, style: 'strong' },
    ]);
  });

  it('reads heading and block-quote prefixes', () => {
    expect(parseBlock('## A strategic partnership')).toEqual({ type: 'heading', text: 'A strategic partnership', emphasis: [] });
    expect(parseBlock('> There were teams.')).toMatchObject({ type: 'quote', text: 'There were teams.' });
  });

  it('keeps a bracket that is not a link', () => {
    expect(parseBlock('“My issue [duties] was”').text).toBe('“My issue [duties] was”');
  });

  it('rejects an unclosed marker with a clear message', () => {
    expect(() => parseBlock('**bold without end')).toThrow(MarkupError);
    expect(() => parseBlock('**bold without end')).toThrow(/unclosed "\*\*"/);
    // A lone asterisk is read as a marker, so a stray one fails loudly rather than hiding text.
    expect(() => parseBlock('3*4')).toThrow(/unclosed "\*"/);
  });
});
