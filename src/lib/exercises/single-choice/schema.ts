import { z } from 'astro/zod';
import { authoredBase, authoredOptionSchema, choiceOptionSchema, excerptRefSchema, excerptSchema, feedbackById, publicBase } from '../shared-schema';

export const singleChoiceAuthored = z.strictObject({
  ...authoredBase,
  type: z.literal('single-choice'),
  excerpt: excerptRefSchema.optional(),
  options: z
    .array(authoredOptionSchema)
    .min(2)
    .refine((o) => o.filter((x) => x.correct).length === 1, 'a single-choice exercise needs exactly one correct option'),
});

export const singleChoicePublic = z.object({
  ...publicBase,
  type: z.literal('single-choice'),
  excerpt: excerptSchema.nullable(),
  options: z.array(choiceOptionSchema),
});
export const singleChoiceKey = z.object({ type: z.literal('single-choice'), correct: z.string(), feedback: feedbackById });

export type SingleChoiceAuthored = z.infer<typeof singleChoiceAuthored>;
export type SingleChoicePublic = z.infer<typeof singleChoicePublic>;
export type SingleChoiceKey = z.infer<typeof singleChoiceKey>;
export interface SingleChoiceAnswer {
  choice: string | null;
}
