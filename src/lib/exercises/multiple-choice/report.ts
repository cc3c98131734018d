import { choiceMistakes, describeChoices, optionTexts } from '../choices';
import { joinExplanations } from '../reports-shared';
import type { CatalogEntry, TypeReport } from '../runtime';
import type { ChoiceOption } from '../shared-schema';

/** Multiple choice and compare are put into words alike: the options chosen. */
export function pickReport<T extends 'multiple-choice' | 'compare'>(type: T) {
  return {
    describe: (entry: CatalogEntry, signature: string) => describeChoices(entry, signature, 'nothing chosen'),
    mistakes: (entry: CatalogEntry, signature: string) => choiceMistakes(entry, signature),
    catalog: (e: { title: string; options: ChoiceOption[] }, key: { correct: string[]; feedback: Record<string, string> }): CatalogEntry => ({
      title: e.title,
      type,
      options: optionTexts(e.options),
      right: key.correct,
      explanation: joinExplanations(key.correct.map((id) => key.feedback[id])),
    }),
  };
}

export const multipleChoiceReport: TypeReport<'multiple-choice'> = pickReport('multiple-choice');
