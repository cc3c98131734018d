import { pickRuntime, type PickResult } from '../multiple-choice';
import type { TypeRuntime } from '../runtime';

export type CompareResult = PickResult<'compare'>;

export const compare: TypeRuntime<'compare'> = pickRuntime('compare', 'Compare two versions');
