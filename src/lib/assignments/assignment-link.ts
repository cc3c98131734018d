/**
 * An assignment travels in the link's fragment (#...), so any static host can serve it with no
 * rewrite rule and it never reaches a server log:
 *
 *   <site>/assignment/#a1.<payload>.<checksum>
 */
import { checksum, fromBase64Url, toBase64Url } from './text-codec';

export interface Assignment {
  title: string;
  /** YYYY-MM-DD, or null. */
  due: string | null;
  /** Lesson ids, in the order to do them. */
  lessons: string[];
}

const PREFIX = 'a1';

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
  const lessons = data[2] as string[];
  const unknown = lessons.filter((l) => !knownLessons.has(l));
  if (lessons.length === 0) return { ok: false, error: 'This assignment has no lessons in it.' };
  if (unknown.length) return { ok: false, error: `This assignment names lessons this copy of the site does not have (${unknown.join(', ')}).` };
  return { ok: true, assignment: { title: data[0], due: data[1] as string | null, lessons }, key: assignmentKey(text) };
}
