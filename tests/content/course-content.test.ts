import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../src/content/load-content';
import { catalogEntryOf } from '../../src/lib/exercises/reports';
import { TECHNIQUES } from '../../src/lib/techniques';

const CONTENT_DIR = fileURLToPath(new URL('../../content', import.meta.url));
const content = loadCourseContent(CONTENT_DIR);

/** Minimum annotations per document, by document number (from the foundation issue). */
/** Minimum annotations per document, by document number: the counts after the editorial review (issue 11). */
const MINIMUM_PER_DOCUMENT: Record<string, number> = { '000': 42, '001': 32, '002': 21, '003': 141, '004': 27 };

/** Passages the editorial review found without a note (its section 1C): each must now carry one. */
const REVIEWED_PASSAGES: [document: string, fragment: string][] = [
  ['vt-asylum-for-isis', 'Turkish-Held Areas in Syria Become Asylum for ISIS'],
  ['global-research-asylum-for-isis', 'Turkish-Held Areas in Syria Become Asylum for ISIS'],
  ['vt-asylum-for-isis', 'either the Turkish special services are incompetent or involved'],
  ['global-research-asylum-for-isis', 'either the Turkish special services are incompetent or involved'],
  ['vt-asylum-for-isis', 'the most successful for the US special forces'],
  ['vt-asylum-for-isis', 'Emirs'],
  ['vt-asylum-for-isis', 'Eskanders'],
  ['new-videos-isis-turkish-army', 'wore ISIS flags'],
  ['new-videos-isis-turkish-army', 'field executions'],
  ['new-videos-isis-turkish-army', 'dispelled years of painstaking international efforts'],
  ['turkey-isis-research-compilation', 'a day after she said she had been threatened'],
  ['turkey-isis-research-compilation', 'Greek-Israeli'],
  ['turkey-isis-research-compilation', 'terrorist Kurdistan Workers'],
  ['turkey-isis-research-compilation', '8,000 tankers'],
  ['turkey-isis-research-compilation', 'didn’t respond to questions about their military plans'],
  ['turkey-isis-research-compilation', 'The Malta Files also showed'],
  ['turkey-isis-research-compilation', 'deep-rooted enmity'],
  ['turkey-isis-research-compilation', 'Israel itself faced the same accusations by the Arab media'],
  ['turkey-isis-research-compilation', 'My story on Yayla was banned'],
  ['turkey-isis-research-compilation', 'pro-türkischen Dschihadisten'],
  ['ypg-daesh-militants-salvation', 'the majority of whom are Russian citizens'],
  ['ypg-daesh-militants-salvation', 'suicide attacks in European countries'],
  ['ypg-daesh-militants-salvation', 'liberation of these areas'],
  ['ypg-daesh-militants-salvation', '(state and security officials.)'],
  ['ypg-daesh-militants-salvation', 'so-called authorities'],
  ['ypg-daesh-militants-salvation', 'Dozens of IS members'],
];

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

  it.each(REVIEWED_PASSAGES)('document %s has a note on "%s"', (document, fragment) => {
    const text = content.documents.get(document)!.text.text;
    const at = text.indexOf(fragment);
    expect(at, 'the fragment is in the document').toBeGreaterThanOrEqual(0);
    const annotated = content.annotations.some((a) => {
      if (a.document !== document) return false;
      const start = text.indexOf(a.quote.replace(/\s+/g, ' '));
      return start >= 0 && start < at + fragment.length && at < start + a.quote.length;
    });
    expect(annotated).toBe(true);
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

describe('words that fit every screen', () => {
  // The two texts of a comparison sit side by side on a wide screen and one above the other on a phone.
  it.each([...content.exercises.values()].map(({ exercise, file }) => [exercise.public.id, file, exercise]))('%s (%s) never points left or right', (_id, _file, exercise) => {
    expect(JSON.stringify(exercise).match(/\b(left|right)-hand\b|\bon the (left|right)\b/gi) ?? []).toEqual([]);
  });
});

describe("the teacher's catalog", () => {
  it('explains the right answer of every exercise, for the items a class missed most', () => {
    const unexplained = [...content.exercises.values()].filter(({ exercise }) => catalogEntryOf(exercise).explanation.trim().length < 20).map(({ exercise }) => exercise.public.id);
    expect(unexplained).toEqual([]);
  });
});
