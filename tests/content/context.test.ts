/**
 * Issue "Content you can trust": the context students lack (primer, glosses, the other side) and
 * the labels that must never mislead (voices, sources not free to speak).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../src/content/load-content';
import { readingGrade } from '../../src/content/reading-level';
import { SOURCING_KINDS, VOICES } from '../../src/lib/techniques';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const { lessons, primer } = content.course;

/** A prisoner held by one side: named or not, such a source is "not free to speak", never an anonymous one. */
const HELD = /\b(prisoners?|captured|captives?|detained|detainees?|under questioning|held by)\b/i;

describe('voices and kinds of source', () => {
  it('gives every loaded-language note a voice, and uses each voice somewhere', () => {
    const loaded = content.annotations.filter((a) => a.technique === 'loaded-language');
    expect(loaded.filter((a) => !a.voice).map((a) => a.id)).toEqual([]);
    expect(new Set(loaded.map((a) => a.voice))).toEqual(new Set(Object.keys(VOICES)));
  });

  it('has no "not free to speak" kind of anonymous source: it is a technique of its own', () => {
    expect(Object.keys(SOURCING_KINDS)).not.toContain('not-free-to-speak');
    expect(content.annotations.filter((a) => a.technique === 'not-free-to-speak').length).toBeGreaterThanOrEqual(5);
  });

  it('never calls a held prisoner an anonymous source, in a note or in an exercise key', () => {
    const notes = content.annotations.filter((a) => a.technique === 'anonymous-source' && HELD.test(a.explanation)).map((a) => a.id);
    expect(notes).toEqual([]);
    const items = [...content.exercises.values()].flatMap(({ exercise }) =>
      exercise.type === 'classify'
        ? exercise.public.items.filter((i) => exercise.key.answers[i.id] === 'anonymous-source' && HELD.test(exercise.key.feedback[i.id] ?? '')).map((i) => `${exercise.public.id} ${i.id}`)
        : [],
    );
    expect(items).toEqual([]);
  });
});

describe('the primer', () => {
  const NEEDED = ['isis', 'ypg', 'sdf', 'pkk', 'hts', 'mit', 'idlib', 'afrin', 'rojava'];

  it('covers the actors and places students meet', () => {
    for (const id of NEEDED) expect([...primer.keys()], id).toContain(id);
  });

  it('names a public source for every fact: title, publisher and date', () => {
    for (const entry of primer.values()) {
      for (const fact of entry.facts) {
        expect(fact.source.title.length, entry.id).toBeGreaterThan(2);
        expect(fact.source.publisher.length, entry.id).toBeGreaterThan(1);
        expect(fact.source.date, entry.id).toMatch(/^\d{4}/);
      }
    }
  });
});

describe('help with hard excerpts', () => {
  /** A lesson excerpt this long and this hard to read gets a plain-words gloss beside it. */
  const HARD = { words: 30, grade: 13 };

  it.each([...lessons.values()].map((l) => [l.id, l]))('lesson %s glosses its hardest excerpts', (_id, lesson) => {
    const unglossed = lesson.source.components
      .filter((c) => c.name === 'Excerpt' && typeof c.attributes.quote === 'string' && !c.attributes.gloss)
      .map((c) => String(c.attributes.quote))
      .filter((quote) => {
        const { grade, words } = readingGrade(quote);
        return words >= HARD.words && grade >= HARD.grade;
      });
    expect(unglossed).toEqual([]);
  });
});

describe('the other side', () => {
  it('has every module say that the documents argue one side, and point to answers in them', () => {
    for (const m of content.course.modules.values()) {
      expect(m.data.otherSide.note, m.id).toMatch(/same side|one side|all argue|argues? that Turkey/i);
      expect(m.data.otherSide.excerpts.length, m.id).toBeGreaterThanOrEqual(1);
    }
  });
});
