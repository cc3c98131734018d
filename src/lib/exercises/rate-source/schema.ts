import { z } from 'astro/zod';
import { authoredBase, choiceOptionSchema, excerptRefSchema, excerptSchema, feedbackById, feedbackText, publicBase } from '../shared-schema';

import type { Rating } from './scale';

export { RATING_SCALE, type Rating } from './scale';
const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const rateSourceAuthored = z
  .strictObject({
    ...authoredBase,
    type: z.literal('rate-source'),
    excerpt: excerptRefSchema,
    rating: z.strictObject({ min: rating, max: rating }),
    ratingExplanation: feedbackText,
    reasons: z
      .array(z.strictObject({ text: z.string().trim().min(1), expert: z.boolean(), feedback: feedbackText }))
      .min(3)
      .refine((r) => r.some((x) => x.expert) && r.some((x) => !x.expert), 'give reasons an expert would and would not give'),
  })
  .refine((ex) => ex.rating.min <= ex.rating.max, { path: ['rating'], message: 'rating.min must not be above rating.max' });

export const rateSourcePublic = z.object({ ...publicBase, type: z.literal('rate-source'), excerpt: excerptSchema, reasons: z.array(choiceOptionSchema) });
export const rateSourceKey = z.object({
  type: z.literal('rate-source'),
  rating: z.object({ min: rating, max: rating }),
  ratingExplanation: z.string(),
  /** The reasons an expert would give. */
  expertReasons: z.array(z.string()),
  feedback: feedbackById,
});

export type RateSourceAuthored = z.infer<typeof rateSourceAuthored>;
export type RateSourcePublic = z.infer<typeof rateSourcePublic>;
export type RateSourceKey = z.infer<typeof rateSourceKey>;
export interface RateSourceAnswer {
  rating: Rating | null;
  reasons: string[];
}
