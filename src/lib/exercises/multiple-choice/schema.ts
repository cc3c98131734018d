import { z } from 'astro/zod';
import { authoredBase, authoredOptionSchema, choiceOptionSchema, excerptRefSchema, excerptSchema, feedbackById, publicBase } from '../shared-schema';

export const multipleChoiceAuthored = z.strictObject({
  ...authoredBase,
  type: z.literal('multiple-choice'),
  excerpt: excerptRefSchema.optional(),
  options: z
    .array(authoredOptionSchema)
    .min(2)
    .refine((o) => o.some((x) => x.correct), 'a multiple-choice exercise needs at least one correct option'),
});

export const multipleChoicePublic = z.object({
  ...publicBase,
  type: z.literal('multiple-choice'),
  excerpt: excerptSchema.nullable(),
  options: z.array(choiceOptionSchema),
});
export const multipleChoiceKey = z.object({ type: z.literal('multiple-choice'), correct: z.array(z.string()), feedback: feedbackById });

export type MultipleChoiceAuthored = z.infer<typeof multipleChoiceAuthored>;
export type MultipleChoicePublic = z.infer<typeof multipleChoicePublic>;
export type MultipleChoiceKey = z.infer<typeof multipleChoiceKey>;
