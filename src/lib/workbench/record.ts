/**
 * A student's work on a text of their own choosing (the workbench): the text, the phrases marked
 * with the course's techniques and whose words they are, answers to the modules' checklist
 * questions, and a verdict. Kept in the browser and in files a student saves and opens again, so
 * every read is checked: a file that is not ours, cut short, too large or from a later version is
 * refused with words a student can act on, and nothing they are working on is touched.
 */
import { TECHNIQUE_IDS, type TechniqueId } from '../techniques';
import type { HighlightPublic } from '../exercises/highlight/schema';
import { tokenize } from '../exercises/highlight/words';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from './limits';

export { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH };

export const WORKBENCH_KEY = 'read-the-source:workbench';
/** Where a saved work the page could not read is kept, so it is never silently lost. */
export const WORKBENCH_SET_ASIDE_KEY = 'read-the-source:workbench:set-aside';
export const WORKBENCH_FORMAT = 'read-the-source-workbench';
export const WORKBENCH_VERSION = 1;
/** A file this large cannot be a workbench file of a text within the limit, with its marks and answers. */
export const MAX_FILE_BYTES = 500_000;
export const MAX_ANSWER_LENGTH = 4_000;

export const VOICES = ['author', 'quoted', 'commenter'] as const;
export type Voice = (typeof VOICES)[number];
export const VOICE_LABELS: Record<Voice, string> = {
  author: "the author's own words",
  quoted: 'words the author quotes',
  commenter: "a reader's comment",
};

export const WEIGHTS = ['none', 'little', 'some', 'much'] as const;
export type Weight = (typeof WEIGHTS)[number];
export const WEIGHT_LABELS: Record<Weight, string> = {
  none: 'None: nothing in it can be checked',
  little: 'Little: a few checkable points among many that are not',
  some: 'Some: its main claims point to sources I could check',
  much: 'Much: it shows its evidence and names its sources',
};

export interface WorkbenchMark {
  /** Word indexes in the text, as the highlight exercises count them: [from, to). */
  from: number;
  to: number;
  technique: TechniqueId;
  voice: Voice;
}

export interface WorkbenchRecord {
  format: typeof WORKBENCH_FORMAT;
  version: typeof WORKBENCH_VERSION;
  title: string;
  text: string;
  marks: WorkbenchMark[];
  /** Checklist answers by question id (`<module>:<n>`). */
  answers: Record<string, string>;
  verdict: { weight: Weight | null; why: string };
  updatedAt: string;
}

export function newWork(title: string, text: string, now: Date): WorkbenchRecord {
  return { format: WORKBENCH_FORMAT, version: WORKBENCH_VERSION, title: title.trim().slice(0, MAX_TITLE_LENGTH), text, marks: [], answers: {}, verdict: { weight: null, why: '' }, updatedAt: now.toISOString() };
}

export type ReadResult = { ok: true; work: WorkbenchRecord; dropped: number } | { ok: false; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/**
 * Read a work from its saved text (storage or a file). Marks that do not fit the text are left
 * out and counted (`dropped`); anything else wrong refuses the whole, with the reason.
 */
export function readWork(raw: string): ReadResult {
  if (raw.length > MAX_FILE_BYTES) return { ok: false, error: `This file is too large to be a workbench file (over ${Math.round(MAX_FILE_BYTES / 1000)} KB).` };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: raw.trimStart().startsWith('{') ? 'This file is cut short or damaged: it ends before the work does.' : 'This is not a workbench file: it does not hold a text saved from the workbench.' };
  }
  if (!isObject(data) || data.format !== WORKBENCH_FORMAT) return { ok: false, error: 'This is not a workbench file: it does not hold a text saved from the workbench.' };
  if (typeof data.version !== 'number' || data.version > WORKBENCH_VERSION) return { ok: false, error: 'This file was saved by a newer version of the course. Open it there, or ask your teacher for the newer copy.' };
  if (data.version !== WORKBENCH_VERSION) return { ok: false, error: 'This file is in a form this version of the course does not know.' };
  const { title, text, marks, answers, verdict, updatedAt } = data;
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'This workbench file holds no text.' };
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, error: `The text in this file is longer than the workbench takes (${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters).` };
  if (typeof title !== 'string' || !Array.isArray(marks) || !isObject(answers) || !isObject(verdict) || typeof updatedAt !== 'string') {
    return { ok: false, error: 'This file is damaged: parts of the work are missing.' };
  }
  const wordCount = tokenize(text).words.length;
  const kept = marks.filter(
    (m): m is WorkbenchMark =>
      isObject(m) && Number.isInteger(m.from) && Number.isInteger(m.to) && (m.from as number) >= 0 && (m.from as number) < (m.to as number) && (m.to as number) <= wordCount && oneOf(TECHNIQUE_IDS, m.technique) && oneOf(VOICES, m.voice),
  );
  const keptAnswers = Object.fromEntries(Object.entries(answers).filter((e): e is [string, string] => typeof e[1] === 'string').map(([k, v]) => [k, v.slice(0, MAX_ANSWER_LENGTH)]));
  const weight = oneOf(WEIGHTS, verdict.weight) ? verdict.weight : null;
  const why = typeof verdict.why === 'string' ? verdict.why.slice(0, MAX_ANSWER_LENGTH) : '';
  const work: WorkbenchRecord = {
    format: WORKBENCH_FORMAT,
    version: WORKBENCH_VERSION,
    title: title.slice(0, MAX_TITLE_LENGTH),
    text,
    marks: kept.map(({ from, to, technique, voice }) => ({ from, to, technique, voice })),
    answers: keptAnswers,
    verdict: { weight, why },
    updatedAt,
  };
  return { ok: true, work, dropped: marks.length - kept.length };
}

export const serializeWork = (work: WorkbenchRecord): string => JSON.stringify(work, null, 1);

/** A file name from the work's title: "workbench-the-title.json". */
export function fileNameFor(work: WorkbenchRecord): string {
  const slug = work.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  return `workbench-${slug || 'text'}.json`;
}

/** Marks in reading order; a new mark over the same words with the same technique replaces the old one. */
export function addMark(marks: readonly WorkbenchMark[], mark: WorkbenchMark): WorkbenchMark[] {
  const others = marks.filter((m) => !(m.from === mark.from && m.to === mark.to && m.technique === mark.technique));
  return [...others, mark].sort((a, b) => a.from - b.from || a.to - b.to);
}

/** A work's text as a highlight passage, so the workbench marks words the way the exercises do. */
export function passageOf(work: WorkbenchRecord): HighlightPublic {
  const { words, gaps } = tokenize(work.text);
  return {
    id: 'workbench',
    type: 'highlight',
    title: work.title,
    prompt: '',
    excerpt: { text: work.text, document: null, anchor: null },
    words,
    gaps,
  };
}
