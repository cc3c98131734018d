import { z } from 'astro/zod';
import { TECHNIQUE_IDS } from '../../techniques';
import { authoredBase, excerptSchema, publicBase, quoteRefSchema, slug } from '../shared-schema';

export const highlightAuthored = z.strictObject({
  ...authoredBase,
  type: z.literal('highlight'),
  /** A quoted stretch of one paragraph, or whole parts of a document (in document order, side by side). */
  passage: z.union([quoteRefSchema, z.strictObject({ document: slug, parts: z.array(slug).min(1) })]),
  /** The techniques to mark; the passage's annotations of these techniques are the targets. */
  techniques: z.array(z.enum(TECHNIQUE_IDS)).min(1),
});

const wordSchema = z.object({ text: z.string(), start: z.number(), end: z.number() });
export const highlightPublic = z.object({
  ...publicBase,
  type: z.literal('highlight'),
  excerpt: excerptSchema,
  words: z.array(wordSchema),
  /** Whitespace or nothing between word i and word i + 1, to draw the passage as written. */
  gaps: z.array(z.string()),
});

const range = { from: z.number().int(), to: z.number().int() };
/** An annotation inside a highlight passage, by word indexes (inclusive start, exclusive end). */
const passageSpan = z.object({ annotationId: z.string(), technique: z.enum(TECHNIQUE_IDS), ...range, explanation: z.string(), detail: z.string().optional() });
/** A target also has the extent it belongs to: its sentence, short of any other annotation. */
const targetSpan = passageSpan.extend({ extent: z.object(range) });
export const highlightKey = z.object({
  type: z.literal('highlight'),
  /** What the student should mark. */
  targets: z.array(targetSpan),
  /** Good practice in the passage: marking it is a false alarm. */
  controls: z.array(passageSpan),
  /** Other annotated problems not asked about here: marking them costs nothing. */
  neutral: z.array(passageSpan),
});

export type HighlightAuthored = z.infer<typeof highlightAuthored>;
export type Word = z.infer<typeof wordSchema>;
export type HighlightPublic = z.infer<typeof highlightPublic>;
export type PassageSpan = z.infer<typeof passageSpan>;
export type TargetSpan = z.infer<typeof targetSpan>;
export type HighlightKey = z.infer<typeof highlightKey>;
export interface HighlightAnswer {
  marked: number[];
}
