/**
 * The LMS's saved copy of a student's work (cmi.suspend_data), so a student who comes back on
 * another computer resumes where they were. It holds the package's part of the progress record,
 * deflated and in base64url (SCORM allows plain characters only), behind a version prefix.
 */
import { deflateRaw, inflateRaw } from '../assignments/deflate';
import { base64UrlToBytes, bytesToBase64Url } from '../assignments/text-codec';
import { readRecord, type ProgressNotice, type ProgressRecord } from '../progress';
import type { PackageScope } from './report';

export const SUSPEND_PREFIX = 'rts1.';
/** Far more than any package's progress inflates to: anything bigger is not ours. */
const INFLATED_LIMIT = 1_000_000;

/** The part of the record a package needs: its exercises, its lessons and its modules' reviews. */
export function scopeSlice(record: ProgressRecord, scope: PackageScope): ProgressRecord {
  const exerciseIds = new Set(scope.flatMap((m) => m.exercises.map((e) => e.id)));
  const moduleIds = new Set(scope.map((m) => m.id));
  const pick = <T>(entries: Record<string, T>, keep: (id: string) => boolean) => Object.fromEntries(Object.entries(entries).filter(([id]) => keep(id)));
  return {
    version: record.version,
    exercises: pick(record.exercises, (id) => exerciseIds.has(id)),
    lessons: pick(record.lessons, (id) => moduleIds.has(id.split('/')[0] ?? '')),
    reviews: pick(record.reviews, (id) => moduleIds.has(id)),
  };
}

/** What a copy kept, when the whole did not fit: all; every score without the answers; or the checks' scores alone. */
export type SuspendKept = 'all' | 'scores' | 'check scores';

export interface EncodedSuspend {
  data: string;
  /** Short of "all", a student resuming on another computer finds scores where their answers were (and, for "check scores", practice to do again). */
  kept: SuspendKept;
}

const encode = async (record: ProgressRecord) => SUSPEND_PREFIX + bytesToBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(record))));

const withoutAnswers = (record: ProgressRecord, keep: (id: string) => boolean): ProgressRecord => ({
  ...record,
  exercises: Object.fromEntries(Object.entries(record.exercises).flatMap(([id, e]) => (keep(id) ? [[id, { ...e, answer: null }]] : []))),
});

/**
 * The slice as suspend data within `limit` characters, keeping as much as fits: SCORM 1.2's 4,096
 * hold any one module's work whole, but not the whole course's. Null if not even the checks fit.
 */
export async function encodeSuspend(record: ProgressRecord, scope: PackageScope, limit: number): Promise<EncodedSuspend | null> {
  const slice = scopeSlice(record, scope);
  const checks = new Set(scope.flatMap((m) => [...m.preCheck, ...m.postCheck, ...m.delayedCheck]));
  const tries: [SuspendKept, () => ProgressRecord][] = [
    ['all', () => slice],
    ['scores', () => withoutAnswers(slice, () => true)],
    ['check scores', () => withoutAnswers(slice, (id) => checks.has(id))],
  ];
  for (const [kept, make] of tries) {
    const data = await encode(make());
    if (data.length <= limit) return { data, kept };
  }
  return null;
}

export type DecodedSuspend = { ok: true; record: ProgressRecord; notice: ProgressNotice | null } | { ok: false; error: string };

/** Read suspend data back; anything that is not a copy this course wrote is an error, never a crash. */
export async function decodeSuspend(data: string): Promise<DecodedSuspend> {
  if (!data.startsWith(SUSPEND_PREFIX)) return { ok: false, error: 'it was not written by this course' };
  let bytes: Uint8Array;
  try {
    bytes = base64UrlToBytes(data.slice(SUSPEND_PREFIX.length));
  } catch {
    return { ok: false, error: 'it is damaged (not base64url)' };
  }
  const inflated = await inflateRaw(bytes, INFLATED_LIMIT);
  if (!inflated) return { ok: false, error: 'it is damaged (it does not unpack)' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, error: 'it is damaged (not readable data)' };
  }
  const { record, notice } = readRecord(parsed);
  if (notice && notice.kind !== 'partly-recovered') return { ok: false, error: notice.message };
  return { ok: true, record, notice };
}
