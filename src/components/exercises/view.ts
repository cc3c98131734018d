import type { ComponentType } from 'react';
import type { AnswerOf, ExerciseType, KeyOf, PublicOf, ResultOf } from '../../lib/exercises/types';

export interface BodyProps<T extends ExerciseType> {
  exercise: PublicOf<T>;
  answer: AnswerOf<T>;
  onChange: (answer: AnswerOf<T>) => void;
  /** After "Check": the answer is shown but cannot change until "Try again". */
  locked: boolean;
  base: string;
}

export interface FeedbackProps<T extends ExerciseType> {
  exercise: PublicOf<T>;
  answerKey: KeyOf<T>;
  answer: AnswerOf<T>;
  result: ResultOf<T>;
  base: string;
}

export interface KeyProps<T extends ExerciseType> {
  exercise: PublicOf<T>;
  answerKey: KeyOf<T>;
  base: string;
}

/**
 * How one exercise type is drawn in the island: answered, then explained. Its logic lives in
 * src/lib/exercises/<type>/; its key (keys.ts) is drawn on the server only.
 */
export interface TypeView<T extends ExerciseType> {
  Body: ComponentType<BodyProps<T>>;
  /** What the result means, in counts with honest names, then every answer explained. */
  Feedback: ComponentType<FeedbackProps<T>>;
}
