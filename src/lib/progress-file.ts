/**
 * Progress as a file: saved by the student, read back on this or another device, and merged with
 * what the browser holds. Apart from progress.ts so that lesson pages do not load it.
 */
import { APP, isPlainObject, PROGRESS_VERSION, readRecord, type ModuleReviews, type NoticeKind, type ProgressRecord } from './progress';

/** Far more than a whole course's progress takes: a larger file is refused before it is read. */
export const MAX_PROGRESS_FILE_CHARS = 2_000_000;

export function exportProgress(record: ProgressRecord, now: Date): string {
  return `${JSON.stringify({ app: APP, exportedAt: now.toISOString(), progress: record }, null, 2)}\n`;
}

const IMPORT_REASONS: Record<NoticeKind, string> = {
  unreadable: 'its progress could not be read',
  foreign: 'it does not hold progress from this course',
  'unknown-version': 'it comes from a version of the course this page cannot read',
  'partly-recovered': 'some of its entries are damaged',
};

export type ImportResult = { ok: true; record: ProgressRecord } | { ok: false; error: string };

/** Read an exported file. Strict: a file with anything wrong is refused whole, with the reason. */
export function importProgress(text: string): ImportResult {
  if (text.length > MAX_PROGRESS_FILE_CHARS) {
    return { ok: false, error: `This file is too large to be a progress file (a whole course's progress is far smaller than ${Math.round(MAX_PROGRESS_FILE_CHARS / 1_000_000)} MB). Your current progress is unchanged.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a progress file: it is not valid JSON.' };
  }
  if (!isPlainObject(data) || data.app !== APP || !isPlainObject(data.progress)) {
    return { ok: false, error: 'This file is not a progress file from Read the Source.' };
  }
  const { record, notice } = readRecord(data.progress);
  if (notice) return { ok: false, error: `This progress file cannot be used: ${IMPORT_REASONS[notice.kind]}. Your current progress is unchanged.` };
  return { ok: true, record };
}

export type CopyReading = { ok: true; record: ProgressRecord; exercises: number; lessons: number; damaged: boolean } | { ok: false; reason: string };

/**
 * What this version can bring back from a copy set aside earlier: the entries it can read (a copy
 * with some damaged entries still gives the rest), or why it can bring back nothing.
 */
export function readSetAsideCopy(raw: string): CopyReading {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'This copy is not readable as progress (it is not valid JSON).' };
  }
  const { record, notice } = readRecord(data);
  if (notice && notice.kind !== 'partly-recovered') return { ok: false, reason: `This version of the course cannot bring it back: ${IMPORT_REASONS[notice.kind]}.` };
  const exercises = Object.keys(record.exercises).length;
  const lessons = Object.keys(record.lessons).length;
  if (exercises + lessons === 0) return { ok: false, reason: 'This copy holds no exercise or lesson this version can read.' };
  return { ok: true, record, exercises, lessons, damaged: notice !== null };
}

/** Combine two records: for each exercise the latest answer wins; attempts add up to the larger count. */
export function mergeProgress(current: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
  const exercises = { ...current.exercises };
  // Own properties only: an entry named "constructor" or "toString" is an entry, not a built-in.
  const own = <T>(record: Record<string, T>, id: string) => (Object.hasOwn(record, id) ? record[id] : undefined);
  for (const [id, entry] of Object.entries(incoming.exercises)) {
    const mine = own(exercises, id);
    if (!mine) exercises[id] = entry;
    else {
      const latest = Date.parse(entry.updatedAt) > Date.parse(mine.updatedAt) ? entry : mine;
      exercises[id] = { ...latest, attempts: Math.max(mine.attempts, entry.attempts) };
    }
  }
  const lessons = { ...current.lessons };
  for (const [id, entry] of Object.entries(incoming.lessons)) {
    const mine = own(lessons, id);
    lessons[id] = !mine || Date.parse(entry.completedAt) < Date.parse(mine.completedAt) ? entry : mine;
  }
  // A module's reviews: the copy further on (more rounds served, then more done) wins, whole, so rounds never mix.
  const reviews = { ...current.reviews };
  const reach = (r: ModuleReviews) => r.rounds.length + r.rounds.filter((round) => round.doneAt).length;
  for (const [id, entry] of Object.entries(incoming.reviews)) {
    const mine = own(reviews, id);
    if (!mine || reach(entry) > reach(mine)) reviews[id] = entry;
  }
  return { version: PROGRESS_VERSION, exercises, lessons, reviews };
}
