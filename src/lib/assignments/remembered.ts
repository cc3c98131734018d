/**
 * The assignments a student has opened in this browser, so a lesson opened from one can lead back
 * to it and the progress page can list them. Kept as decoded when opened (title, due date,
 * lessons) beside the link's fragment, so lesson pages need no decoder; each entry's shape is
 * checked when read, and one that does not fit is left out.
 */
import type { Assignment } from './assignment-link';

export const REMEMBERED_ASSIGNMENTS_KEY = 'read-the-source:assignments';
/** Enough for a term of assignments; older ones drop off. */
export const REMEMBER_AT_MOST = 10;

export type AssignmentStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface RememberedAssignment {
  /** The link's fragment, without "#": the way back to the assignment page. */
  fragment: string;
  openedAt: string;
  assignment: Assignment;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function remembered(entry: unknown): RememberedAssignment | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { fragment, openedAt, title, due, lessons } = entry as Record<string, unknown>;
  if (!isString(fragment) || !isString(openedAt) || !isString(title) || !(due === null || isString(due))) return null;
  if (!Array.isArray(lessons) || !lessons.every(isString)) return null;
  return { fragment, openedAt, assignment: { title, due, lessons } };
}

/** The assignments opened here, most recently opened first; entries that do not fit are left out. */
export function rememberedAssignments(storage: AssignmentStorage): RememberedAssignment[] {
  let data: unknown;
  try {
    data = JSON.parse(storage.getItem(REMEMBERED_ASSIGNMENTS_KEY) ?? '[]');
  } catch {
    return [];
  }
  return Array.isArray(data) ? data.flatMap((entry) => remembered(entry) ?? []) : [];
}

/** Put an assignment first in the list (once, however often it is opened). False if the browser would not keep it. */
export function rememberAssignment(storage: AssignmentStorage, fragment: string, assignment: Assignment, now: Date): boolean {
  const text = fragment.replace(/^#/, '');
  const others = rememberedAssignments(storage).filter((entry) => entry.fragment !== text);
  const entries = [{ fragment: text, openedAt: now.toISOString(), assignment }, ...others].slice(0, REMEMBER_AT_MOST);
  try {
    // A text stays in the fragment only (compressed there): lesson pages need just the lessons.
    const kept = entries.map(({ fragment: f, openedAt, assignment: { title, due, lessons } }) => ({ fragment: f, openedAt, title, due, lessons }));
    storage.setItem(REMEMBERED_ASSIGNMENTS_KEY, JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

/** The assignment to lead back to from a lesson: the one opened most recently that includes it. */
export function assignmentWithLesson(list: readonly RememberedAssignment[], lessonId: string): RememberedAssignment | null {
  return list.find((r) => r.assignment.lessons.includes(lessonId)) ?? null;
}
