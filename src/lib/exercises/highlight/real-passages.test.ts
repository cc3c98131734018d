/**
 * Regression on the real course (issue 10): a student who marks the whole sentence that holds an
 * unsourced claim gets full or near-full credit and no false alarm, and one who marks only the
 * claim's own words gets full credit.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../../content/load-content';
import type { ExerciseOf } from '../types';
import { highlight } from '.';
import { clausesOf } from './clauses';
import { sentencesOf } from './words';

const content = loadCourseContent(fileURLToPath(new URL('../../../../content/', import.meta.url)));
const highlights = [...content.exercises.values()].map((e) => e.exercise).filter((e): e is ExerciseOf<'highlight'> => e.type === 'highlight');
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe.each(['And besides, a part of Daesh terrorists', 'many would argue'])('the highlight passage with “%s”', (phrase) => {
  const exercise = highlights.find((e) => e.public.excerpt.text.includes(phrase));

  it('is in the course, with a target to find', () => {
    expect(exercise, `no highlight exercise quotes “${phrase}”`).toBeDefined();
    expect(exercise!.key.targets.length).toBeGreaterThan(0);
  });

  it('gives full or near-full credit, and no false alarm, for marking the whole sentence that holds each target', () => {
    const { public: pub, key } = exercise!;
    const sentences = sentencesOf(pub.words, pub.gaps);
    const marked = new Set<number>();
    for (const t of key.targets) {
      for (const s of sentences) if (s.from < t.to && t.from < s.to) range(s.from, s.to).forEach((i) => marked.add(i));
    }
    const markedText = [...marked].sort((a, b) => a - b).map((i) => pub.words[i]!.text).join(' ');
    expect(markedText).toContain(phrase);
    const r = highlight.score(pub, key, { marked: [...marked] });
    expect(r.score).toBeGreaterThanOrEqual(0.9);
    expect(r.falseAlarms).toEqual([]);
    expect(r.discernment.falseAlarms).toBe(0);
    expect(r.targets.every((t) => t.status === 'hit')).toBe(true);
  });

  it('gives full credit for marking only each target’s own words', () => {
    const { public: pub, key } = exercise!;
    const r = highlight.score(pub, key, { marked: key.targets.flatMap((t) => range(t.from, t.to)) });
    expect(r.score).toBe(1);
    expect(r.falseAlarms).toEqual([]);
  });
});

describe('marking clause by clause (issue 17)', () => {
  it.each(highlights.map((e) => [e.public.id, e] as const))('%s: the clauses that hold each target earn full credit, with no false alarm', (_id, exercise) => {
    const { public: pub, key } = exercise;
    const marked = clausesOf(pub.words, pub.gaps)
      .filter((c) => key.targets.some((t) => c.from < t.to && t.from < c.to))
      .flatMap((c) => range(c.from, c.to));
    const r = highlight.score(pub, key, { marked });
    expect(r.falseAlarms).toEqual([]);
    expect(r.targets.every((t) => t.status === 'hit')).toBe(true);
    expect(r.score).toBe(1);
  });
});
