import { z } from 'astro/zod';
import { authoredBase, authoredOptionSchema, choiceOptionSchema, excerptSchema, feedbackById, publicBase, quoteRefSchema } from '../shared-schema';

const authoredSide = z.strictObject({ label: z.string().min(1), excerpts: z.array(quoteRefSchema).min(1) });

export const compareAuthored = z.strictObject({
  ...authoredBase,
  type: z.literal('compare'),
  left: authoredSide,
  right: authoredSide,
  options: z
    .array(authoredOptionSchema)
    .min(2)
    .refine((o) => o.some((x) => x.correct), 'a compare exercise needs at least one correct option'),
});

const side = z.object({ label: z.string(), excerpts: z.array(excerptSchema) });
export const comparePublic = z.object({ ...publicBase, type: z.literal('compare'), left: side, right: side, options: z.array(choiceOptionSchema) });
export const compareKey = z.object({ type: z.literal('compare'), correct: z.array(z.string()), feedback: feedbackById });

export type CompareAuthored = z.infer<typeof compareAuthored>;
export type CompareSide = z.infer<typeof side>;
export type ComparePublic = z.infer<typeof comparePublic>;
export type CompareKey = z.infer<typeof compareKey>;
