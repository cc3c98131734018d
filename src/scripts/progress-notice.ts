import { markNoticed, untoldNotice } from '../lib/set-aside';
import { localStorageOrNull } from '../lib/storage';

const box = (root: Document) => root.querySelector<HTMLElement>('[data-progress-notice]');

/** Tell the student something about their saved progress, in the notice every page carries (base layout). */
export function showProgressNotice(message: string, root: Document = document): void {
  const notice = box(root);
  if (!notice) return;
  notice.querySelector('[data-progress-message]')!.textContent = message;
  notice.hidden = false;
}

/**
 * On every page: show the notice for progress set aside earlier (maybe on a page with no notice of
 * its own, or in another tab) until the student dismisses it. Reads a small list, no schema library.
 */
export function initProgressNotice(root: Document): void {
  const notice = box(root);
  if (!notice) return;
  const storage = localStorageOrNull();
  notice.querySelector('[data-progress-dismiss]')?.addEventListener('click', () => {
    notice.hidden = true;
    if (storage) markNoticed(storage);
  });
  const message = storage ? untoldNotice(storage) : null;
  if (message) showProgressNotice(message, root);
}
