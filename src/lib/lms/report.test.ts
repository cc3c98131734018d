import { describe, expect, it } from 'vitest';
import { emptyProgress, type ExerciseProgress, type ProgressRecord } from '../progress';
import { answersToJournal, interactionValues, learnerResponse, outcomeOf, packagePage, passingScoreOf, sessionTime, statusValues, type ScopeModule } from './report';

const module = (id: string): ScopeModule => ({
  id,
  title: `Module ${id}`,
  preCheck: [`${id}-pre`],
  postCheck: [`${id}-post-1`, `${id}-post-2`],
  delayedCheck: [`${id}-later`],
  exercises: [`${id}-pre`, `${id}-lesson`, `${id}-post-1`, `${id}-post-2`, `${id}-later`].map((e) => ({ id: e, type: 'single-choice' as const, title: `Exercise ${e}` })),
});
const entry = (score: number, updatedAt = '2026-12-02T10:20:30.000Z'): ExerciseProgress => ({ answer: { choice: 'b' }, score, attempts: 1, updatedAt });
const withAnswers = (answers: Record<string, number>): ProgressRecord => ({
  ...emptyProgress(),
  exercises: Object.fromEntries(Object.entries(answers).map(([id, score]) => [id, entry(score)])),
});

describe('outcomeOf', () => {
  it('is complete only when every post-check item is answered, scored as the mean of the post-checks', () => {
    const scope = [module('a')];
    expect(outcomeOf(scope, withAnswers({ 'a-pre': 1, 'a-post-1': 1 }))).toEqual({ completed: false, score: null, progress: 0.4 });
    expect(outcomeOf(scope, withAnswers({ 'a-post-1': 1, 'a-post-2': 0.5 }))).toEqual({ completed: true, score: 0.75, progress: 0.4 });
  });

  it('for the whole course waits for every module, then averages their post-checks', () => {
    const scope = [module('a'), module('b')];
    expect(outcomeOf(scope, withAnswers({ 'a-post-1': 1, 'a-post-2': 1 })).completed).toBe(false);
    expect(outcomeOf(scope, withAnswers({ 'a-post-1': 1, 'a-post-2': 1, 'b-post-1': 0, 'b-post-2': 1 })).score).toBe(0.75);
  });
});

describe('statusValues', () => {
  it('SCORM 1.2: incomplete, then passed or failed against the pass mark, with the score out of 100', () => {
    expect(statusValues('1.2', { completed: false, score: null, progress: 0.2 }, 0.6)).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(statusValues('1.2', { completed: true, score: 2 / 3, progress: 1 }, 0.6)).toEqual([
      ['cmi.core.lesson_status', 'passed'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '66.67'],
    ]);
    expect(statusValues('1.2', { completed: true, score: 0.5, progress: 1 }, 0.6)[0]).toEqual(['cmi.core.lesson_status', 'failed']);
  });

  it('SCORM 2004: completion and success apart, a scaled score and how far along', () => {
    expect(statusValues('2004', { completed: false, score: null, progress: 0.25 }, 0.6)).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.success_status', 'unknown'],
      ['cmi.progress_measure', '0.25'],
    ]);
    expect(new Map(statusValues('2004', { completed: true, score: 0.6, progress: 1 }, 0.6))).toEqual(
      new Map([
        ['cmi.completion_status', 'completed'],
        ['cmi.success_status', 'passed'],
        ['cmi.progress_measure', '1'],
        ['cmi.score.min', '0'],
        ['cmi.score.max', '100'],
        ['cmi.score.raw', '60'],
        ['cmi.score.scaled', '0.6'],
      ]),
    );
  });
});

