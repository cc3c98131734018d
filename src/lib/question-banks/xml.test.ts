import { describe, expect, it } from 'vitest';
import { xmlEscape } from '../xml';
import { cdata, paragraphs, qtiId } from './xml';

describe('XML text', () => {
  it('escapes every character XML reads as markup, in text and in attributes', () => {
    expect(xmlEscape(`a < b && c > "d" 'e'`)).toBe('a &lt; b &amp;&amp; c &gt; &quot;d&quot; &apos;e&apos;');
  });

  it('keeps "]]>" from ending a CDATA section early', () => {
    const wrapped = cdata('x]]>y');
    expect(wrapped).toBe('<![CDATA[x]]]]><![CDATA[>y]]>');
    // What a parser reads back: the sections' contents joined.
    expect([...wrapped.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join('')).toBe('x]]>y');
  });

  it('writes the course’s paragraphs as HTML paragraphs', () => {
    expect(paragraphs('One & two.\n\nThree <b>.')).toBe('<p>One &amp; two.</p><p>Three &lt;b&gt;.</p>');
  });

  it('makes a valid QTI identifier of any id', () => {
    expect(qtiId('m1-pre-highlight')).toBe('m1-pre-highlight');
    expect(qtiId('1st item')).toBe('_1st_item');
    expect(qtiId('-x:y')).toBe('_-x_y');
  });
});
