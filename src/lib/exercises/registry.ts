/**
 * The one registry of exercise types at run time: how each is answered, checked, scored and put
 * into words for a teacher. Safe for the browser: no schemas or resolvers (see authoring.ts).
 */
import { classify } from './classify';
import { compare } from './compare';
import type { Discernment } from './discernment';
import { highlight } from './highlight';
import { multipleChoice } from './multiple-choice';
import { rateSource } from './rate-source';
import { rewrite } from './rewrite';
import type { TypeRuntime } from './runtime';
import { searchTask } from './search-task';
import { singleChoice } from './single-choice';
import type { AnswerOf, ExerciseOf, ExerciseResult, ExerciseType, PublicOf, ResultOf } from './types';

export const RUNTIMES: { [T in ExerciseType]: TypeRuntime<T> } = {
  'single-choice': singleChoice,
  'multiple-choice': multipleChoice,
  highlight,
  classify,
  compare,
  'rate-source': rateSource,
  rewrite,
  'search-task': searchTask,
};

export const EXERCISE_TYPES = Object.keys(RUNTIMES) as ExerciseType[];

export function runtimeOf<T extends ExerciseType>(type: T): TypeRuntime<T> {
  return RUNTIMES[type];
}

/** Score any exercise. Pure: reads the exercise and the answer, returns a new result. */
export function scoreExercise<T extends ExerciseType>(exercise: ExerciseOf<T>, answer: AnswerOf<T>): ResultOf<T> {
  return runtimeOf(exercise.type).score(exercise.public, exercise.key, answer);
}

/** A stored answer, scored if it still fits the exercise; null if it does not. */
export function scoreStored<T extends ExerciseType>(exercise: ExerciseOf<T>, stored: unknown): ResultOf<T> | null {
  const runtime = runtimeOf(exercise.type);
  return runtime.accepts(exercise.public, stored) ? runtime.score(exercise.public, exercise.key, stored) : null;
}

/** A stored answer's signature, if the answer still fits the exercise's public part; null if it does not. */
export function storedSignature<T extends ExerciseType>(type: T, exercise: PublicOf<T>, stored: unknown): string | null {
  const runtime = runtimeOf(type);
  return runtime.accepts(exercise, stored) ? runtime.signature(stored) : null;
}

/**
 * Hits, misses, correct rejections and false alarms, only for the types whose items are
 * problem-or-sound judgements (highlight and classify). Choices elsewhere are right or wrong
 * choices, not problems found.
 */
export function discernmentOf(result: ExerciseResult): Discernment | null {
  return 'discernment' in result ? result.discernment : null;
}

