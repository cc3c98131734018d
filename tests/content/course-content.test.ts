import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../src/content/load-content';
import { TECHNIQUES } from '../../src/lib/techniques';

const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));
const content = loadCourseContent(CONTENT_DIR);

/** Minimum annotations per document, by document number (from the foundation issue). */
const MINIMUM_PER_DOCUMENT: Record<string, number> = { '000': 12, '001': 12, '002': 12, '003': 40, '004': 12 };

describe('the course content', () => {
  it('has no problems: every quote anchors, every id is unique, every document matches its capture', () => {
    expect(content.problems).toEqual([]);
  });

  it('holds the five source documents, each with its own capture', () => {
    const numbers = [...content.documents.values()].map((d) => d.data.number).sort();
    expect(numbers).toEqual(['000', '001', '002', '003', '004']);
    for (const doc of content.documents.values()) {
      expect(doc.data.source.capture.startsWith(doc.data.number)).toBe(true);
    }
  });

  it.each(Object.entries(MINIMUM_PER_DOCUMENT))('annotates document %s at least %i times', (number, minimum) => {
    const doc = [...content.documents.values()].find((d) => d.data.number === number)!;
    const count = content.annotations.filter((a) => a.document === doc.id).length;
    expect(count).toBeGreaterThanOrEqual(minimum);
  });

  it.each(TECHNIQUES.map((t) => [t.id, t.role]))('uses %s (%s) at least 5 times overall', (technique) => {
    expect(content.annotations.filter((a) => a.technique === technique).length).toBeGreaterThanOrEqual(5);
  });

  it('marks comments apart from body text, and models the compilation as pieces', () => {
    const vt = content.documents.get('vt-asylum-for-isis')!;
    expect(vt.data.parts.filter((p) => p.kind === 'comment')).toHaveLength(3);
    const compilation = content.documents.get('turkey-isis-research-compilation')!;
    const pieces = compilation.data.parts.filter((p) => p.kind === 'piece');
    expect(pieces.length).toBeGreaterThanOrEqual(6);
    expect(pieces.filter((p) => p.outlet).map((p) => p.outlet)).toEqual(
      expect.arrayContaining(['ANHA', 'The Wall Street Journal', 'Al-Masdar News']),
    );
  });

  it('has annotations in every part of the compilation that carries an argument', () => {
    const compilation = content.documents.get('turkey-isis-research-compilation')!;
    const annotated = new Set(
      content.annotations
        .filter((a) => a.document === compilation.id)
        .map((a) => compilation.text.blocks.find((b) => compilation.text.text.slice(b.start, b.end).includes(a.quote.replace(/\s+/g, ' ')))?.partId),
    );
    for (const piece of ['anha-interview', 'wsj-report', 'oil-report', 'ambassador-interview', 'hospitals-item']) {
      expect(annotated, piece).toContain(piece);
    }
  });
});
