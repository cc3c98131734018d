/** The answers a sorting exercise offers: a technique, or "no problem here". No schema library, so the browser can load it. */
import { techniqueById, TECHNIQUE_IDS, type TechniqueId } from '../../techniques';

export const NO_PROBLEM = 'none';
export type Category = TechniqueId | typeof NO_PROBLEM;
export const CATEGORY_IDS = [...TECHNIQUE_IDS, NO_PROBLEM] as const;

/** A category flags a problem unless it is "no problem here" or a good-practice technique. */
export function flagsProblem(category: Category): boolean {
  return category !== NO_PROBLEM && techniqueById(category).role !== 'control';
}
