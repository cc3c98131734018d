import { tally, type Discernment } from './discernment';
import type { Answer, RateSourceKey, RateSourcePublic } from './types';

export type RatingVerdict = 'in-range' | 'close' | 'far' | 'missing';

export interface RateSourceResult {
  type: 'rate-source';
  /** Half for the rating (a quarter when one step off), half for the reasons chosen and left. */
  score: number;
  rating: RatingVerdict;
  reasons: { id: string; expert: boolean; chosen: boolean }[];
  discernment: Discernment;
}

export function scoreRateSource(exercise: Readonly<RateSourcePublic>, key: Readonly<RateSourceKey>, answer: Readonly<Answer<'rate-source'>>): RateSourceResult {
  const { min, max } = key.rating;
  const distance = answer.rating === null ? null : answer.rating < min ? min - answer.rating : answer.rating > max ? answer.rating - max : 0;
  const rating: RatingVerdict = distance === null ? 'missing' : distance === 0 ? 'in-range' : distance === 1 ? 'close' : 'far';
  const ratingScore = rating === 'in-range' ? 1 : rating === 'close' ? 0.5 : 0;

  const expert = new Set(key.expertReasons);
  const chosen = new Set(answer.reasons);
  const reasons = exercise.reasons.map((r) => ({ id: r.id, expert: expert.has(r.id), chosen: chosen.has(r.id) }));
  const reasonScore = reasons.length ? reasons.filter((r) => r.expert === r.chosen).length / reasons.length : 0;

  return {
    type: 'rate-source',
    score: (ratingScore + reasonScore) / 2,
    rating,
    reasons,
    discernment: tally(reasons.map((r) => ({ isProblem: r.expert, flagged: r.chosen }))),
  };
}
