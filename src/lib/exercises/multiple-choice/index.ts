import { acceptsChoices, judgeOptions, manySignature, type ChoiceCounts, type ManyAnswer, type OptionVerdict } from '../choices';
import type { TypeRuntime } from '../runtime';
import type { ChoiceOption } from '../shared-schema';

export interface PickResult<T extends 'multiple-choice' | 'compare'> {
  type: T;
  /** Share of right options chosen less the share of wrong options chosen (never below 0). */
  score: number;
  options: { id: string; verdict: OptionVerdict }[];
  counts: ChoiceCounts;
}
export type MultipleChoiceResult = PickResult<'multiple-choice'>;

/** Multiple choice and compare are answered and scored alike: pick the right ones from a list. */
export function pickRuntime<T extends 'multiple-choice' | 'compare'>(type: T, label: string) {
  return {
    label,
    judgesProblems: false,
    empty: () => ({ choices: [] }),
    missing: (_e: unknown, a: ManyAnswer) => (a.choices.length === 0 ? 'Choose at least one answer first.' : null),
    accepts: (e: { options: ChoiceOption[] }, s: unknown): s is ManyAnswer => acceptsChoices(e.options, s),
    score: (e: { options: ChoiceOption[] }, key: { correct: string[] }, answer: ManyAnswer): PickResult<T> => {
      const { verdicts, counts, score } = judgeOptions(e.options, key.correct, answer.choices);
      return { type, score, options: verdicts, counts };
    },
    signature: manySignature,
  };
}

export const multipleChoice: TypeRuntime<'multiple-choice'> = pickRuntime('multiple-choice', 'Multiple choice');
