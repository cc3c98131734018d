/**
 * Ticks on the course outline and the module path, and a module's before-and-after table, from the
 * saved progress. Plain DOM, not islands: these pages then load no framework at all.
 */
import { summariseCheck, type CheckSummary } from '../lib/check-summary';
import { biasNote } from '../lib/exercises/discernment';
import { percent } from '../lib/format';
import type { ProgressRecord } from '../lib/progress';
import { currentProgress } from '../components/exercises/progress-store';

const rate = (value: number | null) => (value === null ? '—' : percent(value));
const ids = (list: string | undefined) => (list ?? '').split(' ').filter(Boolean);

function tick(root: Document, text: string): HTMLElement {
  const done = root.createElement('span');
  done.className = 'verdict verdict--right';
  done.textContent = `✓ ${text}`;
  return done;
}

/** A step's status: a lesson is done when marked done; a check, when every item has an answer. */
function showStatuses(root: Document, record: ProgressRecord): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-step-status]')) {
    const lesson = slot.dataset.lesson;
    if (lesson) {
      slot.replaceChildren(...(record.lessons[lesson] ? [tick(root, 'Done')] : []));
      continue;
    }
    const { done, total } = summariseCheck(ids(slot.dataset.exercises), record);
    const status = done === total && total > 0 ? tick(root, 'Done') : root.createElement('span');
    if (done > 0 && done < total) {
      status.className = 'muted';
      status.textContent = `${done} of ${total} tried`;
    }
    slot.replaceChildren(...(done > 0 ? [status] : []));
  }
}

function resultsTable(root: Document, pre: CheckSummary, post: CheckSummary): HTMLElement {
  const rows: [string, string, string][] = [
    ['Score', percent(pre.score), percent(post.score)],
    ['Problems found', rate(pre.discernment.hitRate), rate(post.discernment.hitRate)],
    ['Sound items left alone', rate(pre.discernment.correctRejectionRate), rate(post.discernment.correctRejectionRate)],
    ['Which way you lean', biasNote(pre.discernment) ?? 'No lean either way.', biasNote(post.discernment) ?? 'No lean either way.'],
  ];
  const cell = (tag: 'th' | 'td', text: string, scope?: string) => {
    const el = root.createElement(tag);
    el.textContent = text;
    if (scope) el.setAttribute('scope', scope);
    return el;
  };
  const row = (...cells: HTMLElement[]) => {
    const tr = root.createElement('tr');
    tr.append(...cells);
    return tr;
  };
  const table = root.createElement('table');
  const caption = root.createElement('caption');
  caption.textContent = 'Your results, before and after the lessons';
  const head = root.createElement('thead');
  head.append(row(cell('th', 'Measure', 'col'), cell('th', 'Pre-check', 'col'), cell('th', 'Post-check', 'col')));
  const body = root.createElement('tbody');
  body.append(...rows.map(([measure, before, after]) => row(cell('th', measure, 'row'), cell('td', before), cell('td', after))));
  table.append(caption, head, body);
  const wrap = root.createElement('div');
  wrap.className = 'table-wrap module-results';
  wrap.append(table);
  return wrap;
}

/** The module page's before-and-after table, once both checks are done; until then, how far each is. */
function showModuleResults(root: Document, record: ProgressRecord): void {
  const slot = root.querySelector<HTMLElement>('[data-module-results]');
  if (!slot) return;
  const pre = summariseCheck(ids(slot.dataset.pre), record);
  const post = summariseCheck(ids(slot.dataset.post), record);
  if (pre.done < pre.total || post.done < post.total) {
    const pending = root.createElement('p');
    pending.className = 'module-results__pending';
    pending.textContent = `Your before-and-after results appear here once you have done both checks (pre-check: ${pre.done} of ${pre.total}, post-check: ${post.done} of ${post.total}).`;
    slot.replaceChildren(pending);
  } else slot.replaceChildren(resultsTable(root, pre, post));
}

export function initCourseProgress(root: Document): void {
  // Read (and if need be repaired, with the notice) as on any page with exercises.
  const { record } = currentProgress();
  showStatuses(root, record);
  showModuleResults(root, record);
}
