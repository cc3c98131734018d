/**
 * Result codes: what a student hands in, as one line of text to copy or save to a file.
 *
 *   RTS1.<payload>.<checksum>
 *
 * The payload is base64url of a compact JSON array; the checksum is a CRC-32 of the payload text,
 * so any single changed, missing or extra character is caught. Codes are for formative use: with
 * no server, nothing can stop a determined student from making one by hand, and the site says so.
 */
import { checksum, fromBase64Url, toBase64Url } from './text-codec';

export const CODE_PREFIX = 'RTS';
export const CODE_VERSION = 3;
/** Version 1 codes (before the assigned exercises were listed) and version 2 (before checks and reviews) are still read. */
const READABLE_VERSIONS = [1, 2, 3];
/** As long as the hand-in page lets a name be. */
export const NAME_MAX = 60;

export interface ItemResult {
  exercise: string;
  /** 0 to 1; stored as a whole percentage. */
  score: number;
  /** Hits, misses, correct rejections, false alarms; null for exercise types without them. */
  discernment: [number, number, number, number] | null;
  /** A compact form of the answer, to find common wrong answers (see answer-signature.ts). */
  answer: string;
}

export interface Submission {
  /** Which assignment this answers (see assignment-link.ts). */
  assignment: string;
  title: string;
  student: string;
  /** ISO date and time. */
  submittedAt: string;
  items: ItemResult[];
  /** Every exercise the assignment holds, tried or not; null in a version 1 code. */
  assigned: string[] | null;
  /** For each module of the assignment: its checks and spaced reviews; empty in codes before version 3. */
  checks: ModuleChecks[];
}

/** A module's pre-, post- and delayed check (mean score of a finished check, else null) and the reviews done. */
export interface ModuleChecks {
  module: string;
  pre: number | null;
  post: number | null;
  delayed: number | null;
  reviewsDone: number;
}

export type DecodeResult = { ok: true; submission: Submission } | { ok: false; error: string };

type CheckPayload = [string, number, number, number, number];
type Payload = [string, string, string, number, [string, number, [number, number, number, number] | 0, string][], string[], CheckPayload[]];

/** A score as a whole percentage, -1 for none. */
const asPercent = (score: number | null) => (score === null ? -1 : Math.round(score * 100));

export function encodeResultCode(submission: Submission): string {
  const payload: Payload = [
    submission.assignment,
    submission.title,
    submission.student,
    Math.round(Date.parse(submission.submittedAt) / 1000),
    submission.items.map((i) => [i.exercise, Math.round(i.score * 100), i.discernment ?? 0, i.answer]),
    submission.assigned ?? submission.items.map((i) => i.exercise),
    submission.checks.map((c) => [c.module, asPercent(c.pre), asPercent(c.post), asPercent(c.delayed), c.reviewsDone]),
  ];
  const body = toBase64Url(JSON.stringify(payload));
  return `${CODE_PREFIX}${CODE_VERSION}.${body}.${checksum(body)}`;
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** A percentage back to 0 to 1, null for -1; undefined if it is neither. */
const fromPercent = (n: unknown) => (n === -1 ? null : isCount(n) && n <= 100 ? n / 100 : undefined);

function readChecks(data: unknown): ModuleChecks[] | null {
  if (!Array.isArray(data)) return null;
  const checks: ModuleChecks[] = [];
  for (const entry of data) {
    if (!Array.isArray(entry) || entry.length !== 5) return null;
    const [module, ...rest] = entry as unknown[];
    const [pre, post, delayed] = rest.slice(0, 3).map(fromPercent);
    const reviewsDone = rest[3];
    if (typeof module !== 'string' || pre === undefined || post === undefined || delayed === undefined || !isCount(reviewsDone)) return null;
    checks.push({ module, pre, post, delayed, reviewsDone });
  }
  return checks;
}

function readPayload(data: unknown, version: number): Submission | null {
  if (!Array.isArray(data) || data.length !== version + 4) return null;
  const [assignment, title, student, seconds, items, assigned = null, checkData = []] = data as unknown[];
  const checks = readChecks(checkData);
  if (!checks) return null;
  if (assigned !== null && !(Array.isArray(assigned) && assigned.every((id) => typeof id === 'string'))) return null;
  if (typeof assignment !== 'string' || typeof title !== 'string' || typeof student !== 'string' || !isCount(seconds) || !Array.isArray(items)) return null;
  const parsed: ItemResult[] = [];
  for (const item of items) {
    if (!Array.isArray(item) || item.length !== 4) return null;
    const [exercise, percent, discernment, answer] = item as unknown[];
    if (typeof exercise !== 'string' || !isCount(percent) || percent > 100 || typeof answer !== 'string') return null;
    if (discernment !== 0 && !(Array.isArray(discernment) && discernment.length === 4 && discernment.every(isCount))) return null;
    parsed.push({ exercise, score: percent / 100, discernment: discernment === 0 ? null : (discernment as ItemResult['discernment']), answer });
  }
  return { assignment, title, student, submittedAt: new Date(seconds * 1000).toISOString(), items: parsed, assigned: assigned as string[] | null, checks };
}

/** Read one code. Every failure says, in plain words, what is wrong with it. */
export function decodeResultCode(input: string): DecodeResult {
  const code = input.trim();
  if (code === '') return { ok: false, error: 'The line is empty.' };
  const match = /^([A-Z]+)(\d+)\.(.*)$/.exec(code);
  if (!match || match[1] !== CODE_PREFIX) return { ok: false, error: 'This is not a Read the Source result code.' };
  const version = Number(match[2]);
  if (!READABLE_VERSIONS.includes(version)) {
    return { ok: false, error: `This code was made by a different version of the site (version ${match[2]}); this page reads version ${CODE_VERSION}.` };
  }
  const parts = match[3]!.split('.');
  if (parts.length !== 2 || parts[1]!.length !== 7) return { ok: false, error: 'The code is cut short or has extra parts: copy the whole code again.' };
  const [body, sum] = parts as [string, string];
  if (checksum(body) !== sum) return { ok: false, error: 'The code does not match its checksum: a character was changed, lost or added. Copy it again.' };
  let submission: Submission | null = null;
  try {
    submission = readPayload(JSON.parse(fromBase64Url(body)), version);
  } catch {
    submission = null;
  }
  if (!submission) return { ok: false, error: 'The code is damaged: its content cannot be read.' };
  // What the site never makes: a code made or edited by hand.
  if (submission.student.trim() === '') return { ok: false, error: 'The code has no student name in it.' };
  if (submission.title.trim() === '') return { ok: false, error: 'The code has no assignment title in it.' };
  if (submission.student.length > NAME_MAX) return { ok: false, error: `The student name in the code is longer than ${NAME_MAX} characters: it was not made by this site.` };
  const seen = new Set<string>();
  const repeated = submission.items.find((i) => seen.size === seen.add(i.exercise).size);
  if (repeated) return { ok: false, error: `The code lists an exercise twice (${repeated.exercise}): it was not made by this site.` };
  return { ok: true, submission };
}
