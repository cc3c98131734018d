/** What the review scripts share: the modules written into the page, and the schedule kept up to date. */
import { currentProgress, replaceProgress } from '../components/exercises/progress-store';
import { isPlainObject, type ProgressRecord } from '../lib/progress';
import { keepFinishTimes, type ReviewModule } from '../lib/reviews/schedule';

export type TitledModule = ReviewModule & { title: string };

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((id) => typeof id === 'string');

/** The modules written into the page at build time (ReviewData.astro); none if the data is not there. */
export function readModules(root: Document): TitledModule[] {
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

export const day = (date: Date) => date.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });


/** The page's modules and the saved progress, with every finished module's finishing time kept; null when the page has no review data. */
export function scheduleOnPage(root: Document, now: Date): { modules: TitledModule[]; record: ProgressRecord } | null {
  const modules = readModules(root);
  if (modules.length === 0) return null;
  let { record } = currentProgress();
  const kept = keepFinishTimes(modules, record, now);
  if (kept !== record) replaceProgress((record = kept));
  return { modules, record };
}
