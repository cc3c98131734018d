import { judgeOptions, type ChoiceCounts } from '../choices';
import { isObject, type TypeRuntime } from '../runtime';
import { RATING_SCALE } from './scale';
import type { RateSourceAnswer, RateSourceKey } from './schema';

/** How far the rating is from the expert's range: 0 inside it. */
export type RatingDistance = 0 | 1 | 2 | 3;

export interface RateSourceResult {
  type: 'rate-source';
  /** Half for the rating, falling off with its distance from the expert's range; half for the reasons. */
  score: number;
  /** null when no rating was given. */
  distance: RatingDistance | null;
  reasons: { id: string; expert: boolean; chosen: boolean }[];
  /** Expert reasons given (right choices) and other reasons given (wrong choices). */
  counts: ChoiceCounts;
}

/** Credit for a rating by its distance from the expert's range. */
export const RATING_CREDIT: Record<RatingDistance, number> = { 0: 1, 1: 0.5, 2: 0.2, 3: 0 };

export function ratingDistance(range: RateSourceKey['rating'], rating: number): RatingDistance {
  return (rating < range.min ? range.min - rating : rating > range.max ? rating - range.max : 0) as RatingDistance;
}

export const ratingLabel = (value: number) => RATING_SCALE.find((r) => r.value === value)?.label ?? String(value);
export const rangeLabel = (range: RateSourceKey['rating']) =>
  range.min === range.max ? ratingLabel(range.min) : `${ratingLabel(range.min)} to ${ratingLabel(range.max)}`;

export const rateSource: TypeRuntime<'rate-source'> = {
  label: 'Rate the source',
  judgesProblems: false,
  empty: () => ({ rating: null, reasons: [] }),
  missing: (_e, a) => (a.rating === null ? 'Choose a rating first.' : a.reasons.length === 0 ? 'Choose at least one reason first.' : null),
  accepts: (e, s): s is RateSourceAnswer =>
    isObject(s) &&
    (s.rating === null || RATING_SCALE.some((r) => r.value === s.rating)) &&
    Array.isArray(s.reasons) &&
    s.reasons.every((id) => e.reasons.some((r) => r.id === id)),
  score: (e, key, answer) => {
    const distance = answer.rating === null ? null : ratingDistance(key.rating, answer.rating);
    const { counts, score: reasonScore } = judgeOptions(e.reasons, key.expertReasons, answer.reasons);
    const chosen = new Set(answer.reasons);
    const expert = new Set(key.expertReasons);
    return {
      type: 'rate-source',
      score: ((distance === null ? 0 : RATING_CREDIT[distance]) + reasonScore) / 2,
      distance,
      reasons: e.reasons.map((r) => ({ id: r.id, expert: expert.has(r.id), chosen: chosen.has(r.id) })),
      counts,
    };
  },
  signature: (a) => `${a.rating ?? '_'}:${[...a.reasons].sort().join('')}`,
};
