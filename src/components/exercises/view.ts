import type { ComponentType } from 'react';
import type { ExerciseResult } from '../../lib/exercises/score';
import type { Answer, ExerciseType, KeyOf, PublicOf } from '../../lib/exercises/types';

export interface BodyProps<T extends ExerciseType> {
  exercise: PublicOf<T>;
  answer: Answer<T>;
  onChange: (answer: Answer<T>) => void;
  /** After "Check": the answer is shown but cannot change until "Try again". */
  locked: boolean;
  base: string;
}

export interface FeedbackProps<T extends ExerciseType> {
  exercise: PublicOf<T>;
  answerKey: KeyOf<T>;
  answer: Answer<T>;
  result: Extract<ExerciseResult, { type: T extends 'compare' ? 'compare' | 'multiple-choice' : T }>;
  base: string;
}

export interface KeyProps<T extends ExerciseType> {
  exercise: PublicOf<T>;
  answerKey: KeyOf<T>;
  base: string;
}

/** How one exercise type is answered, explained and revealed. */
export interface TypeView<T extends ExerciseType> {
  label: string;
  empty: (exercise: PublicOf<T>) => Answer<T>;
  /** Is there enough of an answer to check? If not, the reason to show. */
  missing: (exercise: PublicOf<T>, answer: Answer<T>) => string | null;
  /** Is a stored answer still the right shape for this exercise? */
  accepts: (exercise: PublicOf<T>, stored: unknown) => stored is Answer<T>;
  Body: ComponentType<BodyProps<T>>;
  Feedback: ComponentType<FeedbackProps<T>>;
  /** The answer and its explanation, for the no-JavaScript reveal and for printed keys. */
  Key: ComponentType<KeyProps<T>>;
}
