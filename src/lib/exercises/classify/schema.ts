import { z } from 'astro/zod';
import { authoredBase, excerptRefSchema, excerptSchema, feedbackById, feedbackText, publicBase } from '../shared-schema';

import { CATEGORY_IDS, type Category } from './categories';

export { CATEGORY_IDS, NO_PROBLEM, type Category } from './categories';
const category = z.enum(CATEGORY_IDS);

export const classifyAuthored = z
  .strictObject({
    ...authoredBase,
    type: z.literal('classify'),
    categories: z.array(category).min(2),
    items: z.array(z.strictObject({ excerpt: excerptRefSchema, answer: category, feedback: feedbackText })).min(2),
  })
  .superRefine((ex, ctx) => {
    ex.items.forEach((item, index) => {
      if (!ex.categories.includes(item.answer)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'answer'], message: `"${item.answer}" is not one of this exercise's categories` });
      }
    });
  });

export const classifyPublic = z.object({
  ...publicBase,
  type: z.literal('classify'),
  categories: z.array(category),
  items: z.array(z.object({ id: z.string(), excerpt: excerptSchema })),
});
export const classifyKey = z.object({ type: z.literal('classify'), answers: z.record(z.string(), category), feedback: feedbackById });

export type ClassifyAuthored = z.infer<typeof classifyAuthored>;
export type ClassifyPublic = z.infer<typeof classifyPublic>;
export type ClassifyItemPublic = ClassifyPublic['items'][number];
export type ClassifyKey = z.infer<typeof classifyKey>;
export interface ClassifyAnswer {
  answers: Record<string, Category | null>;
}
