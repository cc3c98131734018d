/**
 * The schedule at a glance, for the review page and the due notice: apart from schedule.ts so that
 * a review round's page does not load it.
 */
import type { ProgressRecord } from '../progress';
import { delayedCheckState, type DelayedCheckState } from './finish';
import { reviewState, type ReviewModule, type ReviewState } from './schedule';

/** The caller's own module type comes back (with its title, say), so nothing needs casting. */
export interface ReviewOverview<M extends ReviewModule = ReviewModule> {
  due: { module: M; state: Extract<ReviewState, { kind: 'due' }> }[];
  coming: { module: M; state: Extract<ReviewState, { kind: 'coming' }> }[];
  done: { module: M; rounds: number }[];
  /** Modules whose post-check is not done yet, so no review is scheduled. */
  notFinished: M[];
  delayedOpen: { module: M; state: Extract<DelayedCheckState, { kind: 'open' }> }[];
}

/** What the review page and the notices list, in course order; soonest first for what is coming. */
export function reviewOverview<M extends ReviewModule>(modules: readonly M[], record: ProgressRecord, now: Date): ReviewOverview<M> {
  const overview: ReviewOverview<M> = { due: [], coming: [], done: [], notFinished: [], delayedOpen: [] };
  for (const module of [...modules].sort((a, b) => a.order - b.order)) {
    const state = reviewState(module, record, now);
    if (state.kind === 'due') overview.due.push({ module, state });
    else if (state.kind === 'coming') overview.coming.push({ module, state });
    else if (state.kind === 'all-done') overview.done.push({ module, rounds: state.rounds });
    else overview.notFinished.push(module);
    const delayed = delayedCheckState(module, record, now);
    if (delayed.kind === 'open') overview.delayedOpen.push({ module, state: delayed });
  }
  overview.coming.sort((a, b) => a.state.dueAt.getTime() - b.state.dueAt.getTime());
  return overview;
}

/** The quiet notice, or null when nothing is due: "2 short reviews are due". */
export function dueNotice(overview: ReviewOverview<ReviewModule>): string | null {
  const reviews = overview.due.length;
  const checks = overview.delayedOpen.length;
  const parts = [
    reviews > 0 ? `${reviews} short review${reviews === 1 ? ' is' : 's are'} due` : '',
    checks > 0 ? `${checks === 1 ? 'a delayed check is' : `${checks} delayed checks are`} open` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join(', and ')}.`.replace(/^./, (c) => c.toUpperCase()) : null;
}
