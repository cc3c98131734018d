import { optionIds } from '../choices';
import { isObject, type TypeRuntime } from '../runtime';
import type { SingleChoiceAnswer } from './schema';

export interface SingleChoiceResult {
  type: 'single-choice';
  score: number;
  chosen: string | null;
  correct: string;
}

export const singleChoice: TypeRuntime<'single-choice'> = {
  label: 'Single choice',
  judgesProblems: false,
  empty: () => ({ choice: null }),
  missing: (_e, a) => (a.choice === null ? 'Choose an answer first.' : null),
  accepts: (e, s): s is SingleChoiceAnswer => isObject(s) && (s.choice === null || (typeof s.choice === 'string' && optionIds(e.options).has(s.choice))),
  score: (_e, key, answer) => ({ type: 'single-choice', score: answer.choice === key.correct ? 1 : 0, chosen: answer.choice, correct: key.correct }),
  signature: (a) => a.choice ?? '',
};
