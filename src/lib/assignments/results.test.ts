import { describe, expect, it } from 'vitest';
import { encodeResultCode, type Submission } from './result-code';
import { mergeSubmissions, readCodes, summariseExercises, toCsv } from './results';

const base: Submission = {
  assignment: 'k1',
  title: 'Week 1',
  student: 'Ana Lee',
  submittedAt: '2026-11-20T09:00:00.000Z',
  items: [
    { exercise: 'e1', score: 1, discernment: [2, 0, 1, 0], answer: 'a' },
    { exercise: 'e2', score: 0.5, discernment: null, answer: 'b' },
  ],
};

describe('readCodes', () => {
  it('imports the good lines and rejects the bad ones with their line numbers and reasons', () => {
    const good = encodeResultCode(base);
    const report = readCodes(`${good}\n\nnot a code\n${good.slice(0, -1)}x\n`);
    expect(report.added).toEqual([base]);
    expect(report.rejected).toEqual([
      { line: 3, text: 'not a code', error: 'This is not a Read the Source result code.' },
      { line: 4, text: expect.stringMatching(/^RTS1\..*…$/), error: expect.stringContaining('checksum') },
    ]);
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
  it('gives accuracy, discernment and the most common wrong answers', () => {
    const subs: Submission[] = [
      base,
      { ...base, student: 'Bo', items: [{ exercise: 'e1', score: 0, discernment: [0, 2, 0, 1], answer: 'c' }, { exercise: 'e2', score: 0.5, discernment: null, answer: 'b' }] },
      { ...base, student: 'Cy', items: [{ exercise: 'e1', score: 0.5, discernment: [1, 1, 1, 0], answer: 'c' }] },
    ];
    const [e1, e2] = summariseExercises(subs, ['e1', 'e2']);
    expect(e1).toEqual({ exercise: 'e1', attempts: 3, accuracy: 0.5, hits: 3, misses: 3, correctRejections: 2, falseAlarms: 1, commonWrong: [{ answer: 'c', count: 2 }] });
    expect(e2).toMatchObject({ attempts: 2, accuracy: 0.5, commonWrong: [{ answer: 'b', count: 2 }] });
  });
});

describe('toCsv', () => {
  it('writes one row per student, quoting what needs it and defusing formulas', () => {
    const csv = toCsv([{ ...base, student: '=cmd, "x"' }], [
      { id: 'e1', title: 'First, one' },
      { id: 'e2', title: 'Second' },
      { id: 'e3', title: 'Third' },
    ]);
    expect(csv).toBe(
      'Student,Handed in,"First, one",Second,Third,Problems found,Sound items left alone\r\n"\'=cmd, ""x""",2026-11-20T09:00:00.000Z,100,50,,2 of 2,1 of 1\r\n',
    );
  });
});
