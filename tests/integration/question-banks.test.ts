/** The question banks the build writes, parsed back with a GIFT parser and held against the course's own keys. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../src/content/load-content';

const DIST = fileURLToPath(new URL('../../dist/teachers/question-banks/', import.meta.url));
const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const EXPRESSIBLE = new Set(['single-choice', 'multiple-choice', 'compare', 'classify']);

describe.each([...content.course.modules.values()].map((m) => [m.id, m] as const))('the GIFT bank of %s', (id, m) => {
  const file = `${DIST}${id}.gift.txt`;
  const lessonIds = [...content.course.lessons.values()].filter((l) => l.data.module === id).sort((a, b) => a.data.order - b.data.order).flatMap((l) => l.exercises);
  const all = [...m.data.preCheck, ...lessonIds, ...m.data.postCheck].map((ex) => content.exercises.get(ex)!.exercise);

  it('parses, and holds every choice and sorting item of the module once, in course order, with its key', () => {
    expect(existsSync(file), `${file} (run the build first)`).toBe(true);
    const questions = parse(readFileSync(file, 'utf8')).filter((q) => q.type !== 'Category');
    const expected = all.filter((ex) => EXPRESSIBLE.has(ex.type));
    expect(questions.map((q) => ('title' in q ? q.title?.split(':')[0] : null))).toEqual(expected.map((ex) => ex.public.id));
    for (const [i, ex] of expected.entries()) {
      const q = questions[i]!;
      if (ex.type === 'single-choice') {
        if (q.type !== 'MC') throw new Error(`${ex.public.id}: not MC`);
        expect(q.choices.filter((c) => c.isCorrect).map((c) => c.text.text), ex.public.id).toEqual([ex.public.options.find((o) => o.id === ex.key.correct)!.text]);
        expect(q.choices.every((c) => (c.feedback?.text ?? '').length > 0), ex.public.id).toBe(true);
      } else if (ex.type === 'multiple-choice' || ex.type === 'compare') {
        if (q.type !== 'MC') throw new Error(`${ex.public.id}: not MC`);
        const right = ex.public.options.filter((o) => ex.key.correct.includes(o.id)).map((o) => o.text);
        expect(q.choices.filter((c) => (c.weight ?? 0) > 0).map((c) => c.text.text), ex.public.id).toEqual(right);
        expect(q.choices.filter((c) => (c.weight ?? 0) > 0).reduce((sum, c) => sum + (c.weight ?? 0), 0)).toBeCloseTo(100, 2);
      } else if (ex.type === 'classify') {
        if (q.type !== 'Matching') throw new Error(`${ex.public.id}: not matching`);
        expect(q.matchPairs).toHaveLength(ex.public.items.length);
      }
    }
  });
});
