import { loadProgress } from '../lib/progress';

/** Read the saved progress once (repairing it if needed) and show the notice if it had to be. */
export function showProgressNotice(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-progress-notice]');
  if (!box) return;
  let notice: ReturnType<typeof loadProgress>['notice'];
  try {
    notice = loadProgress(window.localStorage).notice;
  } catch {
    notice = { kind: 'unreadable', message: 'This browser does not let the course save progress, so nothing will be kept.' };
  }
  if (!notice) return;
  box.querySelector('[data-progress-message]')!.textContent = notice.message;
  box.hidden = false;
  box.querySelector('[data-progress-dismiss]')?.addEventListener('click', () => {
    box.hidden = true;
  });
}
