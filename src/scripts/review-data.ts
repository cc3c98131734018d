/** What the review scripts share: the modules written into the page at build time. */
import { isPlainObject } from '../lib/progress';
import type { ReviewModule } from '../lib/reviews/schedule';

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
