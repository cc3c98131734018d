/** The delayed check's status line: when it opens for this student, or that it is open. */
import { delayedCheckState } from '../lib/reviews/schedule';
import { day, scheduleOnPage } from './review-data';

export function initDelayedStatus(root: Document, now: () => Date = () => new Date()): void {
  const found = scheduleOnPage(root, now());
  if (!found) return;
  const { modules, record } = found;
  for (const slot of root.querySelectorAll<HTMLElement>('[data-delayed-status]')) {
    const module = modules.find((m) => m.id === slot.dataset.module);
    if (!module) continue;
    const state = delayedCheckState(module, record, now());
    slot.textContent =
      state.kind === 'not-finished'
        ? 'It opens about three weeks after you finish the post-check.'
        : state.kind === 'coming'
          ? `For you it opens ${day(state.opensAt)}, three weeks after your post-check. You can take it now, but it shows best what lasted if you wait.`
          : state.kind === 'open'
            ? 'It is open now: three weeks have passed since your post-check.'
            : 'You have done it. Your results are on the module page.';
  }
}
