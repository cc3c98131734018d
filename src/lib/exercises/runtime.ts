/** What every exercise type provides at run time (in the browser as on the build machine). */
import type { AnswerOf, ExerciseType, KeyOf, PublicOf, ResultOf } from './types';

/** What the teacher's results page knows of an exercise, to put a stored answer into words. */
export interface CatalogEntry {
  title: string;
  type: ExerciseType;
  /** Choice, compare and rate-source: the options or reasons, by id. */
  options?: Record<string, string>;
  /** Highlight: the passage's words. */
  words?: string[];
  /** The key, as far as naming mistakes needs it: right option or expert-reason ids; classify answers as codes, in item order. */
  right?: string[];
  /** Rate the source: the expert's range. */
  rating?: { min: number; max: number };
  /** Highlight: the sound words (marking them is a false alarm) and the targets. */
  sound?: number[];
  targets?: { from: number; to: number }[];
  /** Search task: the results that were the best first click. */
  best?: string[];
  /** Rewrite: the model answer, to read beside each student's version. */
  model?: string;
  /** Why the right answer is right, from the exercise's own feedback: shown beside the items a class missed most. */
  explanation: string;
}

export interface TypeRuntime<T extends ExerciseType> {
  /** Shown above the exercise, e.g. "Single choice". */
  label: string;
  /**
   * Are its items problem-or-sound judgements (so hits, misses, correct rejections and false
   * alarms mean what they say)? Only then does a result report discernment.
   */
  judgesProblems: boolean;
  empty: (exercise: PublicOf<T>) => AnswerOf<T>;
  /** Is there enough of an answer to check? If not, the reason to show. */
  missing: (exercise: PublicOf<T>, answer: AnswerOf<T>) => string | null;
  /** Is a stored answer (from progress or a file) still the right shape for this exercise? */
  accepts: (exercise: PublicOf<T>, stored: unknown) => stored is AnswerOf<T>;
  /** Pure: reads the exercise, its key and the answer, returns a new result. */
  score: (exercise: PublicOf<T>, key: KeyOf<T>, answer: AnswerOf<T>) => ResultOf<T>;
  /** A compact, comparable form of an answer, so a teacher can count common wrong answers. */
  signature: (answer: AnswerOf<T>) => string;
}

/**
 * What the teacher's results page does with an exercise type: apart from TypeRuntime, so that the
 * student's pages do not carry it.
 */
export interface TypeReport<T extends ExerciseType> {
  /** A signature back in words, for the teacher. */
  describe: (entry: CatalogEntry, signature: string) => string;
  /** Only what is wrong in an answer, each mistake in words (a right answer has none). */
  mistakes: (entry: CatalogEntry, signature: string) => string[];
  /** What the teacher's results page needs of this exercise to name mistakes. */
  catalog: (exercise: PublicOf<T>, key: KeyOf<T>) => CatalogEntry;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isIndexList = (v: unknown, below: number): v is number[] =>
  Array.isArray(v) && v.every((i) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < below);
