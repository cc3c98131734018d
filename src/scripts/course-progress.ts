/**
 * Ticks on the course outline and the module path, and a module's before-and-after table, from the
 * saved progress. Plain DOM, not islands: these pages then load no framework at all.
 */
import { summariseCheck, type CheckSummary } from '../lib/check-summary';
import { biasNote } from '../lib/exercises/discernment';
import { percent } from '../lib/format';
import { idList as ids } from '../lib/ids';
import { discernmentChart } from '../lib/discernment-chart';
import type { ProgressRecord } from '../lib/progress';
import { currentProgress } from '../components/exercises/progress-store';

const rate = (value: number | null) => (value === null ? '—' : percent(value));

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

interface CheckColumn {
  label: string;
  summary: CheckSummary;
}

function resultsTable(root: Document, columns: readonly CheckColumn[], caption: string): HTMLElement {
  const measures: [string, (s: CheckSummary) => string][] = [
    ['Score', (s) => percent(s.score)],
    ['Problems found', (s) => rate(s.discernment.hitRate)],
    ['Sound items left alone', (s) => rate(s.discernment.correctRejectionRate)],
    ['Which way you lean', (s) => biasNote(s.discernment) ?? 'No lean either way.'],
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
  const title = root.createElement('caption');
  title.textContent = caption;
  const head = root.createElement('thead');
  head.append(row(cell('th', 'Measure', 'col'), ...columns.map((c) => cell('th', c.label, 'col'))));
  const body = root.createElement('tbody');
  body.append(...measures.map(([measure, value]) => row(cell('th', measure, 'row'), ...columns.map((c) => cell('td', value(c.summary))))));
  table.append(title, head, body);
  const wrap = root.createElement('div');
  wrap.className = 'table-wrap module-results';
  wrap.append(table);
  return wrap;
}

/** The chart beside the table: what was found and what was rightly left alone, check by check, with a legend in words. */
function resultsChart(root: Document, columns: readonly CheckColumn[], caption: string, id: string): HTMLElement {
  const figure = root.createElement('figure');
  figure.className = 'results-chart';
  figure.innerHTML = discernmentChart(
    columns.map((c) => ({ label: c.label, found: c.summary.discernment.hitRate, leftAlone: c.summary.discernment.correctRejectionRate })),
    caption,
    `chart-${id}`,
  );
  const legend = root.createElement('figcaption');
  legend.innerHTML =
    '<span class="chart-key chart-key--found" aria-hidden="true"></span> Problems found <span class="chart-key chart-key--alone" aria-hidden="true"></span> Sound items left alone';
  figure.append(legend);
  return figure;
}

/** A module's results: before and after once both checks are done, and weeks later once the delayed check is; until then, how far each is. */
function showModuleResults(root: Document, record: ProgressRecord): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-module-results]')) {
    const pre = summariseCheck(ids(slot.dataset.pre), record);
    const post = summariseCheck(ids(slot.dataset.post), record);
    const delayed = summariseCheck(ids(slot.dataset.delayed), record);
    if (pre.done < pre.total || post.done < post.total) {
      const pending = root.createElement('p');
      pending.className = 'module-results__pending';
      pending.textContent = `Your before-and-after results appear here once you have done both checks (pre-check: ${pre.done} of ${pre.total}, post-check: ${post.done} of ${post.total}).`;
      slot.replaceChildren(pending);
      continue;
    }
    const later = delayed.total > 0 && delayed.done === delayed.total;
    const columns: CheckColumn[] = [
      { label: 'Pre-check', summary: pre },
      { label: 'Post-check', summary: post },
      ...(later ? [{ label: 'Delayed check', summary: delayed }] : []),
    ];
    const caption = later ? 'Your results before, after and weeks later' : 'Your results, before and after the lessons';
    const parts: HTMLElement[] = [resultsTable(root, columns, caption)];
    if (columns.some((c) => c.summary.discernment.hitRate !== null || c.summary.discernment.correctRejectionRate !== null)) {
      parts.push(resultsChart(root, columns, later ? 'Problems found and sound items left alone, before, after and weeks later' : 'Problems found and sound items left alone, before and after', slot.dataset.module ?? 'module'));
    }
    if (!later && delayed.total > 0) {
      const note = root.createElement('p');
      note.className = 'muted';
      note.textContent = `About three weeks after your post-check, a delayed check shows what has lasted; it joins this table when done (${delayed.done} of ${delayed.total} tried).`;
      parts.push(note);
    }
    slot.replaceChildren(...parts);
  }
}

export function initCourseProgress(root: Document): void {
  // Read (and if need be repaired, with the notice) as on any page with exercises.
  const { record } = currentProgress();
  showStatuses(root, record);
  showModuleResults(root, record);
}
