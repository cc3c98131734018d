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

/** How one exercise type is drawn: answered, explained and revealed. Its logic lives in src/lib/exercises/<type>/. */
export interface TypeView<T extends ExerciseType> {
  Body: ComponentType<BodyProps<T>>;
  /** What the result means, in counts with honest names, then every answer explained. */
  Feedback: ComponentType<FeedbackProps<T>>;
  /** The answer and its explanation, for the no-JavaScript reveal and for printed keys. */
  Key: ComponentType<KeyProps<T>>;
}
