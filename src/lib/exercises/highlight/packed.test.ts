/** The island's props drop a highlight's words and gaps; unpacking makes the same exercise again. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../../content/load-content';
import type { ExerciseOf } from '../types';
import { packHighlight, unpackHighlight } from './packed';

const content = loadCourseContent(fileURLToPath(new URL('../../../../content/', import.meta.url)));
const highlights = [...content.exercises.values()].map((e) => e.exercise).filter((e): e is ExerciseOf<'highlight'> => e.type === 'highlight');

describe('packHighlight', () => {
  it('leaves the words and gaps out, and unpacking gives back every highlight exercise of the course exactly', () => {
    expect(highlights.length).toBeGreaterThan(5);
    for (const exercise of highlights) {
      const packed = packHighlight(exercise);
      expect(Object.keys(packed.public), exercise.public.id).not.toContain('words');
      expect(Object.keys(packed.public), exercise.public.id).not.toContain('gaps');
      expect(unpackHighlight(JSON.parse(JSON.stringify(packed))), exercise.public.id).toEqual(exercise);
    }
  });

  it('carries under half the bytes', () => {
    const size = (x: unknown) => JSON.stringify(x).length;
    const full = highlights.reduce((sum, e) => sum + size(e), 0);
    const packed = highlights.reduce((sum, e) => sum + size(packHighlight(e)), 0);
    expect(packed / full).toBeLessThan(0.5);
  });
});
