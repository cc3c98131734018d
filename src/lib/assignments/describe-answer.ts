/** Turn an answer signature (answer-signature.ts) back into words for the teacher. */
import { reportOf } from '../exercises/reports';
import type { CatalogEntry } from '../exercises/runtime';

export type { CatalogEntry };

export function describeAnswer(entry: CatalogEntry, signature: string): string {
  return reportOf(entry.type).describe(entry, signature);
}