describe('passingScoreOf', () => {
  it("takes the LMS's pass mark in each version's scale, else the course's own", () => {
    expect(passingScoreOf('1.2', '80')).toBe(0.8);
    expect(passingScoreOf('2004', '0.8')).toBe(0.8);
    expect(passingScoreOf('1.2', '')).toBe(0.6);
    expect(passingScoreOf('2004', null)).toBe(0.6);
    expect(passingScoreOf('1.2', 'abc')).toBe(0.6);
    expect(passingScoreOf('2004', '-0.5')).toBe(0.6);
  });
});

describe('interactions', () => {
  const exercise = { id: 'm1-post-1', type: 'multiple-choice' as const, title: 'Which of these name a source?' };

  it('writes 1.2 and 2004 records in each version’s order and formats', () => {
    expect(interactionValues('1.2', 3, exercise, entry(0), 'ac')).toEqual([
      ['cmi.interactions.3.id', 'm1-post-1'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.student_response', 'a,c'],
      ['cmi.interactions.3.result', 'wrong'],
      ['cmi.interactions.3.weighting', '1'],
      ['cmi.interactions.3.time', '10:20:30'],
    ]);
    expect(new Map(interactionValues('2004', 0, exercise, entry(0.5), 'ac'))).toEqual(
      new Map([
        ['cmi.interactions.0.id', 'm1-post-1'],
        ['cmi.interactions.0.type', 'choice'],
        ['cmi.interactions.0.description', 'Which of these name a source?'],
        ['cmi.interactions.0.timestamp', '2026-12-02T10:20:30'],
        ['cmi.interactions.0.weighting', '1'],
        ['cmi.interactions.0.learner_response', 'a[,]c'],
        ['cmi.interactions.0.result', '0.5'],
      ]),
    );
    expect(interactionValues('2004', 0, exercise, entry(1), 'b').at(-1)).toEqual(['cmi.interactions.0.result', 'correct']);
  });

  it('reads a classify answer as matching pairs, and text within each version’s limit', () => {
    expect(learnerResponse('1.2', 'classify', 'en')).toBe('1.e,2.n');
    expect(learnerResponse('2004', 'classify', 'en')).toBe('1[.]e[,]2[.]n');
    expect(learnerResponse('1.2', 'rewrite', 'x'.repeat(300))).toHaveLength(255);
    expect(learnerResponse('2004', 'highlight', '3-5,9')).toBe('3-5,9');
  });

  it('journals only answers saved since they were last reported', () => {
    const scope = [module('a')];
    const record = withAnswers({ 'a-pre': 1, 'a-lesson': 0 });
    expect(answersToJournal(scope, record, new Map()).map((a) => a.exercise.id)).toEqual(['a-pre', 'a-lesson']);
    expect(answersToJournal(scope, record, new Map([['a-pre', record.exercises['a-pre']!.updatedAt]])).map((a) => a.exercise.id)).toEqual(['a-lesson']);
    // Answers outside the package are not its to report.
    expect(answersToJournal(scope, withAnswers({ 'b-pre': 1 }), new Map())).toEqual([]);
  });
});

describe('sessionTime', () => {
  it("writes 1.2's HHHH:MM:SS.SS and 2004's ISO duration", () => {
    const ms = ((1 * 60 + 5) * 60 + 12.3) * 1000;
    expect(sessionTime('1.2', ms)).toBe('0001:05:12.30');
    expect(sessionTime('2004', ms)).toBe('PT1H5M12.3S');
    expect(sessionTime('1.2', 0)).toBe('0000:00:00.00');
    expect(sessionTime('2004', -5)).toBe('PT0H0M0S');
  });
});

describe('packagePage', () => {
  it('resumes only at a page of the package', () => {
    expect(packagePage('modules/m1/post-check/index.html')).toBe('modules/m1/post-check/index.html');
    expect(packagePage('modules/m1/')).toBe('modules/m1/');
    for (const bad of ['', null, 'https://elsewhere.example/', '../../admin/index.html', '/modules/m1/', 'javascript:alert(1)', '//host/x']) expect(packagePage(bad)).toBeNull();
  });
});
