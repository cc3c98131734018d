/**
 * Spaced reviews and the delayed check, scheduled from the saved progress alone. Pure: the time is
 * always passed in, so tests can move the clock, and a clock set backwards or a record from the
 * future only delays a review, never breaks a page.
 *
 * A module is finished when its post-check is done. Its first review falls due about 2 days later;
 * each next one a set gap after the previous was done (about 1 week and 1 month after finishing,
 * when done on time). Only a module's next review can be due, so missed reviews wait and never pile
 * up. The delayed check opens about 3 weeks after the post-check.
 */
import type { ModuleReviews, ProgressRecord, ReviewRound } from '../progress';
import { addDays, finishedAt, notAfter, type FinishingModule } from './finish';

export { DELAYED_CHECK_DAYS, delayedCheckState, finishedAt, type DelayedCheckState } from './finish';

/** Days from finishing the module to round 1, then from each round to the next: about 2 days, 1 week, 1 month. */
export const REVIEW_GAP_DAYS = [2, 5, 23] as const;

/** What the schedule needs of a module (from its content entry). */
export interface ReviewModule extends FinishingModule {
  order: number;
  /** The module's own items, round by round. */
  rounds: readonly (readonly string[])[];
  /** Items later modules' reviews may mix in. */
  mixIns: readonly string[];
}

export type ReviewState =
  | { kind: 'not-finished' }
  | { kind: 'coming'; round: number; dueAt: Date }
  | { kind: 'due'; round: number; dueAt: Date; started: ReviewRound | null }
  | { kind: 'all-done'; rounds: number };




function scheduleOf(module: ReviewModule, record: ProgressRecord): ModuleReviews | null {
  const kept = Object.hasOwn(record.reviews, module.id) ? record.reviews[module.id] : undefined;
  if (kept) return kept;
  const finished = finishedAt(module, record);
  return finished ? { finishedAt: finished, rounds: [] } : null;
}

export function reviewState(module: ReviewModule, record: ProgressRecord, now: Date): ReviewState {
  const schedule = scheduleOf(module, record);
  if (!schedule) return { kind: 'not-finished' };
  const rounds = schedule.rounds;
  const open = rounds.at(-1)?.doneAt === undefined ? (rounds.at(-1) ?? null) : null;
  const done = rounds.length - (open ? 1 : 0);
  if (done >= module.rounds.length) return { kind: 'all-done', rounds: done };
  const since = done === 0 ? schedule.finishedAt : rounds[done - 1]!.doneAt!;
  const dueAt = addDays(notAfter(since, now), REVIEW_GAP_DAYS[Math.min(done, REVIEW_GAP_DAYS.length - 1)]!);
  if (open || dueAt.getTime() <= now.getTime()) return { kind: 'due', round: done, dueAt, started: open };
  return { kind: 'coming', round: done, dueAt };
}


/** Every item this student has met: answered anywhere, or served in a review round. */
function seenItems(record: ProgressRecord): Set<string> {
  const seen = new Set(Object.keys(record.exercises));
  for (const schedule of Object.values(record.reviews)) for (const round of schedule.rounds) for (const id of round.items) seen.add(id);
  return seen;
}

/**
 * The items of a module's next round: its own items for that round, then one item from an earlier
 * module's skill (interleaving) that the student has not met, preferring modules they have finished.
 */
export function composeRound(module: ReviewModule, round: number, modules: readonly ReviewModule[], record: ProgressRecord): string[] {
  const seen = seenItems(record);
  const own = (module.rounds[round] ?? []).filter((id) => !seen.has(id));
  const earlier = modules.filter((m) => m.order < module.order).sort((a, b) => a.order - b.order);
  const fresh = (list: readonly ReviewModule[]) => list.flatMap((m) => m.mixIns.filter((id) => !seen.has(id) && !own.includes(id)));
  const finished = fresh(earlier.filter((m) => finishedAt(m, record) !== null));
  const candidates = finished.length > 0 ? finished : fresh(earlier);
  // Turn through the candidates with the round, so successive rounds reach different earlier skills.
  const mixIn = candidates.length > 0 ? [candidates[(round * 2 + module.order) % candidates.length]!] : [];
  return [...own, ...mixIn];
}

/** The record with the module's due round served (kept, so a reload serves the same items). */
export function startDueRound(module: ReviewModule, modules: readonly ReviewModule[], record: ProgressRecord, now: Date): ProgressRecord {
  const state = reviewState(module, record, now);
  if (state.kind !== 'due' || state.started) return record;
  const items = composeRound(module, state.round, modules, record);
  if (items.length === 0) return record;
  const schedule = scheduleOf(module, record)!;
  const rounds = [...schedule.rounds, { items, startedAt: now.toISOString() }];
  return { ...record, reviews: { ...record.reviews, [module.id]: { finishedAt: schedule.finishedAt, rounds } } };
}

/**
 * The record with the module's open round marked done, once every item in it has an answer. An item
 * the course no longer has cannot be answered, so it does not hold the round open.
 */
export function closeAnsweredRound(module: ReviewModule, modules: readonly ReviewModule[], record: ProgressRecord, now: Date): ProgressRecord {
  const state = reviewState(module, record, now);
  if (state.kind !== 'due' || !state.started) return record;
  const known = new Set(modules.flatMap((m) => [...m.rounds.flat(), ...m.mixIns]));
  if (!state.started.items.every((id) => !known.has(id) || Object.hasOwn(record.exercises, id))) return record;
  const schedule = scheduleOf(module, record)!;
  const rounds = [...schedule.rounds.slice(0, -1), { ...state.started, doneAt: now.toISOString() }];
  return { ...record, reviews: { ...record.reviews, [module.id]: { finishedAt: schedule.finishedAt, rounds } } };
}

/**
 * Keeps the finishing time of every finished module, so that answering a post-check item again
 * later does not move the schedule. Unchanged (the same object) when there is nothing to keep.
 */
export function keepFinishTimes(modules: readonly ReviewModule[], record: ProgressRecord, now: Date): ProgressRecord {
  let reviews = record.reviews;
  for (const module of modules) {
    if (Object.hasOwn(reviews, module.id)) continue;
    const finished = finishedAt(module, record);
    if (!finished) continue;
    const kept = new Date(notAfter(finished, now)).toISOString();
    reviews = { ...reviews, [module.id]: { finishedAt: kept, rounds: [] } };
  }
  return reviews === record.reviews ? record : { ...record, reviews };
}
