/**
 * A student's progress, kept in this browser only (localStorage), as one versioned record that is
 * checked on every read. Bad data never breaks a page: a record that cannot be read is set aside
 * under a second key with a notice, what can be saved from it is kept, and the student goes on.
 */

import { currentLessonId } from './ids';
import { setAside } from './set-aside';

export const PROGRESS_KEY = 'read-the-source:progress';
/** The name a student types when handing in an assignment, kept so they need not type it again. */
export const STUDENT_NAME_KEY = 'read-the-source:student-name';
export const PROGRESS_VERSION = 3;
export const APP = 'read-the-source';

/** No exercise's answer nests deeper than a few levels; far deeper data cannot be saved again (JSON.stringify recurses). */
export const MAX_ANSWER_DEPTH = 8;

/** How deep a JSON value nests, counted without recursion, stopping once past the limit. */
function depthWithin(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return false;
    level = level.flatMap((v) => (typeof v === 'object' && v !== null ? Object.values(v) : []));
  }
  return true;
}

export interface ExerciseProgress {
  /** The last answer, in the shape of its exercise type (plain JSON). */
  answer: unknown;
  /** 0 to 1. */
  score: number;
  /** 1 or more. */
  attempts: number;
  updatedAt: string;
  /** Hits, misses, correct rejections, false alarms of the last answer, where the type has them. */
  discernment?: [number, number, number, number];
}

export interface LessonProgress {
  completedAt: string;
}

// Checked by hand rather than with a schema library: this runs on every page with an exercise,
// and the two entry shapes are small. Each check returns the entry with only its known fields.

/** A UTC ISO 8601 time as toISOString writes it (seconds and fraction optional) that is a real date. */
const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(value) && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function exerciseEntry(value: unknown): ExerciseProgress | null {
  if (!isPlainObject(value)) return null;
  const { answer, score, attempts, updatedAt, discernment } = value;
  if (!isCount(score) || score < 0 || score > 1) return null;
  if (!isCount(attempts) || !Number.isInteger(attempts) || attempts < 1) return null;
  if (!isTimestamp(updatedAt)) return null;
  if (discernment === undefined) return { answer, score, attempts, updatedAt };
  if (!Array.isArray(discernment) || discernment.length !== 4) return null;
  const [hits, misses, correctRejections, falseAlarms]: unknown[] = discernment;
  if (!isCount(hits) || !isCount(misses) || !isCount(correctRejections) || !isCount(falseAlarms)) return null;
  return { answer, score, attempts, updatedAt, discernment: [hits, misses, correctRejections, falseAlarms] };
}

function lessonEntry(value: unknown): LessonProgress | null {
  return isPlainObject(value) && isTimestamp(value.completedAt) ? { completedAt: value.completedAt } : null;
}

/** One spaced review of a module: the items served (kept, so a reload serves the same), and when. */
export interface ReviewRound {
  items: string[];
  startedAt: string;
  doneAt?: string;
}

/** A module's spaced reviews: when the module was finished, and each round served so far, in order. */
export interface ModuleReviews {
  finishedAt: string;
  rounds: ReviewRound[];
}

/** More than any module has: a longer list is not a schedule this course wrote. */
const MAX_ROUNDS = 12;
const MAX_ROUND_ITEMS = 8;
const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9-]{1,80}$/.test(value);

function reviewRound(value: unknown): ReviewRound | null {
  if (!isPlainObject(value) || !isTimestamp(value.startedAt)) return null;
  const { items, startedAt, doneAt } = value;
  if (!Array.isArray(items) || items.length < 1 || items.length > MAX_ROUND_ITEMS || !items.every(isId)) return null;
  if (doneAt === undefined) return { items, startedAt };
  return isTimestamp(doneAt) ? { items, startedAt, doneAt } : null;
}

function reviewsEntry(value: unknown): ModuleReviews | null {
  if (!isPlainObject(value) || !isTimestamp(value.finishedAt) || !Array.isArray(value.rounds) || value.rounds.length > MAX_ROUNDS) return null;
  const rounds = value.rounds.map(reviewRound);
  // Only the newest round may still be open; anything else is not a schedule this course kept.
  if (rounds.some((r, i) => r === null || (r.doneAt === undefined && i < rounds.length - 1))) return null;
  return { finishedAt: value.finishedAt, rounds: rounds as ReviewRound[] };
}

export interface ProgressRecord {
  version: typeof PROGRESS_VERSION;
  exercises: Record<string, ExerciseProgress>;
  lessons: Record<string, LessonProgress>;
  /** By module id: its spaced reviews, once the module is finished. */
  reviews: Record<string, ModuleReviews>;
}

export type NoticeKind = 'unreadable' | 'foreign' | 'unknown-version' | 'partly-recovered';

export interface ProgressNotice {
  kind: NoticeKind;
  /** Plain words for the student. */
  message: string;
}

