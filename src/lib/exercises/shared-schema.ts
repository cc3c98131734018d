/**
 * Schemas every exercise type shares: how an author quotes a passage, and how a resolved excerpt
 * and a choice option look once the build has checked them. Types come from these schemas.
 */
import { z } from 'astro/zod';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

/** A passage quoted from a document (anchored like an annotation). */
export const quoteRefSchema = z.strictObject({
  document: slug,
  quote: z.string().trim().min(1),
  occurrence: z.number().int().positive().optional(),
});
/** A quoted passage, or a short example written for the course, which the site labels as such. */
export const excerptRefSchema = z.union([quoteRefSchema, z.strictObject({ practice: z.string().trim().min(1) })]);
export type QuoteRefData = z.infer<typeof quoteRefSchema>;
export type ExcerptRefData = z.infer<typeof excerptRefSchema>;

export const feedbackText = z.string().trim().min(1);

/** An option as written: its text, whether it is right, and why. */
export const authoredOptionSchema = z.strictObject({
  text: z.string().trim().min(1),
  correct: z.boolean(),
  /** Why this option is right or wrong: every option has one. */
  feedback: feedbackText,
});
export type AuthoredOption = z.infer<typeof authoredOptionSchema>;

export const authoredBase = {
  id: slug,
  /** A few words, shown as the exercise heading. */
  title: z.string().trim().min(1).max(80),
  prompt: z.string().trim().min(1),
};

/* ------------------------------------------------------------ resolved, as the site ships it */

/** A quoted passage, resolved: its exact text and where it stands. */
export const excerptSchema = z.object({
  text: z.string(),
  /** The document it is quoted from; null for a practice example written for this course. */
  document: z.object({ id: z.string(), number: z.string(), title: z.string(), outlet: z.string().nullable() }).nullable(),
  /** Fragment of the document reader that shows the passage in place. */
  anchor: z.string().nullable(),
});
export type Excerpt = z.infer<typeof excerptSchema>;

export const choiceOptionSchema = z.object({ id: z.string(), text: z.string() });
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

export const publicBase = { id: z.string(), title: z.string(), prompt: z.string() };

export const feedbackById = z.record(z.string(), z.string());
