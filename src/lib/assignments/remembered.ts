/**
 * The assignments a student has opened in this browser, so a lesson opened from one can lead back
 * to it and the progress page can list them. Only the links' fragments are kept: each is decoded
 * and checked again when read, like a fresh link, so a damaged entry can never show as an assignment.
 */
import { decodeAssignment, type Assignment } from './assignment-link';

export const REMEMBERED_ASSIGNMENTS_KEY = 'read-the-source:assignments';
/** Enough for a term of assignments; older ones drop off. */
export const REMEMBER_AT_MOST = 10;

export type AssignmentStorage = Pick<Storage, 'getItem' | 'setItem'>;

interface StoredAssignment {
  fragment: string;
  openedAt: string;
}

export interface RememberedAssignment extends StoredAssignment {
  assignment: Assignment;
  key: string;
}

function readStored(storage: AssignmentStorage): StoredAssignment[] {
  let data: unknown;
  try {
    data = JSON.parse(storage.getItem(REMEMBERED_ASSIGNMENTS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.filter(
    (entry): entry is StoredAssignment =>
      typeof entry === 'object' && entry !== null && typeof entry.fragment === 'string' && typeof entry.openedAt === 'string',
  );
}

/** The assignments opened here, most recently opened first; entries that no longer decode are left out. */
export function rememberedAssignments(storage: AssignmentStorage, knownLessons: ReadonlySet<string>): RememberedAssignment[] {
  return readStored(storage).flatMap((entry) => {
    const decoded = decodeAssignment(entry.fragment, knownLessons);
    return decoded.ok ? [{ ...entry, assignment: decoded.assignment, key: decoded.key }] : [];
  });
}

/** Put an assignment first in the list (once, however often it is opened). False if the browser would not keep it. */
export function rememberAssignment(storage: AssignmentStorage, fragment: string, now: Date): boolean {
  const text = fragment.replace(/^#/, '');
  const others = readStored(storage).filter((entry) => entry.fragment !== text);
  try {
    storage.setItem(REMEMBERED_ASSIGNMENTS_KEY, JSON.stringify([{ fragment: text, openedAt: now.toISOString() }, ...others].slice(0, REMEMBER_AT_MOST)));
    return true;
  } catch {
    return false;
  }
}

/** The assignment to lead back to from a lesson: the one opened most recently that includes it. */
export function assignmentWithLesson(remembered: readonly RememberedAssignment[], lessonId: string): RememberedAssignment | null {
  return remembered.find((r) => r.assignment.lessons.includes(lessonId)) ?? null;
}
