/**
 * Spaced reviews at a glance, from the saved progress: the quiet "2 short reviews are due" notice,
 * the review page's lists, and each module's review status line. Plain DOM, not an island. The
 * schedule itself is pure (lib/reviews/schedule.ts); a review round runs in review-round.ts.
 */
import { currentProgress, replaceProgress } from '../components/exercises/progress-store';
import { plural, weekdayInWords } from '../lib/format';
import { withBase } from '../lib/paths';
import type { ProgressRecord } from '../lib/progress';
import { routes } from '../lib/routes';
import { dueNotice, reviewOverview, type ReviewOverview } from '../lib/reviews/overview';
import { keepFinishTimes, reviewState, type ReviewModule } from '../lib/reviews/schedule';
import { readModules, type TitledModule } from './review-data';

function link(root: Document, href: string, text: string): HTMLAnchorElement {
  const a = root.createElement('a');
  a.href = withBase(href);
  a.textContent = text;
  return a;
}

function showNotice(root: Document, overview: ReviewOverview<TitledModule>): void {
  const text = dueNotice(overview);
  for (const slot of root.querySelectorAll<HTMLElement>('[data-review-notice]')) {
    slot.replaceChildren(...(text ? [`${text} `, link(root, routes.reviews, 'Go to your reviews')] : []));
  }
}

/** The review page: what is due now, which delayed checks are open, what is coming and what is done. */
function showList(root: Document, modules: readonly TitledModule[], overview: ReviewOverview<TitledModule>): void {
  const slot = root.querySelector<HTMLElement>('[data-review-list]');
  if (!slot) return;
  const section = (title: string, items: (string | Node)[][]) => {
    const part = root.createElement('section');
    const heading = root.createElement('h2');
    heading.textContent = title;
    const list = root.createElement('ul');
    list.className = 'review-list';
    for (const content of items) {
      const item = root.createElement('li');
      item.append(...content);
      list.append(item);
    }
    part.append(heading, list);
    return part;
  };
  const parts: HTMLElement[] = [];
  const due = overview.due.map(({ module, state }) => [
    link(root, routes.review(module.id), `${module.title} · review ${state.round + 1} of ${module.rounds.length}`),
    state.started ? ' · started, carry on where you stopped' : ` · due since ${weekdayInWords(state.dueAt)}`,
  ]);
  parts.push(section('Due now', due.length ? due : [['Nothing is due. Well done.']]));
  if (overview.delayedOpen.length) {
    parts.push(
      section(
        'Delayed checks open',
        overview.delayedOpen.map(({ module, state }) => [
          link(root, routes.check(module.id, 'delayed'), `${module.title} · delayed check`),
          state.done > 0 ? ` · ${state.done} of ${module.delayedCheck.length} items done` : ' · open now',
        ]),
      ),
    );
  }
  const coming = overview.coming.map(({ module, state }) => [`${module.title} · review ${state.round + 1} of ${module.rounds.length}, due ${weekdayInWords(state.dueAt)}`]);
  parts.push(
    section(
      'Coming',
      coming.length ? coming : [[overview.notFinished.length === modules.length ? 'Reviews start two days after you finish a module’s post-check.' : 'Nothing else is scheduled.']],
    ),
  );
  if (overview.done.length) parts.push(section('Done', overview.done.map(({ module, rounds }) => [`${module.title} · ${plural(rounds, 'review')} done`])));
  slot.replaceChildren(...parts);
}

/** One line for a module: where its reviews and its delayed check stand. */
function statusText(module: ReviewModule, record: ProgressRecord, now: Date): string {
  const state = reviewState(module, record, now);
  switch (state.kind) {
    case 'not-finished':
      return 'Start two days after you finish the post-check.';
    case 'coming':
      return `Review ${state.round + 1} is due ${weekdayInWords(state.dueAt)}.`;
    case 'due':
      return `Review ${state.round + 1} is due now.`;
    case 'all-done':
      return `✓ All ${state.rounds} reviews done.`;
  }
}

function showStatuses(root: Document, modules: readonly TitledModule[], record: ProgressRecord, now: Date): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-review-status]')) {
    const module = modules.find((m) => m.id === slot.dataset.module);
    slot.textContent = module ? statusText(module, record, now) : '';
  }
}

/** The page's modules and the saved progress, with every finished module's finishing time kept; null when the page has no review data. */
function scheduleOnPage(root: Document, now: Date): { modules: TitledModule[]; record: ProgressRecord } | null {
  const modules = readModules(root);
  if (modules.length === 0) return null;
  let { record } = currentProgress();
  const kept = keepFinishTimes(modules, record, now);
  if (kept !== record) replaceProgress((record = kept));
  return { modules, record };
}

export function initReviewOverview(root: Document, now: () => Date = () => new Date()): void {
  const at = now();
  const found = scheduleOnPage(root, at);
  if (found) {
    const { modules, record } = found;
    const overview = reviewOverview(modules, record, at);
    showNotice(root, overview);
    showList(root, modules, overview);
    showStatuses(root, modules, record, at);
  }
  // The review page holds its lists back until now, so that filling them moved nothing.
  root.querySelector('[data-review-page]')?.removeAttribute('data-pending');
}
