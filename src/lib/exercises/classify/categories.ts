/** The answers a sorting exercise offers: a technique, or "no problem here". No schema library, so the browser can load it. */
import { TECHNIQUE_IDS, type TechniqueId } from '../../techniques';

export const NO_PROBLEM = 'none';
export type Category = TechniqueId | typeof NO_PROBLEM;
export const CATEGORY_IDS = [...TECHNIQUE_IDS, NO_PROBLEM] as const;
