/**
 * An assignment travels in the link's fragment (#...), so any static host can serve it with no
 * rewrite rule and it never reaches a server log:
 *
 *   <site>/assignment/#a1.<payload>.<checksum>
 */
import { currentLessonId } from '../routes';
import { checksum, fromBase64Url, toBase64Url } from './text-codec';

export interface Assignment {
  title: string;
  /** YYYY-MM-DD, or null. */
  due: string | null;
  /** Lesson ids, in the order to do them. */
  lessons: string[];
}

const PREFIX = 'a1';
/** As long as the assignment builder lets a title be. */
export const TITLE_MAX = 80;

/** A YYYY-MM-DD that names a day on the calendar (not 2026-02-30). */
function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y > 0 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function encodeAssignment(assignment: Assignment): string {
  const body = toBase64Url(JSON.stringify([assignment.title.trim(), assignment.due, assignment.lessons]));
  return `${PREFIX}.${body}.${checksum(body)}`;
}

/** A short id for an assignment, the same for everyone who opens the same link. */
export function assignmentKey(fragment: string): string {
  return checksum(fragment.replace(/^#/, ''));
}

export type AssignmentResult = { ok: true; assignment: Assignment; key: string } | { ok: false; error: string };

export function decodeAssignment(fragment: string, knownLessons: ReadonlySet<string>): AssignmentResult {
  const text = fragment.replace(/^#/, '').trim();
  if (text === '') return { ok: false, error: 'This link holds no assignment. Ask your teacher for the full link.' };
  const [prefix, body, sum, ...rest] = text.split('.');
  if (prefix !== PREFIX || body === undefined || sum === undefined || rest.length > 0) {
    return { ok: false, error: 'This link does not hold an assignment from this site. Ask your teacher for the link again.' };
  }
  if (checksum(body) !== sum) return { ok: false, error: 'This assignment link is damaged or cut short. Ask your teacher for the link again.' };
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(body));
  } catch {
    data = null;
  }
  if (
    !Array.isArray(data) ||
    data.length !== 3 ||
    typeof data[0] !== 'string' ||
    !(data[1] === null || (typeof data[1] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data[1]))) ||
    !Array.isArray(data[2]) ||
    !data[2].every((l) => typeof l === 'string')
  ) {
    return { ok: false, error: 'This assignment link is damaged. Ask your teacher for the link again.' };
  }
  const title = data[0].trim();
  if (title === '') return { ok: false, error: 'This assignment has no title. Ask your teacher for the link again.' };
  if (title.length > TITLE_MAX) return { ok: false, error: `This assignment's title is too long (over ${TITLE_MAX} characters). Ask your teacher for the link again.` };
  const due = data[1] as string | null;
  if (due !== null && !isRealDate(due)) return { ok: false, error: `This assignment's due date (${due}) is not a real date. Ask your teacher for the link again.` };
  // Links sent before lessons had order-free ids name them the old way. A link made by hand may
  // repeat a lesson; each is done once.
  const lessons = [...new Set((data[2] as string[]).map(currentLessonId))];
  const unknown = lessons.filter((l) => !knownLessons.has(l));
  if (lessons.length === 0) return { ok: false, error: 'This assignment has no lessons in it.' };
  if (unknown.length) {
    const named = unknown.length > 5 ? `${unknown.slice(0, 5).join(', ')} and ${unknown.length - 5} more` : unknown.join(', ');
    return { ok: false, error: `This assignment names lessons this copy of the site does not have (${named}).` };
  }
  return { ok: true, assignment: { title, due, lessons }, key: assignmentKey(text) };
}
