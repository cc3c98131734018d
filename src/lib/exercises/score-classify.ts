import { techniqueById } from '../techniques';
import { tally, type Discernment } from './discernment';
import { NO_PROBLEM, type Answer, type Category, type ClassifyKey, type ClassifyPublic } from './types';

export interface ClassifyResult {
  type: 'classify';
  /** Share of items put in the right category. */
  score: number;
  items: { id: string; chosen: Category | null; answer: Category; correct: boolean }[];
  discernment: Discernment;
}

/** A category flags a problem unless it is "no problem here" or a good-practice technique. */
export function flagsProblem(category: Category): boolean {
  return category !== NO_PROBLEM && techniqueById(category).role !== 'control';
}

export function scoreClassify(exercise: Readonly<ClassifyPublic>, key: Readonly<ClassifyKey>, answer: Readonly<Answer<'classify'>>): ClassifyResult {
  const items = exercise.items.map((item) => {
    const chosen = answer.answers[item.id] ?? null;
    const expected = key.answers[item.id]!;
    return { id: item.id, chosen, answer: expected, correct: chosen === expected };
  });
  return {
    type: 'classify',
    score: items.length ? items.filter((i) => i.correct).length / items.length : 0,
    items,
    discernment: tally(items.map((i) => ({ isProblem: flagsProblem(i.answer), flagged: i.chosen !== null && flagsProblem(i.chosen) }))),
  };
}
