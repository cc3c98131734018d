import { techniqueById } from '../../techniques';
import { tally, type Discernment } from '../discernment';
import { isObject, type TypeRuntime } from '../runtime';
import { flagsProblem, NO_PROBLEM, type Category } from './categories';
import type { ClassifyAnswer, ClassifyKey } from './schema';

export interface ClassifyResult {
  type: 'classify';
  /** Share of items put in the right category. */
  score: number;
  /** `answer` is the key's main answer; a chosen answer among `accepted` is right too. */
  items: { id: string; chosen: Category | null; answer: Category; accepted: Category[]; correct: boolean }[];
  discernment: Discernment;
}

export { flagsProblem };

/** Every answer the key takes for an item: the main one first. */
export function acceptedAnswers(key: ClassifyKey, itemId: string): Category[] {
  return [key.answers[itemId]!, ...(key.alsoAccepted[itemId] ?? [])];
}

export function categoryLabel(category: Category): string {
  return category === NO_PROBLEM ? 'No problem here' : techniqueById(category).label;
}

/** "Unverified claim", or "Unverified claim (or Anonymous source)" where the key takes both. */
export function acceptedLabel(accepted: readonly Category[]): string {
  const [main, ...others] = accepted.map(categoryLabel);
  return others.length ? `${main} (or ${others.join(', or ')})` : main!;
}

export const categoryCode = (c: Category | null) => (c === null ? '_' : c === NO_PROBLEM ? '0' : techniqueById(c).code);
const itemNumber = (id: string) => Number(id.replace(/^\D+/, ''));

export const classify: TypeRuntime<'classify'> = {
  label: 'Classify',
  judgesProblems: true,
  empty: (e) => ({ answers: Object.fromEntries(e.items.map((i) => [i.id, null])) }),
  missing: (e, a) => {
    const left = e.items.filter((i) => !a.answers[i.id]).length;
    return left > 0 ? `Choose an answer for every excerpt first (${left} left).` : null;
  },
  accepts: (e, s): s is ClassifyAnswer =>
    isObject(s) &&
    isObject(s.answers) &&
    Object.entries(s.answers).every(([id, c]) => e.items.some((i) => i.id === id) && (c === null || e.categories.includes(c as Category))),
  score: (e, key, answer) => {
    const items = e.items.map((item) => {
      const chosen = Object.hasOwn(answer.answers, item.id) ? (answer.answers[item.id] ?? null) : null;
      const accepted = acceptedAnswers(key, item.id);
      return { id: item.id, chosen, answer: accepted[0]!, accepted, correct: chosen !== null && accepted.includes(chosen) };
    });
    return {
      type: 'classify',
      score: items.length ? items.filter((i) => i.correct).length / items.length : 0,
      items,
      // A problem is found only when it is named rightly: a wrong category is a miss.
      discernment: tally(
        items.map((i) => {
          const isProblem = flagsProblem(i.answer);
          return { isProblem, flagged: isProblem ? i.correct : i.chosen !== null && flagsProblem(i.chosen) };
        }),
      ),
    };
  },
  signature: (a) =>
    Object.entries(a.answers)
      .sort(([x], [y]) => itemNumber(x) - itemNumber(y))
      .map(([, c]) => categoryCode(c))
      .join(''),
};