export function emptyProgress(): ProgressRecord {
  return { version: PROGRESS_VERSION, exercises: {}, lessons: {}, reviews: {} };
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keep each entry that is valid on its own; count the ones that are not. */
function salvage<T>(value: unknown, read: (entry: unknown) => T | null, sound: (entry: T) => boolean = () => true): { kept: Record<string, T>; dropped: number } {
  const kept: Record<string, T> = {};
  let dropped = 0;
  if (!isPlainObject(value)) return { kept, dropped: value === undefined ? 0 : 1 };
  for (const [id, entry] of Object.entries(value)) {
    // Ids are slugs; a key like "__proto__" is never one, and would not survive as a property.
    const parsed = id === '__proto__' ? null : read(entry);
    if (parsed !== null && sound(parsed)) kept[id] = parsed;
    else dropped++;
  }
  return { kept, dropped };
}

/**
 * Older record versions and how to bring each up to the next. Version 1 named lessons by their
 * file, order number included ("module/2-slug"); version 2 by module and slug alone, so that
 * reordering lessons keeps their progress. A lesson done under two old names keeps the earlier date.
 */
/** Of two lesson entries (not yet checked), the one completed first; `a` unless `b` is surely earlier. */
const earlierLesson = (a: unknown, b: unknown) =>
  isPlainObject(a) && isPlainObject(b) && typeof a.completedAt === 'string' && typeof b.completedAt === 'string' && b.completedAt < a.completedAt ? b : a;

const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => {
    if (!isPlainObject(old.lessons)) return { ...old, version: 2 };
    const lessons: Record<string, unknown> = {};
    for (const [id, entry] of Object.entries(old.lessons)) {
      const current = currentLessonId(id);
      const held = Object.hasOwn(lessons, current) ? lessons[current] : undefined;
      lessons[current] = held === undefined ? entry : earlierLesson(held, entry);
    }
    return { ...old, version: 2, lessons };
  },
  // Version 3 adds spaced reviews; a module finished before then gets its schedule when next seen.
  2: (old) => ({ ...old, version: 3, reviews: {} }),
};

/** A record brought up to this version, or null if it is from a version this code cannot read. */
function migrated(storedVersion: number, data: Record<string, unknown>): Record<string, unknown> | null {
  let record = data;
  let version = storedVersion;
  while (version < PROGRESS_VERSION && MIGRATIONS[version]) {
    record = MIGRATIONS[version]!(record);
    version++;
  }
  return version === PROGRESS_VERSION ? record : null;
}

/**
 * Only the lessons marked done in saved progress, read without repairing or reporting anything (the
 * full read does that): for a script that runs while the page is still loading and must stay small.
 */
export function savedLessons(raw: string | null): Record<string, LessonProgress> {
  let data: unknown;
  try {
    data = JSON.parse(raw ?? 'null');
  } catch {
    return {};
  }
  if (!isPlainObject(data) || typeof data.version !== 'number') return {};
  const record = migrated(data.version, data);
  return record ? salvage(record.lessons, lessonEntry).kept : {};
}

export function parseProgress(raw: string | null): { record: ProgressRecord; notice: ProgressNotice | null } {
  if (raw === null || raw === '') return { record: emptyProgress(), notice: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      record: emptyProgress(),
      notice: { kind: 'unreadable', message: 'Your saved progress could not be read, so it was set aside and you are starting afresh.' },
    };
  }
  return readRecord(data);
}

/** A parsed value as a progress record: migrated, validated entry by entry, with a notice if anything was wrong. */
export function readRecord(data: unknown): { record: ProgressRecord; notice: ProgressNotice | null } {
  if (!isPlainObject(data) || typeof data.version !== 'number') {
    return {
      record: emptyProgress(),
      notice: { kind: 'foreign', message: 'The saved data in this browser was not progress from this course, so it was set aside.' },
    };
  }
  const record = migrated(data.version, data);
  if (!record) {
    return {
      record: emptyProgress(),
      notice: {
        kind: 'unknown-version',
        message: `Your saved progress is from a version of the course this page cannot read (version ${data.version}), so it was set aside.`,
      },
    };
  }
  const exercises = salvage(record.exercises, exerciseEntry, (e) => depthWithin(e.answer, MAX_ANSWER_DEPTH));
  const lessons = salvage(record.lessons, lessonEntry);
  const reviews = salvage(record.reviews, reviewsEntry);
  const dropped = exercises.dropped + lessons.dropped + reviews.dropped;
  return {
    record: { version: PROGRESS_VERSION, exercises: exercises.kept, lessons: lessons.kept, reviews: reviews.kept },
    notice:
      dropped > 0
        ? {
            kind: 'partly-recovered',
            message: `Part of your saved progress was damaged. ${dropped} ${dropped === 1 ? 'entry was' : 'entries were'} set aside; the rest is kept.`,
          }
        : null,
  };
}

export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

const STORAGE_BLOCKED = 'This browser does not let the course save progress, so nothing will be kept.';

/**
 * Read progress; if it needed repair, keep the original as the newest set-aside copy, then save the
 * repair. If the browser will not keep the copy, the original stays where it is and the repair
 * lives only in memory, so nothing is lost.
 */
export function loadProgress(storage: ProgressStorage, now = new Date()): { record: ProgressRecord; notice: ProgressNotice | null } {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { record: emptyProgress(), notice: { kind: 'unreadable', message: STORAGE_BLOCKED } };
  }
  const result = parseProgress(raw);
  if (result.notice && raw !== null && setAside(storage, raw, result.notice.message, now)) {
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(result.record));
    } catch {
      // Storage is full or blocked: the page still works with the repaired record in memory.
    }
  }
  return result;
}

export function saveProgress(storage: ProgressStorage, record: ProgressRecord): boolean {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function recordAttempt(
  record: ProgressRecord,
  exerciseId: string,
  answer: unknown,
  score: number,
  now: Date,
  discernment?: [number, number, number, number],
): ProgressRecord {
  const previous = record.exercises[exerciseId];
  const entry: ExerciseProgress = {
    answer,
    score: Number.isNaN(score) ? 0 : Math.min(1, Math.max(0, score)),
    attempts: (previous?.attempts ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
  if (discernment) entry.discernment = discernment;
  return { ...record, exercises: { ...record.exercises, [exerciseId]: entry } };
}

export function markLessonComplete(record: ProgressRecord, lessonId: string, now: Date): ProgressRecord {
  if (record.lessons[lessonId]) return record;
  return { ...record, lessons: { ...record.lessons, [lessonId]: { completedAt: now.toISOString() } } };
}
