import { describe, expect, it } from 'vitest';
import { encodeResultCode, type Submission } from './result-code';
import type { CatalogEntry } from '../exercises/runtime';
import { completion, exercisesIn, mergeSubmissions, readCodes, summariseExercises, toCsv, unknownExercises } from './results';

const base: Submission = {
  assignment: 'k1',
  title: 'Week 1',
  student: 'Ana Lee',
  submittedAt: '2026-11-20T09:00:00.000Z',
  items: [
    { exercise: 'e1', score: 1, discernment: [2, 0, 1, 0], answer: 'a' },
    { exercise: 'e2', score: 0.5, discernment: null, answer: 'b' },
  ],
  assigned: ['e1', 'e2', 'e3'],
  checks: [],
};

describe('readCodes', () => {
  it('imports the good lines and rejects the bad ones with their line numbers and reasons', () => {
    const good = encodeResultCode(base);
    const report = readCodes(`${good}\n\nnot a code\n${good.slice(0, -1)}x\n`);
    expect(report.added).toEqual([base]);
    expect(report.rejected).toEqual([
      { line: 3, text: 'not a code', error: 'This is not a Read the Source result code.' },
      { line: 4, text: expect.stringMatching(/^RTS3\..*…$/), error: expect.stringContaining('checksum') },
    ]);
  });

  it('says when a code was already added, before or twice in one paste', () => {
    const good = encodeResultCode(base);
    const other = encodeResultCode({ ...base, student: 'Bo' });
    const first = readCodes(`${good}\n${good}`);
    expect(first.added).toEqual([base]);
    expect(first.alreadyAdded).toEqual([base]);
    const again = readCodes(`${good}\n${other}`, first.added);
    expect(again.added.map((s) => s.student)).toEqual(['Bo']);
    expect(again.alreadyAdded.map((s) => s.student)).toEqual(['Ana Lee']);
  });
});

describe('mergeSubmissions', () => {
  it('keeps the latest submission of the same student, matching names loosely', () => {
    const later = { ...base, student: '  ana   LEE ', submittedAt: '2026-11-21T09:00:00.000Z', items: [base.items[0]!] };
    expect(mergeSubmissions([base], [later])).toEqual([later]);
    expect(mergeSubmissions([later], [base])).toEqual([later]);
  });

  it('keeps different students and different assignments apart', () => {
    const other = { ...base, student: 'Bo' };
    const otherAssignment = { ...base, assignment: 'k2' };
    expect(mergeSubmissions([base], [other, otherAssignment])).toHaveLength(3);
  });
});

describe('summariseExercises', () => {
  const catalog: Record<string, CatalogEntry> = {
    e1: { title: 'Sort', type: 'classify', right: ['U', '0', 'L'], explanation: '' },
    e2: { title: 'Pick', type: 'multiple-choice', options: { a: 'Named', b: 'Unnamed', c: 'Dated' }, right: ['a', 'c'], explanation: '' },
    e3: { title: 'Rewrite', type: 'rewrite', explanation: '' },
  };
  const subs: Submission[] = [
    { ...base, items: [{ exercise: 'e1', score: 1, discernment: [2, 0, 1, 0], answer: 'U0L' }, { exercise: 'e2', score: 0.5, discernment: [1, 1, 0, 0], answer: 'a' }] },
    { ...base, student: 'Bo', items: [{ exercise: 'e1', score: 1 / 3, discernment: [0, 2, 0, 1], answer: 'LUL' }, { exercise: 'e2', score: 0, discernment: null, answer: 'ab' }] },
    { ...base, student: 'Cy', items: [{ exercise: 'e1', score: 2 / 3, discernment: [1, 1, 1, 0], answer: 'L0L' }] },
  ];

  it('gives accuracy, discernment only for problem-or-sound items, and how many tried', () => {
    const [e1, e2, e3] = summariseExercises(subs, ['e1', 'e2', 'e3'], catalog);
    expect(e1).toMatchObject({ attempts: 3, students: 3, judgesProblems: true, hits: 3, misses: 3, correctRejections: 2, falseAlarms: 1 });
    expect(e1!.accuracy).toBeCloseTo(2 / 3, 10);
    // Multiple choice is right or wrong choices, not problems found, even if an old code carried counts.
    expect(e2).toMatchObject({ attempts: 2, accuracy: 0.25, judgesProblems: false, hits: 0, misses: 0 });
    expect(e3).toMatchObject({ attempts: 0, students: 3, accuracy: 0, commonWrong: [] });
  });

  it('lists only wrong answers, each with how many made it, and never a right answer', () => {
    const [e1, e2] = summariseExercises(subs, ['e1', 'e2'], catalog);
    expect(e1!.commonWrong).toEqual([
      { answer: 'excerpt 1 as Loaded language (it is Unverified claim)', count: 2 },
      { answer: 'excerpt 2 as Unverified claim (it is No problem here)', count: 1 },
    ]);
    expect(e2!.commonWrong).toEqual([
      { answer: 'missed “Dated”', count: 2 },
      { answer: 'chose “Unnamed”', count: 1 },
    ]);
  });
});

