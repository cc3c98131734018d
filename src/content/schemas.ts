/**
 * The single source of truth for the shape of every content type. content.config.ts hands these
 * to Astro's collections; load-content.ts uses them to name the file and entry of any problem.
 */
import { z } from 'astro/zod';
import { STANDARDS } from '../lib/standards';
import { SOURCING_KINDS, TECHNIQUE_IDS, VOICES } from '../lib/techniques';

import { slug } from '../lib/exercises/shared-schema';
import { exerciseSchema } from '../lib/exercises/authoring';

export { slug };

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

function keysOf<T extends Record<string, unknown>>(record: T) {
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

/** A public, checkable source for a fact about the world beyond the documents. */
export const publicSourceSchema = z.strictObject({
  title: z.string().min(3),
  publisher: z.string().min(2),
  /** As published: a year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  url: z.string().url().optional(),
});
export type PublicSource = z.infer<typeof publicSourceSchema>;

/**
 * Why the site gives a document the publisher kind it does: what the page itself shows (a quote,
 * checked against the text), what the outlet says about itself, and what others say about it.
 */
export const publisherEvidenceSchema = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('document'), quote: z.string().trim().min(1), says: z.string().min(20) }),
  z.strictObject({ from: z.literal('outlet'), source: publicSourceSchema, says: z.string().min(20) }),
  z.strictObject({ from: z.literal('reference'), source: publicSourceSchema, says: z.string().min(20) }),
]);
export type PublisherEvidence = z.infer<typeof publisherEvidenceSchema>;

export const documentSchema = z
  .strictObject({
    number: z.string().regex(/^\d{3}$/, 'a three-digit number such as "000"'),
    title: z.string().min(1),
    outlet: z.string().min(1).nullable(),
    publisherKind: z.enum(keysOf(PUBLISHER_KINDS)),
    publisherEvidence: z.array(publisherEvidenceSchema).default([]),
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

// Each exercise type keeps its schemas in src/lib/exercises/<type>/; authoring.ts joins them.
export { authoredExerciseSchema, exerciseSchema } from '../lib/exercises/authoring';
export type { AuthoredExercise } from '../lib/exercises/authoring';
export { excerptRefSchema, quoteRefSchema, type ExcerptRefData, type QuoteRefData } from '../lib/exercises/shared-schema';

export const exerciseFileSchema = z.strictObject({
  exercises: z.array(z.unknown()).min(1),
});

/** A resolved exercise in the collection, and the file it came from. */
export const exerciseEntrySchema = z.intersection(exerciseSchema, z.object({ file: z.string() }));

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
  /** About three weeks after the post-check: parallel items on the same skill, to see what lasted. */
  delayedCheck: z.array(slug).min(2),
  /**
   * Short spaced reviews after the module (about 2 days, 1 week and 1 month on): rounds of new items
   * on the module's skill, served in order, and items that later modules' reviews may mix in.
   */
  reviews: z
    .strictObject({
      rounds: z.array(z.array(slug).min(3).max(4)).min(3),
      mixIns: z.array(slug).default([]),
    }),
  /** The questions on the module's printable checklist card. */
  checklist: z.array(z.string().min(1)).min(3),
  /** For teachers: questions to discuss, and ways to adapt the module. */
  discussion: z.array(z.string().min(1)).min(2),
  differentiation: z.array(z.string().min(1)).min(2),
  /**
   * All five documents argue one side. Where a module leans on them, it says so, and points to
   * where the other side's answer can be read (verbatim, in the documents).
   */
  otherSide: z
    .strictObject({ note: z.string().min(40), excerpts: z.array(z.strictObject({ document: slug, quote: z.string().trim().min(1) })).min(1) }),
  /** Standards from the content guide that the module truly fits, each with how it fits. */
  standards: z.array(z.strictObject({ code: z.enum(keysOf(STANDARDS)), fit: z.string().min(20) })).min(1),
});
export type ModuleData = z.infer<typeof moduleSchema>;

/** Every item of a module's spaced reviews: its rounds' items, then its mix-ins. */
export function reviewItemsOf(module: ModuleData): string[] {
  return [...module.reviews.rounds.flat(), ...module.reviews.mixIns];
}

/** Every exercise of a module, each once: its checks, its lessons' exercises (`lessonExercises`, in order) and its review items. */
export function moduleExerciseIds(module: ModuleData, lessonExercises: readonly string[]): string[] {
  return [...new Set([...module.preCheck, ...lessonExercises, ...module.postCheck, ...module.delayedCheck, ...reviewItemsOf(module)])];
}

/** A class period, as the teacher's plans fill it. */
export const CLASS_MINUTES = { min: 45, max: 50 } as const;

export const lessonSchema = z.strictObject({
  title: z.string().min(1),
  module: slug,
  order: z.number().int().min(1),
  minutes: z.number().int().min(10).max(20),
  goals: z.array(iCan).min(1).max(2),
  /** One or two sentences for outlines and teacher pages. */
  summary: z.string().min(20),
  contentNotes: z.array(z.enum(keysOf(CONTENT_NOTES))).default([]),
  /** For teachers: the lesson as a whole class period, step by step. */
  classPlan: z
    .array(z.strictObject({ minutes: z.number().int().min(1).max(30), step: z.string().min(10) }))
    .min(3)
    .refine((steps) => {
      const total = steps.reduce((sum, s) => sum + s.minutes, 0);
      return total >= CLASS_MINUTES.min && total <= CLASS_MINUTES.max;
    }, `a class plan's steps add up to ${CLASS_MINUTES.min} to ${CLASS_MINUTES.max} minutes`),
});
export type LessonData = z.infer<typeof lessonSchema>;

/* ---------------------------------------------------------------- the primer */

/** The primer's groups, as their headings. */
export const PRIMER_KINDS = {
  'armed-group': 'Armed groups',
  'political-party': 'Political parties',
  'state-body': 'States and state bodies',
  place: 'Places',
  organisation: 'Rescue and monitoring groups',
  outlet: 'News outlets',
} as const;

/** One actor or place students meet in the documents: neutral facts, each with its public source. */
export const primerEntrySchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  /** The forms a lesson or document uses for it ("Daesh", "IS"), matched as whole words, case and all. */
  aliases: z.array(z.string().min(2)).default([]),
  kind: z.enum(keysOf(PRIMER_KINDS)),
  facts: z
    .array(
      z.strictObject({
        text: z.string().min(20).refine((t) => countWords(t) <= 60, 'a primer fact is at most 60 words'),
        source: publicSourceSchema,
      }),
    )
    .min(1),
});
export const primerFileSchema = z.strictObject({ entries: z.array(primerEntrySchema).min(1) });
export type PrimerEntry = z.infer<typeof primerEntrySchema>;

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
