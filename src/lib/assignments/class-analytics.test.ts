import { describe, expect, it } from 'vitest';
import { analyticsCsv, checkRows, gained, leanCounts, median, mostMissed, studentDiscernment } from './class-analytics';
import type { Submission } from './result-code';
import type { ExerciseSummary } from './results';

/** A submission whose one problem-or-sound exercise has these hits, misses, correct rejections and false alarms. */
const judged = (student: string, d: [number, number, number, number], checks: Submission['checks'] = []): Submission => ({
  assignment: 'a',
  title: 'Week 1',
  student,
  submittedAt: '2026-11-01T10:00:00.000Z',
  items: [
    { exercise: 'sort', score: 0.5, discernment: d, answer: '' },
    { exercise: 'pick', score: 1, discernment: [9, 9, 9, 9], answer: '' },
  ],
  assigned: ['sort', 'pick'],
  checks,
});
const onlySort = (exercise: string) => exercise === 'sort';

describe('studentDiscernment', () => {
  it('tells a student who flags every item apart from one who finds the problems only', () => {
    const flagsAll = studentDiscernment(judged('Flo', [4, 0, 0, 4]), onlySort);
    expect(flagsAll).toMatchObject({ hitRate: 1, falseAlarmRate: 1, problems: 4, soundItems: 4, lean: 'flags-everything' });
    expect(studentDiscernment(judged('Dee', [4, 0, 3, 1]), onlySort)).toMatchObject({ hitRate: 1, falseAlarmRate: 0.25, lean: 'discerning' });
  });

  it('names a student who lets everything pass, and one with no clear pattern', () => {
    expect(studentDiscernment(judged('Tru', [0, 4, 4, 0]), onlySort).lean).toBe('trusts-everything');
    expect(studentDiscernment(judged('Mo', [2, 2, 2, 2]), onlySort).lean).toBe('mixed');
    // Flagging sound items and leaving problems: backwards, which is no lean either way.
    expect(studentDiscernment(judged('Rev', [1, 3, 1, 3]), onlySort).lean).toBe('mixed');
  });

  it('does not read a lean from too few items, and counts only problem-or-sound exercises', () => {
    expect(studentDiscernment(judged('One', [1, 0, 0, 1]), onlySort)).toMatchObject({ lean: 'too-few', problems: 1, soundItems: 1 });
    expect(studentDiscernment(judged('None', [0, 0, 0, 0]), onlySort)).toMatchObject({ hitRate: null, falseAlarmRate: null, lean: 'too-few' });
    expect(studentDiscernment(judged('All', [4, 0, 3, 1]), () => true)).toMatchObject({ problems: 22, soundItems: 22 });
  });

  it('counts each lean once, in a fixed order, leaving out leans no one has', () => {
    const students = [judged('A', [4, 0, 0, 4]), judged('B', [4, 0, 4, 0]), judged('C', [3, 1, 4, 0])].map((s) => studentDiscernment(s, onlySort));
    expect(leanCounts(students)).toEqual([
      { lean: 'discerning', count: 2 },
      { lean: 'flags-everything', count: 1 },
    ]);
  });
});

const summary = (exercise: string, accuracy: number, attempts = 3): ExerciseSummary => ({
  exercise,
  attempts,
  students: 3,
  accuracy,
  judgesProblems: false,
  hits: 0,
  misses: 0,
  correctRejections: 0,
  falseAlarms: 0,
  commonWrong: accuracy < 1 ? [{ answer: 'chose “B”', count: 2 }] : [],
});

describe('mostMissed', () => {
  it('lists the worst-done exercises first, leaving out the untried and the ones everyone got right', () => {
    const list = mostMissed([summary('easy', 1), summary('mid', 0.6), summary('hard', 0.2), summary('untried', 0, 0), summary('tie', 0.6, 5)], 3);
    expect(list.map((s) => s.exercise)).toEqual(['hard', 'tie', 'mid']);
  });
});

describe('checks', () => {
  const subs = [
    judged('Ana', [0, 0, 0, 0], [{ module: 'm1', pre: 0.4, post: 0.8, delayed: 0.7, reviewsDone: 1 }]),
    judged('Ben', [0, 0, 0, 0], [{ module: 'm1', pre: 0.6, post: 0.5, delayed: null, reviewsDone: 0 }]),
    judged('Cy', [0, 0, 0, 0], [{ module: 'm2', pre: 0.1, post: null, delayed: null, reviewsDone: 0 }]),
    judged('Di', [0, 0, 0, 0], [{ module: 'm1', pre: null, post: 0.9, delayed: null, reviewsDone: 0 }]),
  ];

  it("gives each student's pre, post and delayed check in one module", () => {
    expect(checkRows(subs, 'm1')).toEqual([
      { student: 'Ana', pre: 0.4, post: 0.8, delayed: 0.7 },
      { student: 'Ben', pre: 0.6, post: 0.5, delayed: null },
      { student: 'Di', pre: null, post: 0.9, delayed: null },
    ]);
  });

  it('counts who scored higher after, of those with both checks, and takes medians of what is done', () => {
    const rows = checkRows(subs, 'm1');
    expect(gained(rows)).toEqual({ higher: 1, both: 2 });
    expect(median(rows.map((r) => r.post))).toBe(0.8);
    expect(median(rows.map((r) => r.pre))).toBeCloseTo(0.5);
    expect(median(rows.map((r) => r.delayed))).toBe(0.7);
    expect(median([null])).toBeNull();
  });
});

describe('analyticsCsv', () => {
  it('adds the accuracy, discernment and most-missed sections, with each explanation, as cells that stay cells', () => {
    const students = [studentDiscernment(judged('=Eve', [4, 0, 0, 4]), onlySort)];
    const csv = analyticsCsv([summary('sort', 0.25), summary('pick', 1)], students, (id) => `Title of ${id}`, (id) => `Because, for ${id}.`);
    const lines = csv.split('\r\n');
    expect(lines).toContain('Exercise accuracy');
    expect(lines).toContain('Title of sort,3,25');
    expect(lines).toContain("'=Eve,100,100,4,4,Flags nearly everything");
    expect(lines).toContain('Title of sort,25,chose “B” (2),"Because, for sort."');
    expect(lines.filter((l) => l.startsWith('Title of pick'))).toEqual(['Title of pick,3,100']);
  });
});
