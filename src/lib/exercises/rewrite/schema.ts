import { z } from 'astro/zod';
import { authoredBase, excerptRefSchema, excerptSchema, feedbackText, publicBase } from '../shared-schema';

const noted = z.strictObject({ text: z.string().trim().min(1), why: feedbackText });
const rubricAnchor = z.strictObject({ answer: z.string().trim().min(1), why: feedbackText });

export const rewriteAuthored = z.strictObject({
  ...authoredBase,
  type: z.literal('rewrite'),
  excerpt: excerptRefSchema,
  loadedWords: z.array(noted).min(1),
  /** The claim's key content words a neutral version keeps ("Daesh|ISIS" for words that say the same); by default, those the model answer shares with the excerpt. */
  keep: z.array(z.string().trim().min(1)).min(2).optional(),
  /** Words that would add a claim the excerpt does not make. */
  newClaims: z.array(noted).default([]),
  checklist: z
    .array(z.string().trim().min(1))
    .default(['The loaded words are gone.', 'The claim itself is kept.', 'Nothing new is added.']),
  modelAnswer: z.string().trim().min(1),
  /** For teachers marking by hand: an anchor answer at each level, and why it sits there. */
  rubric: z.strictObject({ strong: rubricAnchor, partial: rubricAnchor, weak: rubricAnchor }),
});

const notedWord = z.object({ text: z.string(), why: z.string() });
const notedAnchor = z.object({ answer: z.string(), why: z.string() });
export const rewritePublic = z.object({ ...publicBase, type: z.literal('rewrite'), excerpt: excerptSchema, checklist: z.array(z.string()) });
export const rewriteKey = z.object({
  type: z.literal('rewrite'),
  loadedWords: z.array(notedWord),
  keep: z.array(z.string()),
  newClaims: z.array(notedWord),
  modelAnswer: z.string(),
  rubric: z.object({ strong: notedAnchor, partial: notedAnchor, weak: notedAnchor }),
});

export type RewriteAuthored = z.infer<typeof rewriteAuthored>;
export type RewritePublic = z.infer<typeof rewritePublic>;
export type RewriteKey = z.infer<typeof rewriteKey>;
export type LoadedWord = RewriteKey['loadedWords'][number];

export interface RewriteAnswer {
  text: string;
  ticked: number[];
}
