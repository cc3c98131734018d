import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessonProse } from '../../src/content/lesson-source';
import { loadCourseContent } from '../../src/content/load-content';
import { readingGrade } from '../../src/content/reading-level';
import { unlinkedFirstUses } from '../../src/content/term-links';
import { TECHNIQUES } from '../../src/lib/techniques';
import { RUNTIMES } from '../../src/lib/exercises/registry';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const { modules, lessons, glossary } = content.course;
const lessonList = [...lessons.values()];
/** Lesson prose for 14 to 18 year olds: plain, not childish (the content guide). */
const MIN_GRADE = 7;
const MAX_GRADE = 10;

describe('the course', () => {
  it('has the six modules, in order, reading laterally just before the capstone', () => {
    expect([...modules.values()].map((m) => m.data.order).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(modules.get('read-laterally')?.data.order).toBe(5);
    expect(modules.get('who-is-behind-it')?.data.order).toBe(6);
  });

  it.each([...modules.values()].map((m) => [m.id, m]))('module %s has 3 or 4 lessons and uses at least two documents', (_id, m) => {
    const own = lessonList.filter((l) => l.data.module === m.id);
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(own.length).toBeLessThanOrEqual(4);
    const used = new Set(own.flatMap((l) => [...l.documents]));
    expect(used.size).toBeGreaterThanOrEqual(2);
    expect(m.data.documents.length).toBeGreaterThanOrEqual(2);
    for (const doc of m.data.documents) expect(used, `module ${m.id} lists ${doc} but no lesson uses it`).toContain(doc);
  });

  // Spaced reviews and the delayed check (the content guide's "Spaced reviews"); the loader keeps
  // their items new (no excerpt shared with a check or another review item).
  it.each([...modules.values()].map((m) => [m.id, m]))('module %s has a delayed check and three or more review rounds, each with an item that has controls', (_id, m) => {
    expect(m.data.delayedCheck.length).toBeGreaterThanOrEqual(3);
    const rounds = m.data.reviews.rounds;
    expect(rounds.length).toBeGreaterThanOrEqual(3);
    for (const [n, round] of rounds.entries()) {
      const judged = round.filter((id) => RUNTIMES[content.exercises.get(id)!.exercise.public.type].judgesProblems);
      expect(judged, `round ${n + 1} of ${m.id} needs an item that judges problem against sound, so it can hold controls`).not.toEqual([]);
    }
  });

  // Each review round of a later module mixes in one unseen item from an earlier module: three
  // mix-ins from each module before the last cover every round of every later module.
  it('has three or more mix-ins from every module but the last, for later reviews to interleave', () => {
    const ordered = [...modules.values()].sort((a, b) => a.data.order - b.data.order);
    for (const m of ordered.slice(0, -1)) expect(m.data.reviews.mixIns.length, m.id).toBeGreaterThanOrEqual(3);
  });

  it.each(lessonList.map((l) => [l.id, l]))('lesson %s has at least two exercises', (_id, lesson) => {
    expect(lesson.exercises.length).toBeGreaterThanOrEqual(2);
  });

  it.each([...content.documents.values()].map((d) => [d.data.number, d.id]))('document %s (%s) is used in at least two lessons', (_n, id) => {
    expect(lessonList.filter((l) => l.documents.has(id)).length).toBeGreaterThanOrEqual(2);
  });

  // A long passage the student has not marked before (tests/content/assessment.test.ts checks that part).
  it('has the capstone analyse a long passage with a highlight exercise', () => {
    const capstone = [...modules.values()].reduce((last, m) => (m.data.order > last.data.order ? m : last));
    const wholeDocument = lessonList
      .filter((l) => l.data.module === capstone.id)
      .flatMap((l) => l.exercises)
      .map((id) => content.exercises.get(id)!.exercise)
      .filter((e) => e.type === 'highlight' && e.public.words.length >= 150);
    expect(wholeDocument.length).toBeGreaterThanOrEqual(1);
  });

  it.each(lessonList.map((l) => [l.id, l]))(`lesson %s reads at Flesch-Kincaid grade ${MIN_GRADE} to ${MAX_GRADE}`, (_id, lesson) => {
    const { grade, words } = readingGrade(lessonProse(lesson.source.body));
    expect(words).toBeGreaterThan(150);
    expect(grade).toBeGreaterThanOrEqual(MIN_GRADE);
    expect(grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it.each(lessonList.map((l) => [l.id, l]))('lesson %s links each glossary term at its first use', (_id, lesson) => {
    const terms = [...glossary.values()].map((t) => ({ id: t.id, forms: [t.term, ...t.aliases] }));
    expect(unlinkedFirstUses(lesson.source.body, terms)).toEqual([]);
  });

  it('has a glossary entry for every technique', () => {
    const named = new Set([...glossary.values()].flatMap((t) => (t.technique ? [t.technique] : [])));
    for (const t of TECHNIQUES) expect(named).toContain(t.id);
  });
});
