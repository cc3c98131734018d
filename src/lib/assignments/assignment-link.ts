/**
 * An assignment travels in the link's fragment (#...), so any static host can serve it with no
 * rewrite rule and it never reaches a server log:
 *
 *   <site>/assignment/#a1.<payload>.<checksum>
 *
 * An assignment that carries a text for the workbench is `a2`: the same fields and the text,
 * deflated before encoding, since a text is long and compresses well.
 */
import { currentLessonId } from '../routes';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../workbench/limits';
import { deflateRaw, inflateRaw } from './deflate';
import { base64UrlToBytes, bytesToBase64Url, checksum, fromBase64Url, toBase64Url } from './text-codec';

/** A text the teacher gives with the assignment, to work through on the workbench. */
export interface AssignmentText {
  title: string;
  body: string;
}

export interface Assignment {
  title: string;
  /** YYYY-MM-DD, or null. */
  due: string | null;
  /** Lesson ids, in the order to do them (none when the assignment is a text alone). */
  lessons: string[];
  text?: AssignmentText;
}

const PREFIX = 'a1';
const PREFIX_WITH_TEXT = 'a2';
/** As long as the assignment builder lets a title be. */
export const TITLE_MAX = 80;

/** A YYYY-MM-DD that names a day on the calendar (not 2026-02-30). */
function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y > 0 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export async function encodeAssignment(assignment: Assignment): Promise<string> {
  const fields = [assignment.title.trim(), assignment.due, assignment.lessons];
  if (assignment.text) {
    const json = JSON.stringify([...fields, assignment.text.title.trim(), assignment.text.body]);
    const body = bytesToBase64Url(await deflateRaw(new TextEncoder().encode(json)));
    return `${PREFIX_WITH_TEXT}.${body}.${checksum(body)}`;
  }
  const body = toBase64Url(JSON.stringify(fields));
  return `${PREFIX}.${body}.${checksum(body)}`;
}

/** Room for the longest text the workbench takes, in UTF-8 and JSON escapes: a link inflating past it is refused, not unpacked. */
const MAX_PAYLOAD_BYTES = 6 * (MAX_TEXT_LENGTH + MAX_TITLE_LENGTH + TITLE_MAX) + 64 * 1024;

/** The payload's JSON text; null when it does not decode or inflates past any real assignment. */
async function payloadText(prefix: string, body: string): Promise<string | null> {
  try {
    if (prefix !== PREFIX_WITH_TEXT) return fromBase64Url(body);
    const inflated = await inflateRaw(base64UrlToBytes(body), MAX_PAYLOAD_BYTES);
    return inflated && new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return null;
  }
}

/** A short id for an assignment, the same for everyone who opens the same link. */
export function assignmentKey(fragment: string): string {
  return checksum(fragment.replace(/^#/, ''));
}

export type AssignmentResult = { ok: true; assignment: Assignment; key: string } | { ok: false; error: string };

/**
 * Reads an assignment link's fragment. `knownLessons` is this copy of the site's lessons; the
 * workbench, which needs only the text, passes null to skip that check.
 */
export async function decodeAssignment(fragment: string, knownLessons: ReadonlySet<string> | null): Promise<AssignmentResult> {
  const fragmentText = fragment.replace(/^#/, '').trim();
  if (fragmentText === '') return { ok: false, error: 'This link holds no assignment. Ask your teacher for the full link.' };
  const [prefix, body, sum, ...rest] = fragmentText.split('.');
  if ((prefix !== PREFIX && prefix !== PREFIX_WITH_TEXT) || body === undefined || sum === undefined || rest.length > 0) {
    return { ok: false, error: 'This link does not hold an assignment from this site. Ask your teacher for the link again.' };
  }
  if (checksum(body) !== sum) return { ok: false, error: 'This assignment link is damaged or cut short. Ask your teacher for the link again.' };
  let data: unknown = null;
  const json = await payloadText(prefix, body);
  try {
    data = json === null ? null : JSON.parse(json);
  } catch {
    data = null;
  }
  const withText = prefix === PREFIX_WITH_TEXT;
  if (
    !Array.isArray(data) ||
    data.length !== (withText ? 5 : 3) ||
    (withText && (typeof data[3] !== 'string' || typeof data[4] !== 'string')) ||
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
  const unknown = knownLessons ? lessons.filter((l) => !knownLessons.has(l)) : [];
  let text: AssignmentText | undefined;
  if (withText) {
    text = { title: (data[3] as string).trim(), body: data[4] as string };
    if (text.body.trim() === '') return { ok: false, error: 'This assignment’s text is empty. Ask your teacher for the link again.' };
    if (text.body.length > MAX_TEXT_LENGTH || text.title.length > MAX_TITLE_LENGTH) return { ok: false, error: 'This assignment’s text is longer than the workbench takes. Ask your teacher for the text as a file.' };
  }
  if (lessons.length === 0 && !text) return { ok: false, error: 'This assignment has no lessons in it.' };
  if (unknown.length) {
    const named = unknown.length > 5 ? `${unknown.slice(0, 5).join(', ')} and ${unknown.length - 5} more` : unknown.join(', ');
    return { ok: false, error: `This assignment names lessons this copy of the site does not have (${named}).` };
  }
  return { ok: true, assignment: { title, due, lessons, ...(text ? { text } : {}) }, key: assignmentKey(fragmentText) };
}
