import { describe, expect, it } from 'vitest';
import { moduleChecks, summariseCheck } from './check-summary';
import { emptyProgress } from './progress';

describe('a check as the student last left it', () => {
  it('counts the items answered, averages their saved scores and sums the judgements of those that have them', () => {
    const record = emptyProgress();
    const entry = (score: number, discernment?: [number, number, number, number]) => ({
      answer: null,
      score,
      attempts: 1,
      updatedAt: '2026-12-01T10:00:00.000Z',
      ...(discernment ? { discernment } : {}),
    });
    record.exercises = { a: entry(1, [2, 0, 1, 1]), b: entry(0.5), c: entry(0, [0, 2, 1, 0]) };
    const summary = summariseCheck(['a', 'b', 'c', 'd'], record);
    expect(summary).toMatchObject({ done: 3, total: 4, score: 0.5 });
    expect(summary.discernment).toMatchObject({ hits: 2, misses: 2, correctRejections: 2, falseAlarms: 1, hitRate: 0.5 });
  });

  it('is empty, not a score of zero out of something, when nothing is answered', () => {
    const summary = summariseCheck(['a'], emptyProgress());
    expect(summary).toMatchObject({ done: 0, total: 1, score: 0 });
    expect(summary.discernment.hitRate).toBeNull();
  });
});

describe("what a result code carries of a module's checks", () => {
  it('gives a finished check its mean score, an unfinished one none, and counts the reviews done', () => {
    const record = emptyProgress();
    const at = '2026-12-01T10:00:00.000Z';
    const entry = (score: number) => ({ answer: null, score, attempts: 1, updatedAt: at });
    record.exercises = { p1: entry(0.5), p2: entry(1), q1: entry(1), d1: entry(0.25) };
    record.reviews = { m: { finishedAt: at, rounds: [{ items: ['r1'], startedAt: at, doneAt: at }, { items: ['r2'], startedAt: at }] } };
    const modules = [
      { id: 'm', preCheck: ['p1', 'p2'], postCheck: ['q1', 'q2'], delayedCheck: ['d1'] },
      { id: 'other', preCheck: ['x'], postCheck: ['y'], delayedCheck: [] },
    ];
    expect(moduleChecks(modules, record)).toEqual([
      { module: 'm', pre: 0.75, post: null, delayed: 0.25, reviewsDone: 1 },
      { module: 'other', pre: null, post: null, delayed: null, reviewsDone: 0 },
    ]);
  });
});
