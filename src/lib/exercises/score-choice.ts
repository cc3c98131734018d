import { tally, type Discernment } from './discernment';
import type { Answer, CompareKey, MultipleChoiceKey, MultipleChoicePublic, ComparePublic, SingleChoiceKey, SingleChoicePublic } from './types';

export type OptionVerdict = 'hit' | 'miss' | 'false-alarm' | 'correct-rejection';

export interface SingleChoiceResult {
  type: 'single-choice';
  score: number;
  chosen: string | null;
  correct: string;
}

export function scoreSingleChoice(_exercise: Readonly<SingleChoicePublic>, key: Readonly<SingleChoiceKey>, answer: Readonly<Answer<'single-choice'>>): SingleChoiceResult {
  return { type: 'single-choice', score: answer.choice === key.correct ? 1 : 0, chosen: answer.choice, correct: key.correct };
}

export interface ManyChoiceResult {
  type: 'multiple-choice' | 'compare';
  /** Share of options handled rightly: chosen when they should be, left when they should not. */
  score: number;
  options: { id: string; verdict: OptionVerdict }[];
  discernment: Discernment;
}

/** Multiple choice and compare: every option is a judgement to make, so both kinds of error count. */
export function scoreManyChoice(
  exercise: Readonly<MultipleChoicePublic | ComparePublic>,
  key: Readonly<MultipleChoiceKey | CompareKey>,
  answer: Readonly<Answer<'multiple-choice'>>,
): ManyChoiceResult {
  const chosen = new Set(answer.choices);
  const correct = new Set(key.correct);
  const options = exercise.options.map((o) => {
    const should = correct.has(o.id);
    const did = chosen.has(o.id);
    const verdict: OptionVerdict = should ? (did ? 'hit' : 'miss') : did ? 'false-alarm' : 'correct-rejection';
    return { id: o.id, verdict };
  });
  const right = options.filter((o) => o.verdict === 'hit' || o.verdict === 'correct-rejection').length;
  return {
    type: exercise.type,
    score: options.length ? right / options.length : 0,
    options,
    discernment: tally(exercise.options.map((o) => ({ isProblem: correct.has(o.id), flagged: chosen.has(o.id) }))),
  };
}
