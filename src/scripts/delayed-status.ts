/**
 * The delayed check's status line: when it opens for this student, or that it is open. Its slot
 * names the module's post-check and delayed check, so this page needs no other review data.
 */
import { currentProgress } from '../components/exercises/progress-store';
import { weekdayInWords } from '../lib/format';
import { idList } from '../lib/ids';
import { delayedCheckState } from '../lib/reviews/finish';

export function initDelayedStatus(root: Document, now: () => Date = () => new Date()): void {
  const { record } = currentProgress();
  for (const slot of root.querySelectorAll<HTMLElement>('[data-delayed-status]')) {
    const module = { id: slot.dataset.module ?? '', postCheck: idList(slot.dataset.post), delayedCheck: idList(slot.dataset.delayed) };
    const state = delayedCheckState(module, record, now());
    slot.textContent =
      state.kind === 'not-finished'
        ? 'It opens about three weeks after you finish the post-check.'
        : state.kind === 'coming'
          ? `For you it opens ${weekdayInWords(state.opensAt)}, three weeks after your post-check. You can take it now, but it shows best what lasted if you wait.`
          : state.kind === 'open'
            ? 'It is open now: three weeks have passed since your post-check.'
            : 'You have done it. Your results are on the module page.';
  }
}
