/** Turn an answer signature (answer-signature.ts) back into words for the teacher. */
import { RATING_SCALE, type ExerciseType } from '../exercises/types';
import { TECHNIQUES } from '../techniques';

export interface CatalogEntry {
  title: string;
  type: ExerciseType;
  /** Choice, compare and rate-source: the options or reasons, by id. */
  options?: Record<string, string>;
  /** Highlight: the passage's words. */
  words?: string[];
}

const CATEGORY_BY_CODE: Record<string, string> = {
  ...Object.fromEntries(TECHNIQUES.map((t) => [t.code, t.label])),
  '0': 'No problem here',
  _: 'no answer',
};

export function describeAnswer(entry: CatalogEntry, signature: string): string {
  const option = (id: string) => entry.options?.[id] ?? `option ${id}`;
  switch (entry.type) {
    case 'single-choice':
      return signature ? option(signature) : 'no answer';
    case 'multiple-choice':
    case 'compare':
      return signature ? [...signature].map(option).join(' + ') : 'nothing chosen';
    case 'classify':
      return [...signature].map((code, i) => `${i + 1}: ${CATEGORY_BY_CODE[code] ?? code}`).join('; ');
    case 'rate-source': {
      const [rating, reasons = ''] = signature.split(':');
      const label = RATING_SCALE.find((r) => String(r.value) === rating)?.label ?? 'no rating';
      return `rated ${label}${reasons ? `; reasons: ${[...reasons].map(option).join(' + ')}` : '; no reasons'}`;
    }
    case 'highlight':
      return signature
        ? signature
            .split(',')
            .map((run) => {
              const [from, to] = run.split('-').map(Number) as [number, number];
              return `“${(entry.words ?? []).slice(from, to).join(' ')}”`;
            })
            .join(', ')
        : 'nothing marked';
    case 'rewrite':
      return 'a rewritten sentence (not shared)';
  }
}

