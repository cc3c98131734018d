/**
 * What the course tells an LMS, worked out from the saved progress: pure, so each value the
 * gradebook receives is tested here. A package covers one module or the whole course (its scope).
 */
import { moduleChecks } from '../check-summary';
import type { ExerciseType } from '../exercises/types';
import type { ExerciseProgress, ProgressRecord } from '../progress';
import type { ScormVersion } from './api';

export interface ScopeExercise {
  id: string;
  type: ExerciseType;
  title: string;
}

export interface ScopeModule {
  id: string;
  title: string;
  preCheck: string[];
  postCheck: string[];
  delayedCheck: string[];
  /** Every exercise of the module: checks, lessons and reviews. */
  exercises: ScopeExercise[];
}

/** The modules a package reports on: one, or all of them. */
export type PackageScope = ScopeModule[];

/** The pass mark written into each manifest; an LMS that sends its own is obeyed instead. */
export const DEFAULT_PASSING_SCORE = 0.6;

export interface Outcome {
  /** Every module's post-check is finished. */
  completed: boolean;
  /** Mean post-check score, 0 to 1, once completed. */
  score: number | null;
  /** Share of the scope's exercises answered, 0 to 1. */
  progress: number;
}

export function outcomeOf(scope: PackageScope, record: ProgressRecord): Outcome {
  const posts = moduleChecks(scope, record).map((m) => m.post);
  const finished = posts.filter((p): p is number => p !== null);
  const completed = scope.length > 0 && finished.length === scope.length;
  const exercises = scope.flatMap((m) => m.exercises);
  const answered = exercises.filter((e) => Object.hasOwn(record.exercises, e.id)).length;
  return {
    completed,
    score: completed ? finished.reduce((sum, p) => sum + p, 0) / finished.length : null,
    progress: exercises.length ? answered / exercises.length : 0,
  };
}

/** The LMS's pass mark as a share (1.2 sends 0 to 100, 2004 -1 to 1), or the course's own when it sends none. */
export function passingScoreOf(version: ScormVersion, sent: string | null): number {
  const value = sent === null || sent.trim() === '' ? Number.NaN : Number(sent);
  if (!Number.isFinite(value)) return DEFAULT_PASSING_SCORE;
  const share = version === '1.2' ? value / 100 : value;
  return share >= 0 && share <= 1 ? share : DEFAULT_PASSING_SCORE;
}

const decimal = (n: number, places: number) => Number(n.toFixed(places)).toString();

export type Assignment = [element: string, value: string];

