import { optionIds } from '../choices';
import { isObject, type TypeRuntime } from '../runtime';
import type { FirstClickValue, SearchTaskAnswer } from './schema';

/** Credit for the first result opened: the move click restraint teaches. */
export const FIRST_CLICK_CREDIT: Record<FirstClickValue, number> = { best: 1, fair: 0.5, poor: 0 };

export interface SearchTaskResult {
  type: 'search-task';
  /** Half for the first result opened, half for the judgement. */
  score: number;
  firstOpened: string | null;
  firstValue: FirstClickValue | null;
  judgementRight: boolean;
  chosen: string | null;
  correct: string;
}

export const SEPARATOR = '>';

export const searchTask: TypeRuntime<'search-task'> = {
  label: 'Search and judge',
  judgesProblems: false,
  empty: () => ({ opened: [], judgement: null }),
  missing: (_e, a) => (a.opened.length === 0 ? 'Open at least one result first.' : a.judgement === null ? 'Choose your conclusion first.' : null),
  accepts: (e, s): s is SearchTaskAnswer =>
    isObject(s) &&
    Array.isArray(s.opened) &&
    s.opened.every((id) => typeof id === 'string' && e.results.some((r) => r.id === id)) &&
    new Set(s.opened).size === s.opened.length &&
    (s.judgement === null || (typeof s.judgement === 'string' && optionIds(e.options).has(s.judgement))),
  score: (_e, key, answer) => {
    const firstOpened = answer.opened[0] ?? null;
    const firstValue = firstOpened === null ? null : (key.values[firstOpened] ?? null);
    const judgementRight = answer.judgement === key.correct;
    return {
      type: 'search-task',
      score: ((firstValue === null ? 0 : FIRST_CLICK_CREDIT[firstValue]) + (judgementRight ? 1 : 0)) / 2,
      firstOpened,
      firstValue,
      judgementRight,
      chosen: answer.judgement,
      correct: key.correct,
    };
  },
  // Result ids are note slugs (no ">"), so the opening order reads back unambiguously.
  signature: (a) => `${a.opened.join(SEPARATOR)}:${a.judgement ?? ''}`,
};

