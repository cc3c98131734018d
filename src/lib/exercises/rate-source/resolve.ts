import { optionId } from '../choices';
import type { ResolveContext } from '../resolve-context';
import type { RateSourceAuthored, RateSourceKey, RateSourcePublic } from './schema';

export function resolveRateSource(ex: RateSourceAuthored, ctx: ResolveContext): { public: RateSourcePublic; key: RateSourceKey } {
  const reasons = ex.reasons.map((r, i) => ({ ...r, id: optionId(i) }));
  const shown = ctx.order(reasons, (r) => r.expert);
  return {
    public: { type: ex.type, id: ex.id, title: ex.title, prompt: ex.prompt, excerpt: ctx.excerpt(ex.excerpt), reasons: shown.map(({ id, text }) => ({ id, text })) },
    key: {
      type: ex.type,
      rating: ex.rating,
      ratingExplanation: ex.ratingExplanation,
      expertReasons: reasons.filter((r) => r.expert).map((r) => r.id),
      feedback: Object.fromEntries(reasons.map((r) => [r.id, r.feedback])),
    },
  };
}
