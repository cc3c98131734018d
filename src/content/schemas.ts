/**
 * The single source of truth for the shape of every content type. content.config.ts hands these
 * to Astro's collections; load-content.ts uses them to name the file and entry of any problem.
 */
import { z } from 'astro/zod';
import { STANDARDS } from '../lib/standards';
import { SOURCING_KINDS, TECHNIQUE_IDS, VOICES } from '../lib/techniques';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

export const PUBLISHER_KINDS = {
  'news-agency': 'News agency',
  newspaper: 'Newspaper',
  'armed-group-press-office': 'Press office of an armed group',
  'opinion-site': 'Opinion and commentary site',
  aggregator: 'Compilation of other outlets’ pieces',
  unknown: 'Not given in the capture',
} as const;

export const CONTENT_NOTES = {
  violence: 'Violence',
  terrorism: 'Terrorism',
  'death-of-civilians': 'Deaths of civilians, including children',
  'war-crimes': 'War crimes and executions',
  antisemitism: 'Antisemitism',
  'hateful-language': 'Hateful language',
} as const;

export const PART_KINDS = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  'lead-in': 'Lead-in',
  byline: 'Byline',
  dateline: 'Date line',
  article: 'Article',
  piece: 'Piece',
  banner: 'Banner',
  disclaimer: 'Disclaimer',
  'author-bio': 'Author bio',
  comment: 'Reader comment',
  debris: 'Page debris',
} as const;

function keysOf<T extends Record<string, string>>(record: T) {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}

export const documentPartSchema = z.strictObject({
  id: slug,
  kind: z.enum(keysOf(PART_KINDS)),
  /** What a student sees as the part's label, e.g. "VT's lead-in line". */
  label: z.string().min(1),
  outlet: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  /** For a reply: the id of the comment it answers. */
  replyTo: slug.optional(),
  text: z.string().min(1),
});

export const documentSchema = z
  .strictObject({
    number: z.string().regex(/^\d{3}$/, 'a three-digit number such as "000"'),
    title: z.string().min(1),
    outlet: z.string().min(1).nullable(),
    publisherKind: z.enum(keysOf(PUBLISHER_KINDS)),
    author: z.string().min(1).nullable(),
    /** As printed in the capture, not reformatted. */
    date: z.string().min(1).nullable(),
    language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/),
    summary: z.string().min(40),
    contentNotes: z.array(z.enum(keysOf(CONTENT_NOTES))),
    source: z.strictObject({
      /** File name of the raw capture in content/seeds/. */
      capture: z.string().regex(/^[\w.-]+\.txt$/),
      description: z.string().min(1),
      /**
       * Exact strings left out of the capture: a whole line, or the start of a line (list
       * numbers, bullets). Every other line of the capture must be kept as a paragraph.
       */
      dropped: z.array(z.string().min(1)).default([]),
    }),
    /** What was dropped or normalised, and why. */
    notes: z.array(z.string().min(1)),
    parts: z.array(documentPartSchema).min(1),
  })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    doc.parts.forEach((part, index) => {
      if (ids.has(part.id)) ctx.addIssue({ code: 'custom', path: ['parts', index, 'id'], message: `duplicate part id "${part.id}"` });
      ids.add(part.id);
    });
    doc.parts.forEach((part, index) => {
      if (part.replyTo && !ids.has(part.replyTo)) {
        ctx.addIssue({ code: 'custom', path: ['parts', index, 'replyTo'], message: `no part "${part.replyTo}" to reply to` });
      }
    });
  });

export type DocumentData = z.infer<typeof documentSchema>;
export type DocumentPart = z.infer<typeof documentPartSchema>;

