/** The class analytics on a made-up class of 300, as a district would paste them: every code read, and the leans it was made with found again. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../src/content/load-content';
import { leanCounts, mostMissed, studentDiscernment } from '../../src/lib/assignments/class-analytics';
import { judgesProblemsIn, readCodes, summariseExercises, exercisesIn } from '../../src/lib/assignments/results';
import { catalogEntryOf } from '../../src/lib/exercises/reports';
import { syntheticCodes } from '../synthetic-class';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const catalog = Object.fromEntries([...content.exercises.values()].map(({ exercise }) => [exercise.public.id, catalogEntryOf(exercise)]));
const module = [...content.course.modules.values()].sort((a, b) => a.data.order - b.data.order)[0]!.id;

describe('a class of 300', () => {
  const read = readCodes(syntheticCodes(content, module, 300));
  const judges = judgesProblemsIn(catalog);

  it('reads every code, one student each', () => {
    expect(read.rejected).toEqual([]);
    expect(read.added).toHaveLength(300);
    expect(new Set(read.added.map((s) => s.student)).size).toBe(300);
  });

  it('finds the leans the class was made with, and lists the worst-done exercises with their explanations', () => {
    const students = read.added.map((s) => studentDiscernment(s, judges));
    const counts = Object.fromEntries(leanCounts(students).map((c) => [c.lean, c.count]));
    expect(counts['flags-everything'] ?? 0).toBeGreaterThan(5);
    expect(counts['trusts-everything'] ?? 0).toBeGreaterThan(5);
    expect(counts.discerning ?? 0).toBeGreaterThan(counts['flags-everything']!);
    const summaries = summariseExercises(read.added, exercisesIn(read.added), catalog);
    const missed = mostMissed(summaries);
    expect(missed).toHaveLength(5);
    for (const [i, s] of missed.entries()) {
      expect(s.accuracy).toBeLessThanOrEqual(missed[i + 1]?.accuracy ?? 1);
      expect(catalog[s.exercise]!.explanation.length).toBeGreaterThan(20);
    }
  });
});