/** Status and score: "incomplete" until every post-check is done, then passed or failed against the pass mark. */
export function statusValues(version: ScormVersion, outcome: Outcome, passing: number): Assignment[] {
  const passed = outcome.score !== null && outcome.score + 1e-9 >= passing;
  const scoreOutOf100 = (prefix: string): Assignment[] =>
    outcome.score === null
      ? []
      : [
          [`${prefix}.min`, '0'],
          [`${prefix}.max`, '100'],
          [`${prefix}.raw`, decimal(outcome.score * 100, 2)],
        ];
  if (version === '1.2') {
    return [['cmi.core.lesson_status', outcome.completed ? (passed ? 'passed' : 'failed') : 'incomplete'], ...scoreOutOf100('cmi.core.score')];
  }
  return [
    ['cmi.completion_status', outcome.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', outcome.completed ? (passed ? 'passed' : 'failed') : 'unknown'],
    ['cmi.progress_measure', decimal(outcome.progress, 4)],
    ...scoreOutOf100('cmi.score'),
    ...(outcome.score === null ? [] : ([['cmi.score.scaled', decimal(outcome.score, 4)]] satisfies Assignment[])),
  ];
}

/** How each exercise type reads as an interaction: SCORM's type, and its response from the answer's signature. */
const INTERACTION_TYPES: { [T in ExerciseType]: { '1.2': string; '2004': string; response: 'choice' | 'matching' | 'text' } } = {
  'single-choice': { '1.2': 'choice', '2004': 'choice', response: 'choice' },
  'multiple-choice': { '1.2': 'choice', '2004': 'choice', response: 'choice' },
  compare: { '1.2': 'choice', '2004': 'choice', response: 'choice' },
  classify: { '1.2': 'matching', '2004': 'matching', response: 'matching' },
  rewrite: { '1.2': 'fill-in', '2004': 'long-fill-in', response: 'text' },
  highlight: { '1.2': 'performance', '2004': 'other', response: 'text' },
  'rate-source': { '1.2': 'performance', '2004': 'other', response: 'text' },
  'search-task': { '1.2': 'performance', '2004': 'other', response: 'text' },
};

/** SCORM 1.2 holds at most 255 characters of a response; 2004's "other" and long fill-in hold 4,000. */
const RESPONSE_LIMIT: Record<ScormVersion, number> = { '1.2': 255, '2004': 4000 };

/**
 * The response in the format SCORM gives its type: choice option ids (single characters) joined
 * by a comma ("[,]" in 2004); matching "item.category" pairs ("1[.]e[,]2[.]n" in 2004), from a
 * classify signature's one code per item; anything else as text.
 */
export function learnerResponse(version: ScormVersion, type: ExerciseType, signature: string): string {
  const comma = version === '1.2' ? ',' : '[,]';
  switch (INTERACTION_TYPES[type].response) {
    case 'choice':
      return [...signature].join(comma);
    case 'matching':
      return [...signature].map((code, i) => `${i + 1}${version === '1.2' ? '.' : '[.]'}${code}`).join(comma);
    case 'text':
      return signature.slice(0, RESPONSE_LIMIT[version]);
  }
}

/** A time as a 1.2 CMITime (hh:mm:ss) or a 2004 timestamp (to the second, UTC). */
const stamp = (version: ScormVersion, iso: string) => (version === '1.2' ? iso.slice(11, 19) : iso.slice(0, 19));

/** One answered exercise, journaled as interaction `index` (SCORM appends one per attempt). */
export function interactionValues(version: ScormVersion, index: number, exercise: ScopeExercise, entry: ExerciseProgress, signature: string): Assignment[] {
  const at = `cmi.interactions.${index}`;
  const result = entry.score >= 1 ? 'correct' : entry.score <= 0 ? (version === '1.2' ? 'wrong' : 'incorrect') : decimal(entry.score, 4);
  const types = INTERACTION_TYPES[exercise.type];
  const common: Assignment[] = [
    [`${at}.id`, exercise.id],
    [`${at}.type`, types[version]],
  ];
  if (version === '1.2') {
    return [...common, [`${at}.student_response`, learnerResponse(version, exercise.type, signature)], [`${at}.result`, result], [`${at}.weighting`, '1'], [`${at}.time`, stamp(version, entry.updatedAt)]];
  }
  return [
    ...common,
    [`${at}.description`, exercise.title.slice(0, 250)],
    [`${at}.timestamp`, stamp(version, entry.updatedAt)],
    [`${at}.weighting`, '1'],
    [`${at}.learner_response`, learnerResponse(version, exercise.type, signature)],
    [`${at}.result`, result],
  ];
}

/** The answers saved since they were last journaled (`journaled`: exercise id to the answer's time). */
export function answersToJournal(scope: PackageScope, record: ProgressRecord, journaled: ReadonlyMap<string, string>): { exercise: ScopeExercise; entry: ExerciseProgress }[] {
  return scope.flatMap((m) =>
    m.exercises.flatMap((exercise) => {
      const entry = Object.hasOwn(record.exercises, exercise.id) ? record.exercises[exercise.id] : undefined;
      return entry && journaled.get(exercise.id) !== entry.updatedAt ? [{ exercise, entry }] : [];
    }),
  );
}

/** This session's length: 1.2's HHHH:MM:SS.SS, or 2004's ISO 8601 duration. */
export function sessionTime(version: ScormVersion, ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  if (version === '2004') return `PT${hours}H${minutes}M${decimal(seconds, 2)}S`;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(Math.min(hours, 9999)).padStart(4, '0')}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/**
 * A page of the package to resume at, as the LMS handed it back: only a relative path to a page
 * of this package (no scheme, no host, no climbing out), else null.
 */
export function packagePage(location: string | null): string | null {
  if (!location) return null;
  return /^(?:[a-z0-9][a-z0-9-]*\/)*(?:index\.html)?$/.test(location) ? location : null;
}