export const EXPLANATION_WORD_LIMIT = 60;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export const annotationSchema = z
  .strictObject({
    id: slug,
    quote: z.string().trim().min(1),
    occurrence: z.number().int().positive().optional(),
    technique: z.enum(TECHNIQUE_IDS),
    /** Required for anonymous sources: where on the spectrum the source sits. */
    sourcing: z.enum(keysOf(SOURCING_KINDS)).optional(),
    /** Required for loaded language: the author's own words, or quoted ones. */
    voice: z.enum(keysOf(VOICES)).optional(),
    /** Why the span is an example of its technique (for controls: why it is fine). */
    explanation: z.string().trim().min(1),
    /** What a reader could check or ask. */
    check: z.string().trim().min(1),
  })
  .superRefine((a, ctx) => {
    const words = countWords(a.explanation) + countWords(a.check);
    if (words > EXPLANATION_WORD_LIMIT) {
      ctx.addIssue({
        code: 'custom',
        path: ['explanation'],
        message: `explanation and check together are ${words} words; the limit is ${EXPLANATION_WORD_LIMIT}`,
      });
    }
    if (a.technique === 'anonymous-source' && !a.sourcing) {
      ctx.addIssue({ code: 'custom', path: ['sourcing'], message: 'an anonymous-source annotation needs "sourcing"' });
    }
    if (a.technique !== 'anonymous-source' && a.sourcing) {
      ctx.addIssue({ code: 'custom', path: ['sourcing'], message: '"sourcing" is only for anonymous-source annotations' });
    }
    if (a.technique === 'loaded-language' && !a.voice) {
      ctx.addIssue({ code: 'custom', path: ['voice'], message: 'a loaded-language annotation needs "voice"' });
    }
    if (a.technique !== 'loaded-language' && a.voice) {
      ctx.addIssue({ code: 'custom', path: ['voice'], message: '"voice" is only for loaded-language annotations' });
    }
  });

/** One annotation file: a document and the annotations on it. */
export const annotationFileSchema = z.strictObject({
  document: slug,
  annotations: z.array(z.unknown()).min(1),
});

/** An annotation as stored in the collection: the file's fields plus where it came from. */
export const annotationEntrySchema = z.intersection(
  annotationSchema,
  z.object({ document: slug, file: z.string() }),
);

export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationEntry = Annotation & { document: string; file: string };

/* ---------------------------------------------------------------- exercises */

/** A passage quoted from a document (anchored like an annotation), or a labelled practice text. */
export const quoteRefSchema = z.strictObject({
  document: slug,
  quote: z.string().trim().min(1),
  occurrence: z.number().int().positive().optional(),
});
export const excerptRefSchema = z.union([
  quoteRefSchema,
  z.strictObject({
    /** A short example written for the course; the site labels it as such. */
    practice: z.string().trim().min(1),
  }),
]);
export type QuoteRefData = z.infer<typeof quoteRefSchema>;
export type ExcerptRefData = z.infer<typeof excerptRefSchema>;

const feedback = z.string().trim().min(1);
const choiceOptionSchema = z.strictObject({
  text: z.string().trim().min(1),
  correct: z.boolean(),
  /** Why this option is right or wrong: every option has one. */
  feedback,
});

const exerciseBase = {
  id: slug,
  /** A few words, shown as the exercise heading. */
  title: z.string().trim().min(1).max(80),
  prompt: z.string().trim().min(1),
};

export const CATEGORY_IDS = [...TECHNIQUE_IDS, 'none'] as const;

export const exerciseSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...exerciseBase,
    type: z.literal('single-choice'),
    excerpt: excerptRefSchema.optional(),
    options: z
      .array(choiceOptionSchema)
      .min(2)
      .refine((o) => o.filter((x) => x.correct).length === 1, 'a single-choice exercise needs exactly one correct option'),
  }),
  z.strictObject({
    ...exerciseBase,
    type: z.literal('multiple-choice'),
    excerpt: excerptRefSchema.optional(),
    options: z
      .array(choiceOptionSchema)
      .min(2)
      .refine((o) => o.some((x) => x.correct), 'a multiple-choice exercise needs at least one correct option'),
  }),
  z.strictObject({
    ...exerciseBase,
    type: z.literal('highlight'),
    /** A quoted stretch of one paragraph, or whole parts of a document (in document order, side by side). */
    passage: z.union([quoteRefSchema, z.strictObject({ document: slug, parts: z.array(slug).min(1) })]),
    /** The techniques to mark; the passage's annotations of these techniques are the targets. */
    techniques: z.array(z.enum(TECHNIQUE_IDS)).min(1),
  }),
  z
    .strictObject({
      ...exerciseBase,
      type: z.literal('classify'),
      categories: z.array(z.enum(CATEGORY_IDS)).min(2),
      items: z
        .array(z.strictObject({ excerpt: excerptRefSchema, answer: z.enum(CATEGORY_IDS), feedback }))
        .min(2),
    })
    .superRefine((ex, ctx) => {
      ex.items.forEach((item, index) => {
        if (!ex.categories.includes(item.answer)) {
          ctx.addIssue({ code: 'custom', path: ['items', index, 'answer'], message: `"${item.answer}" is not one of this exercise's categories` });
        }
      });
    }),
  z.strictObject({
    ...exerciseBase,
    type: z.literal('compare'),
    left: z.strictObject({ label: z.string().min(1), excerpts: z.array(quoteRefSchema).min(1) }),
    right: z.strictObject({ label: z.string().min(1), excerpts: z.array(quoteRefSchema).min(1) }),
    options: z
      .array(choiceOptionSchema)
      .min(2)
      .refine((o) => o.some((x) => x.correct), 'a compare exercise needs at least one correct option'),
  }),
  z
    .strictObject({
      ...exerciseBase,
      type: z.literal('rate-source'),
      excerpt: excerptRefSchema,
      rating: z.strictObject({ min: z.number().int().min(1).max(4), max: z.number().int().min(1).max(4) }),
      ratingExplanation: feedback,
      reasons: z
        .array(z.strictObject({ text: z.string().trim().min(1), expert: z.boolean(), feedback }))
        .min(3)
        .refine((r) => r.some((x) => x.expert) && r.some((x) => !x.expert), 'give reasons an expert would and would not give'),
    })
    .refine((ex) => ex.rating.min <= ex.rating.max, { path: ['rating'], message: 'rating.min must not be above rating.max' }),
  z.strictObject({
    ...exerciseBase,
    type: z.literal('rewrite'),
    excerpt: excerptRefSchema,
    loadedWords: z.array(z.strictObject({ text: z.string().trim().min(1), why: feedback })).min(1),
    checklist: z
      .array(z.string().trim().min(1))
      .default(['The loaded words are gone.', 'The claim itself is kept.', 'Nothing new is added.']),
    modelAnswer: z.string().trim().min(1),
  }),
]);
export type ExerciseData = z.infer<typeof exerciseSchema>;

