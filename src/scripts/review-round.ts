/**
 * A module's review page: serve the due round (kept in the record, so a reload serves the same
 * items), show its items in order, and close the round once each has an answer.
 */
import { currentProgress, replaceProgress, subscribe } from '../components/exercises/progress-store';
import { plural, weekdayInWords } from '../lib/format';
import { closeAnsweredRound, reviewState, startDueRound } from '../lib/reviews/schedule';
import { readModules } from './review-data';

export function initReviewRound(root: Document, now: () => Date = () => new Date()): void {
  const modules = readModules(root);
  const slot = root.querySelector<HTMLElement>('[data-review-round]');
  const module = modules.find((m) => m.id === slot?.dataset.module);
  if (!slot || !module) return;
  const status = slot.querySelector<HTMLElement>('[data-review-round-status]')!;
  const stack = slot.querySelector<HTMLElement>('[data-review-items]')!;
  const items = new Map([...slot.querySelectorAll<HTMLElement>('[data-review-item]')].map((el) => [el.dataset.reviewItem!, el]));
  let shown: string[] = [];
  let roundNumber = 0;

  const show = (ids: readonly string[]) => {
    shown = ids.filter((id) => items.has(id));
    for (const [id, el] of items) el.hidden = !shown.includes(id);
    for (const id of shown) stack.append(items.get(id)!);
  };
  const update = () => {
    let { record } = currentProgress();
    const closed = closeAnsweredRound(module, modules, record, now());
    if (closed !== record) replaceProgress((record = closed));
    const state = reviewState(module, record, now());
    const answered = shown.filter((id) => record.exercises[id]).length;
    if (state.kind === 'due' && state.started) {
      const mixed = state.started.items.filter((id) => !module.rounds.flat().includes(id)).length;
      status.textContent = `Review ${roundNumber} of ${module.rounds.length}: ${plural(shown.length, 'item')}, about ${shown.length + 1} minutes.${mixed ? ' The last one practises a skill from an earlier module.' : ''} ${answered} of ${shown.length} done.`;
    } else if (shown.length > 0) {
      const next = state.kind === 'coming' ? ` Your next review of this module is due ${weekdayInWords(state.dueAt)}.` : ' That was the last review of this module.';
      status.textContent = `Review ${roundNumber} done.${next} Read the feedback on each item before you go.`;
    } else if (state.kind === 'coming') {
      status.textContent = `Nothing to review here right now. Your next review of this module is due ${weekdayInWords(state.dueAt)}.`;
    } else if (state.kind === 'all-done') {
      status.textContent = `You have done all ${state.rounds} reviews of this module.`;
    } else {
      status.textContent = 'Reviews of this module start two days after you finish its post-check.';
    }
  };

  let { record } = currentProgress();
  const started = startDueRound(module, modules, record, now());
  if (started !== record) replaceProgress((record = started));
  const state = reviewState(module, record, now());
  if (state.kind === 'due' && state.started) {
    roundNumber = state.round + 1;
    show(state.started.items);
  } else show([]);
  update();
  subscribe(update);
}

