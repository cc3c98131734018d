import { z } from 'astro/zod';
import { deskResultSchema } from '../../research/schema';
import { authoredBase, authoredOptionSchema, choiceOptionSchema, feedbackById, feedbackText, publicBase, slug } from '../shared-schema';

/** How good a first click each result is, for this task's question. */
export const FIRST_CLICK_VALUES = ['best', 'fair', 'poor'] as const;
export type FirstClickValue = (typeof FIRST_CLICK_VALUES)[number];

/**
 * A search task: a results page from the research desk, a question, and a judgement. It is scored
 * on which result the student opens first (click restraint) and on the judgement they reach.
 */
export const searchTaskAuthored = z.strictObject({
  ...authoredBase,
  type: z.literal('search-task'),
  /** A search of the research desk (content/research/). */
  search: slug,
  /** Every result of the search, by note id: how good a first click it is for this task, and why. */
  results: z
    .array(z.strictObject({ note: slug, value: z.enum(FIRST_CLICK_VALUES), feedback: feedbackText }))
    .min(3)
    .refine((r) => r.some((x) => x.value === 'best') && r.some((x) => x.value === 'poor'), 'mark at least one result "best" and one "poor"'),
  /** The judgement the search should lead to. */
  judgement: z.strictObject({
    question: z.string().trim().min(10),
    options: z
      .array(authoredOptionSchema)
      .min(3)
      .refine((o) => o.filter((x) => x.correct).length === 1, 'a judgement needs exactly one correct option'),
  }),
  /** The same task for a class with the open web: what to search and what to look for. */
  liveWeb: z.string().trim().min(20),
});

export const searchTaskPublic = z.object({
  ...publicBase,
  type: z.literal('search-task'),
  /** The desk's search, to link to it. */
  search: z.string(),
  query: z.string(),
  results: z.array(deskResultSchema),
  question: z.string(),
  options: z.array(choiceOptionSchema),
  liveWeb: z.string(),
});
export const searchTaskKey = z.object({
  type: z.literal('search-task'),
  /** Each result's value as a first click, by result id. */
  values: z.record(z.string(), z.enum(FIRST_CLICK_VALUES)),
  /** Why, by result id. */
  resultFeedback: feedbackById,
  correct: z.string(),
  /** Why each judgement is right or wrong, by option id. */
  feedback: feedbackById,
});

export type SearchTaskAuthored = z.infer<typeof searchTaskAuthored>;
export type SearchTaskPublic = z.infer<typeof searchTaskPublic>;
export type SearchTaskKey = z.infer<typeof searchTaskKey>;
export interface SearchTaskAnswer {
  /** Result ids in the order the student opened them (each once). */
  opened: string[];
  judgement: string | null;
}
