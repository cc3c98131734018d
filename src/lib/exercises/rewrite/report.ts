import type { TypeReport } from '../runtime';

export const rewriteReport: TypeReport<'rewrite'> = {
  describe: (_entry, signature) => (signature ? `“${signature}”` : 'nothing written'),
  // A rewrite is read, not counted: its text is shown to the teacher, never tallied as a mistake.
  mistakes: () => [],
  catalog: (e, key) => ({ title: e.title, type: 'rewrite', model: key.modelAnswer, explanation: key.rubric.strong.why }),
};
