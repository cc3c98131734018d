import { describe, expect, it } from 'vitest';
import { continuePoint, stepFinished, type StepRef } from './continue-point';
import { emptyProgress, type ProgressRecord } from './progress';

const steps: StepRef[] = [
  { label: 'Pre-check', href: '/m1/pre/', exerciseIds: ['p1', 'p2'] },
  { label: 'Lesson 1', href: '/m1/l1/', lessonId: 'm1/l1', exerciseIds: ['a', 'b'] },
  { label: 'Lesson 2', href: '/m1/l2/', lessonId: 'm1/l2', exerciseIds: ['c'] },
  { label: 'Post-check', href: '/m1/post/', exerciseIds: ['q1'] },
];
const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute)).toISOString();

function record(exercises: Record<string, number>, lessons: Record<string, number> = {}): ProgressRecord {
  const r = emptyProgress();
  for (const [id, minute] of Object.entries(exercises)) r.exercises[id] = { answer: null, score: 1, attempts: 1, updatedAt: at(minute) };
  for (const [id, minute] of Object.entries(lessons)) r.lessons[id] = { completedAt: at(minute) };
  return r;
}

describe('continue where you left off', () => {
  it('starts at the first step when nothing is done', () => {
    expect(continuePoint(steps, emptyProgress())).toEqual({ step: steps[0], resume: false });
  });

  it('goes back to the step last worked on while it is unfinished, even if a later step was touched earlier', () => {
    const r = record({ q1: 1, a: 5 });
    expect(continuePoint(steps, r)).toEqual({ step: steps[1], resume: true });
  });

  it('moves on to the next unfinished step once the last one worked on is finished', () => {
    const r = record({ p1: 1, p2: 2, c: 3 }, { 'm1/l1': 9, 'm1/l2': 4 });
    // Lesson 1 was finished last; lesson 2 is done too, so the post-check is next.
    expect(continuePoint(steps, r)).toEqual({ step: steps[3], resume: false });
  });

  it('has nothing to suggest when every later step is finished', () => {
    const r = record({ p1: 1, p2: 2, q1: 8 }, { 'm1/l1': 3, 'm1/l2': 4 });
    expect(continuePoint(steps, r)).toEqual({ step: null, resume: false });
  });

  it('counts a check finished only when every item has an answer, and a lesson only when marked done', () => {
    expect(stepFinished(steps[0]!, record({ p1: 1 }))).toBe(false);
    expect(stepFinished(steps[0]!, record({ p1: 1, p2: 1 }))).toBe(true);
    expect(stepFinished(steps[1]!, record({ a: 1, b: 1 }))).toBe(false);
    expect(stepFinished(steps[1]!, record({}, { 'm1/l1': 1 }))).toBe(true);
  });
});
