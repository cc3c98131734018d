/**
 * A compact, comparable form of a student's answer, so the teacher's results page can count the
 * most common wrong answers. Each type says how (src/lib/exercises/<type>/); a rewrite's is the
 * student's own text, cut to a sentence or two, so the teacher can read it beside the model answer.
 */
import { runtimeOf } from '../exercises/registry';
import type { AnswerOf, ExerciseType } from '../exercises/types';

export function answerSignature<T extends ExerciseType>(type: T, answer: AnswerOf<T>): string {
  return runtimeOf(type).signature(answer);
}