describe('exercisesIn and completion', () => {
  it('shows every assigned exercise, tried or not, and counts what each student did', () => {
    const shown = [base, { ...base, student: 'Bo', items: [base.items[0]!] }];
    expect(exercisesIn(shown)).toEqual(['e1', 'e2', 'e3']);
    expect(completion(shown[0]!, ['e1', 'e2', 'e3'])).toEqual({ done: 2, total: 3 });
    expect(completion(shown[1]!, ['e1', 'e2', 'e3'])).toEqual({ done: 1, total: 3 });
  });

  it('falls back to the exercises tried for a version 1 code', () => {
    expect(exercisesIn([{ ...base, assigned: null }])).toEqual(['e1', 'e2']);
  });
});

describe('toCsv', () => {
  it('writes one row per student, quoting what needs it and defusing formulas', () => {
    const csv = toCsv([{ ...base, student: '=cmd, "x"' }], [
      { id: 'e1', title: 'First, one' },
      { id: 'e2', title: 'Second' },
      { id: 'e3', title: 'Third' },
    ], (id) => id === 'e1');
    expect(csv).toBe(
      'Student,Handed in,Done,"First, one",Second,Third,Problems found,Sound items left alone\r\n"\'=cmd, ""x""",2026-11-20T09:00:00.000Z,2 of 3,100,50,not tried,2 of 2,1 of 1\r\n',
    );
  });

  it("adds each module's checks and reviews after the exercises, blank for a student whose code has none", () => {
    const withChecks = { ...base, checks: [{ module: 'who-says-so', pre: 0.5, post: 0.9, delayed: null, reviewsDone: 2 }] };
    const csv = toCsv([withChecks, { ...base, student: 'Old Code' }], [{ id: 'e1', title: 'First' }], () => true, (m) => (m === 'who-says-so' ? 'Module 2' : m));
    const [header, first, second] = csv.split('\r\n');
    expect(header).toBe('Student,Handed in,Done,First,Problems found,Sound items left alone,"Module 2, pre-check","Module 2, post-check","Module 2, delayed check","Module 2, reviews done"');
    expect(first!.endsWith(',50,90,not done,2')).toBe(true);
    expect(second!.endsWith(',,,,')).toBe(true);
  });

  // OWASP "CSV Injection": cells that a spreadsheet would run, or split in a semicolon locale.
  it.each([
    ['\tcmd', "\"'\tcmd\""],
    ['\rcmd', "\"'\rcmd\""],
    ['\ncmd', "\"'\ncmd\""],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['x;=1+1', '"x;=1+1"'],
    ['tab\tinside', '"tab\tinside"'],
  ])('defuses and quotes a student name %j', (name, cell) => {
    const csv = toCsv([{ ...base, student: name }], [{ id: 'e1', title: 'First' }]);
    expect(csv.split('\r\n')[1]!.startsWith(`${cell},`)).toBe(true);
  });
});

describe('unknownExercises', () => {
  it('names the exercises in the codes that the catalog does not hold, even ones named like built-ins', () => {
    const subs = [{ ...base, items: [...base.items, { exercise: 'gone-1', score: 1, discernment: null, answer: '' }, { exercise: 'constructor', score: 1, discernment: null, answer: '' }] }];
    expect(unknownExercises(subs, { e1: {}, e2: {}, e3: {} })).toEqual(['gone-1', 'constructor']);
    expect(unknownExercises([base], { e1: {}, e2: {}, e3: {} })).toEqual([]);
    expect(unknownExercises([base], { e1: {}, e2: {} })).toEqual(['e3']);
  });
});
