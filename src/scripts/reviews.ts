/**
 * Spaced reviews in the page, from the saved progress: the quiet "2 short reviews are due" notice,
 * the review page's lists, a module's review round, and the status lines on the module page and the
 * delayed check. Plain DOM, not an island. The schedule itself is pure (lib/reviews/schedule.ts).
 */
import { currentProgress, replaceProgress, subscribe } from '../components/exercises/progress-store';
import { plural } from '../lib/format';
import { withBase } from '../lib/paths';
import { isPlainObject, type ProgressRecord } from '../lib/progress';
import { routes } from '../lib/routes';
import {
  closeAnsweredRound,
  delayedCheckState,
  dueNotice,
  keepFinishTimes,
  reviewOverview,
  reviewState,
  startDueRound,
  type ReviewModule,
} from '../lib/reviews/schedule';

type TitledModule = ReviewModule & { title: string };

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');

/** The modules written into the page at build time (ReviewData.astro); none if the data is not there. */
function readModules(root: Document): TitledModule[] {
  try {
    const data: unknown = JSON.parse(root.querySelector('[data-review-modules]')?.textContent ?? '[]');
    if (!Array.isArray(data)) return [];
    return data.filter(
      (m): m is TitledModule =>
        isPlainObject(m) && typeof m.id === 'string' && typeof m.title === 'string' && typeof m.order === 'number' && isIds(m.postCheck) && isIds(m.delayedCheck) && isIds(m.mixIns) && Array.isArray(m.rounds) && m.rounds.every(isIds),
    );
  } catch {
    return [];
  }
}

const day = (date: Date) => date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

function link(root: Document, href: string, text: string): HTMLAnchorElement {
  const a = root.createElement('a');
  a.href = withBase(href);
  a.textContent = text;
  return a;
}

function showNotice(root: Document, modules: readonly TitledModule[], record: ProgressRecord, now: Date): void {
  const text = dueNotice(reviewOverview(modules, record, now));
  for (const slot of root.querySelectorAll<HTMLElement>('[data-review-notice]')) {
    slot.replaceChildren(...(text ? [`${text} `, link(root, routes.reviews, 'Go to your reviews')] : []));
  }
}

/** The review page: what is due now, which delayed checks are open, what is coming and what is done. */
function showList(root: Document, modules: readonly TitledModule[], record: ProgressRecord, now: Date): void {
  const slot = root.querySelector<HTMLElement>('[data-review-list]');
  if (!slot) return;
  const overview = reviewOverview(modules, record, now);
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
  const titled = (m: ReviewModule) => (m as TitledModule).title;
  const parts: HTMLElement[] = [];
  const due = overview.due.map(({ module, state }) => [
    link(root, routes.review(module.id), `${titled(module)}: review ${state.round + 1} of ${module.rounds.length}`),
    state.started ? ' · started, carry on where you stopped' : ` · due since ${day(state.dueAt)}`,
  ]);
  parts.push(section('Due now', due.length ? due : [['Nothing is due. Well done.']]));
  if (overview.delayedOpen.length) {
    parts.push(
      section(
        'Delayed checks open',
        overview.delayedOpen.map(({ module, state }) => [
          link(root, routes.check(module.id, 'delayed'), `${titled(module)}: delayed check`),
          state.done > 0 ? ` · ${state.done} of ${module.delayedCheck.length} items done` : ' · open now',
        ]),
      ),
    );
  }
  const coming = overview.coming.map(({ module, state }) => [`${titled(module)}: review ${state.round + 1} of ${module.rounds.length}, due ${day(state.dueAt)}`]);
  const notStarted = modules.filter((m) => reviewState(m, record, now).kind === 'not-finished');
  parts.push(
    section(
      'Coming',
      coming.length ? coming : [[notStarted.length === modules.length ? 'Reviews start two days after you finish a module’s post-check.' : 'Nothing else is scheduled.']],
    ),
  );
  if (overview.done.length) parts.push(section('Done', overview.done.map(({ module, rounds }) => [`${titled(module)}: ${plural(rounds, 'review')} done`])));
  slot.replaceChildren(...parts);
}

/** One line for a module: where its reviews and its delayed check stand. */
function statusText(module: ReviewModule, record: ProgressRecord, now: Date): string {
  const state = reviewState(module, record, now);
  switch (state.kind) {
    case 'not-finished':
      return 'Start two days after you finish the post-check.';
    case 'coming':
      return `Review ${state.round + 1} is due ${day(state.dueAt)}.`;
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
  for (const slot of root.querySelectorAll<HTMLElement>('[data-delayed-status]')) {
    const module = modules.find((m) => m.id === slot.dataset.module);
    if (!module) continue;
    const state = delayedCheckState(module, record, now);
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

/**
 * A module's review page: serve the due round (kept in the record, so a reload serves the same
 * items), show its items in order, and close the round once each has an answer.
 */
function runRound(root: Document, modules: readonly TitledModule[], now: () => Date): void {
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
      const next = state.kind === 'coming' ? ` Your next review of this module is due ${day(state.dueAt)}.` : ' That was the last review of this module.';
      status.textContent = `Review ${roundNumber} done.${next} Read the feedback on each item before you go.`;
    } else if (state.kind === 'coming') {
      status.textContent = `Nothing to review here right now. Your next review of this module is due ${day(state.dueAt)}.`;
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

export function initReviews(root: Document, now: () => Date = () => new Date()): void {
  const modules = readModules(root);
  if (modules.length === 0) return;
  let { record } = currentProgress();
  const kept = keepFinishTimes(modules, record, now());
  if (kept !== record) replaceProgress((record = kept));
  showNotice(root, modules, record, now());
  showList(root, modules, record, now());
  showStatuses(root, modules, record, now());
  runRound(root, modules, now);
}
