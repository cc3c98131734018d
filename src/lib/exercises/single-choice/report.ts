import { describeChoices, optionTexts } from '../choices';
import type { TypeReport } from '../runtime';

export const singleChoiceReport: TypeReport<'single-choice'> = {
  describe: (entry, signature) => describeChoices(entry, signature, 'no answer'),
  mistakes: (entry, signature) => (signature && !entry.right?.includes(signature) ? [`chose “${entry.options?.[signature] ?? signature}”`] : []),
  catalog: (e, key) => ({ title: e.title, type: 'single-choice', options: optionTexts(e.options), right: [key.correct], explanation: key.feedback[key.correct] ?? '' }),
};
