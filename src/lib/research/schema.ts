/**
 * The research desk: reference notes written for the course about real public pages, and search
 * result pages captured for a fixed set of queries. Students practise reading laterally on it
 * offline. Every note names its source (title, publisher, date, address), quotes at most one
 * sentence, and says what the source's own standpoint is.
 */
import { z } from 'astro/zod';
import { slug } from '../exercises/shared-schema';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Sentence ends inside a text (a full stop, ! or ? followed by a space and a capital). */
const sentenceBreaks = (text: string) => (text.match(/[.!?]["”’)]?\s+["“‘(]?[A-Z]/g) ?? []).length;

/** What kind of page a note is about: for the content tests (each search mixes them), never shown before a student opens it. */
export const NOTE_KINDS = {
  'self-description': 'the outlet on itself',
  friendly: 'a friendly site',
  hostile: 'a critic',
  reference: 'a reference work',
  news: 'a news report',
  original: 'the original report or statement',
  guide: 'a how-to guide',
} as const;
export type NoteKind = keyof typeof NOTE_KINDS;
const noteKinds = Object.keys(NOTE_KINDS) as [NoteKind, ...NoteKind[]];

/** As published: a year, a month or a day; "undated" where the page gives no date. */
export const noteDateSchema = z.union([
  z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD, or "undated"'),
  z.literal('undated'),
]);

export const deskNoteSchema = z.strictObject({
  // Longer than a choice option's one-letter id, so a teacher's catalog can hold both.
  id: slug.min(3),
  /** The page's own title. */
  title: z.string().trim().min(3),
  publisher: z.string().trim().min(2),
  date: noteDateSchema,
  url: z.url(),
  /** Where the page was read, when it was read in a copy rather than at its own address. */
  readIn: z.strictObject({ publisher: z.string().trim().min(2), url: z.url() }).optional(),
  kind: z.enum(noteKinds),
  /** What the page says, in the course's words (no quotation beyond `quote`). */
  says: z.string().trim().min(20).refine((t) => words(t) <= 90, 'a note says what its page says in at most 90 words'),
  /** At most one sentence, verbatim from the page; shown as a quote. */
  quote: z
    .string()
    .trim()
    .min(5)
    .refine((t) => words(t) <= 45 && sentenceBreaks(t) === 0, 'a note quotes at most one sentence (45 words)')
    .optional(),
  /** Who the source is and what it may gain: a reference has interests too. */
  standpoint: z.string().trim().min(20).refine((t) => words(t) <= 60, 'a standpoint is at most 60 words'),
});
export type DeskNote = z.infer<typeof deskNoteSchema>;

export const deskSearchSchema = z.strictObject({
  id: slug,
  /** The query as shown in the search box. */
  query: z.string().trim().min(2),
  /** Other ways a student might type it, so the desk's box finds this page. */
  alsoMatches: z.array(z.string().trim().min(2)).default([]),
  /** Documents whose outlet or citations this search is about: their pages link to it. */
  documents: z.array(slug).default([]),
  /** The results in the order the page shows them. */
  results: z
    .array(
      z.strictObject({
        note: slug,
        /** Written for the course: what a search engine's snippet would show, at most 40 words. */
        snippet: z.string().trim().min(10).refine((t) => words(t) <= 40, 'a snippet is at most 40 words'),
      }),
    )
    .min(3)
    .max(10),
});
export type DeskSearch = z.infer<typeof deskSearchSchema>;

export const deskFileSchema = z.strictObject({
  notes: z.array(deskNoteSchema).default([]),
  searches: z.array(deskSearchSchema).default([]),
});

/* ------------------------------------------------------------ as the site shows it */

/** A result as a student sees it on a results page, and the note behind it once opened. */
export const deskResultSchema = z.object({
  /** The note's id. */
  id: z.string(),
  snippet: z.string(),
  note: z.object({
    title: z.string(),
    publisher: z.string(),
    /** Written out at build time ("21 October 2017", "no date given"), so the browser needs no date code. */
    dateLabel: z.string(),
    url: z.string(),
    /** The url as a results page shows it ("en.wikipedia.org › wiki › Veterans_Today"), also written at build time. */
    address: z.string(),
    readIn: z.object({ publisher: z.string(), url: z.string() }).nullable(),
    says: z.string(),
    quote: z.string().nullable(),
    standpoint: z.string(),
  }),
});
export type DeskResult = z.infer<typeof deskResultSchema>;