export const exerciseFileSchema = z.strictObject({
  exercises: z.array(z.unknown()).min(1),
});

export const EXERCISE_TYPES = ['single-choice', 'multiple-choice', 'highlight', 'classify', 'compare', 'rate-source', 'rewrite'] as const;

/** A resolved exercise in the collection: the types in src/lib/exercises/types.ts describe it fully. */
export const exerciseEntrySchema = z.object({
  type: z.enum(EXERCISE_TYPES),
  public: z.looseObject({ id: slug, title: z.string(), prompt: z.string() }),
  key: z.looseObject({ type: z.enum(EXERCISE_TYPES) }),
  file: z.string(),
});

/* ---------------------------------------------------------------- the course */

const iCan = z.string().regex(/^I can /, 'a learning goal starts "I can ..."');

export const moduleSchema = z.strictObject({
  order: z.number().int().min(1),
  title: z.string().min(1),
  /** The skill, in a few words, e.g. "Unverified claims". */
  skill: z.string().min(1),
  summary: z.string().min(40),
  /** Total minutes, lessons and checks together. */
  minutes: z.number().int().positive(),
  documents: z.array(slug).min(2),
  contentNotes: z.array(z.enum(keysOf(CONTENT_NOTES))),
  goals: z.array(iCan).min(1),
  /** Exercise ids of the short check before the module, and of the one after (same skill, other items). */
  preCheck: z.array(slug).min(2),
  postCheck: z.array(slug).min(2),
  /** The questions on the module's printable checklist card. */
  checklist: z.array(z.string().min(1)).min(3),
  /** For teachers: questions to discuss, and ways to adapt the module. */
  discussion: z.array(z.string().min(1)).min(2),
  differentiation: z.array(z.string().min(1)).min(2),
  /** Standards codes from the content guide. */
  standards: z.array(z.enum(keysOf(STANDARDS))).min(1),
});
export type ModuleData = z.infer<typeof moduleSchema>;

export const lessonSchema = z.strictObject({
  title: z.string().min(1),
  module: slug,
  order: z.number().int().min(1),
  minutes: z.number().int().min(10).max(20),
  goals: z.array(iCan).min(1).max(2),
  /** One or two sentences for outlines and teacher pages. */
  summary: z.string().min(20),
  contentNotes: z.array(z.enum(keysOf(CONTENT_NOTES))).default([]),
});
export type LessonData = z.infer<typeof lessonSchema>;

export const glossaryTermSchema = z.strictObject({
  id: slug,
  term: z.string().min(1),
  /** Other forms of the term to recognise in lesson prose (plurals, short forms). */
  aliases: z.array(z.string().min(1)).default([]),
  definition: z.string().min(20),
  /** The technique this term names, if it is one. */
  technique: z.enum(TECHNIQUE_IDS).optional(),
  example: z.string().optional(),
});
export const glossaryFileSchema = z.strictObject({ terms: z.array(glossaryTermSchema).min(1) });
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
