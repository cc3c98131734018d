/**
 * When a module was finished, and when its delayed check opens: the part of the review schedule
 * the delayed check's page needs, apart so that page loads only this. Pure, the time passed in.
 */
import type { ProgressRecord } from '../progress';

export const DELAYED_CHECK_DAYS = 21;
const DAY = 86_400_000;

/** What finishing a module and its delayed check need of it. */
export interface FinishingModule {
  id: string;
  postCheck: readonly string[];
  delayedCheck: readonly string[];
}

export type DelayedCheckState =
  | { kind: 'not-finished' }
  | { kind: 'coming'; opensAt: Date }
  | { kind: 'open'; opensAt: Date; done: number }
  | { kind: 'done' };

export const addDays = (from: number, days: number) => new Date(from + days * DAY);
/** A stored time, but never later than now: a record from the future counts from today. */
export const notAfter = (iso: string, now: Date) => Math.min(Date.parse(iso), now.getTime());

/** When the module was finished: as kept in its schedule, or else when its post-check was completed. */
export function finishedAt(module: FinishingModule, record: ProgressRecord): string | null {
  const kept = Object.hasOwn(record.reviews, module.id) ? record.reviews[module.id] : undefined;
  if (kept) return kept.finishedAt;
  if (module.postCheck.length === 0) return null;
  const times: string[] = [];
  for (const id of module.postCheck) {
    const entry = Object.hasOwn(record.exercises, id) ? record.exercises[id] : undefined;
    if (!entry) return null;
    times.push(entry.updatedAt);
  }
  return times.reduce((latest, t) => (Date.parse(t) > Date.parse(latest) ? t : latest));
}

export function delayedCheckState(module: FinishingModule, record: ProgressRecord, now: Date): DelayedCheckState {
  const finished = finishedAt(module, record);
  if (!finished || module.delayedCheck.length === 0) return { kind: 'not-finished' };
  const done = module.delayedCheck.filter((id) => Object.hasOwn(record.exercises, id)).length;
  if (done === module.delayedCheck.length) return { kind: 'done' };
  const opensAt = addDays(notAfter(finished, now), DELAYED_CHECK_DAYS);
  return opensAt.getTime() <= now.getTime() || done > 0 ? { kind: 'open', opensAt, done } : { kind: 'coming', opensAt };
}
