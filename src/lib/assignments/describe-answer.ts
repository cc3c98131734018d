/** Turn an answer signature (answer-signature.ts) back into words for the teacher. */
import { runtimeOf } from '../exercises/registry';
import type { CatalogEntry } from '../exercises/runtime';

export type { CatalogEntry };

export function describeAnswer(entry: CatalogEntry, signature: string): string {
  return runtimeOf(entry.type).describe(entry, signature);
}
