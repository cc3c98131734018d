import { TECHNIQUES } from '../../techniques';
import { joinExplanations } from '../reports-shared';
import type { TypeReport } from '../runtime';
import { acceptedAnswers, categoryCode } from '.';

const CATEGORY_BY_CODE: Record<string, string> = {
  ...Object.fromEntries(TECHNIQUES.map((t) => [t.code, t.label])),
  '0': 'No problem here',
  _: 'no answer',
};

export const classifyReport: TypeReport<'classify'> = {
  describe: (_entry, signature) => [...signature].map((code, i) => `${i + 1}: ${CATEGORY_BY_CODE[code] ?? code}`).join('; '),
  mistakes: (entry, signature) =>
    [...signature].flatMap((code, i) => {
      const right = entry.right?.[i];
      // A right entry lists every accepted code, the main answer first.
      return right === undefined || right.includes(code) ? [] : [`excerpt ${i + 1} as ${CATEGORY_BY_CODE[code] ?? code} (it is ${CATEGORY_BY_CODE[right[0]!] ?? right[0]})`];
    }),
  catalog: (e, key) => ({
    title: e.title,
    type: 'classify',
    right: e.items.map((i) => acceptedAnswers(key, i.id).map(categoryCode).join('')),
    explanation: joinExplanations(e.items.map((i, n) => (key.feedback[i.id] ? `Excerpt ${n + 1}: ${key.feedback[i.id]}` : undefined))),
  }),
};
