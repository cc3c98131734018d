import { pickReport } from '../multiple-choice/report';
import type { TypeReport } from '../runtime';

export const compareReport: TypeReport<'compare'> = pickReport('compare');
