import { z } from 'astro/zod';
import { authoredBase, excerptRefSchema, excerptSchema, feedbackById, feedbackText, publicBase } from '../shared-schema';

import { CATEGORY_IDS, flagsProblem, type Category } from './categories';

export { CATEGORY_IDS, NO_PROBLEM, type Category } from './categories';
const category = z.enum(CATEGORY_IDS);

export const classifyAuthored = z
  .strictObject({
    ...authoredBase,
    type: z.literal('classify'),
    categories: z.array(category).min(2),
    items: z
      .array(
        z.strictObject({
          excerpt: excerptRefSchema,
          answer: category,
          /**
           * Other answers that are just as defensible (an excerpt that fits two techniques). They
           * must judge the excerpt the same way (both a problem, or both sound), and the feedback
           * says why either is right.
           */
          alsoAccept: z.array(category).min(1).optional(),
          feedback: feedbackText,
        }),
      )
      .min(2),
  })
  .superRefine((ex, ctx) => {
    ex.items.forEach((item, index) => {
      for (const answer of [item.answer, ...(item.alsoAccept ?? [])]) {
        if (!ex.categories.includes(answer)) {
          ctx.addIssue({ code: 'custom', path: ['items', index, 'answer'], message: `"${answer}" is not one of this exercise's categories` });
        }
      }
      for (const other of item.alsoAccept ?? []) {
        if (other === item.answer) ctx.addIssue({ code: 'custom', path: ['items', index, 'alsoAccept'], message: `"${other}" is already the answer` });
        if (flagsProblem(other) !== flagsProblem(item.answer)) {
          ctx.addIssue({
            code: 'custom',
            path: ['items', index, 'alsoAccept'],
            message: `"${other}" and "${item.answer}" judge the excerpt differently (one a problem, one sound); an item accepts answers of one kind only`,
          });
        }
      }
    });
  });

export const classifyPublic = z.object({
  ...publicBase,
  type: z.literal('classify'),
  categories: z.array(category),
  items: z.array(z.object({ id: z.string(), excerpt: excerptSchema })),
});
export const classifyKey = z.object({
  type: z.literal('classify'),
  answers: z.record(z.string(), category),
  /** Items with more than one right answer: the others, by item id. */
  alsoAccepted: z.record(z.string(), z.array(category)),
  feedback: feedbackById,
});

export type ClassifyAuthored = z.infer<typeof classifyAuthored>;
export type ClassifyPublic = z.infer<typeof classifyPublic>;
export type ClassifyItemPublic = ClassifyPublic['items'][number];
export type ClassifyKey = z.infer<typeof classifyKey>;
export interface ClassifyAnswer {
  answers: Record<string, Category | null>;
}
