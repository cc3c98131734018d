import { choiceMistakes, describeChoices, optionTexts } from '../choices';
import type { TypeReport } from '../runtime';
import { ratingDistance, ratingLabel } from '.';
import { RATING_SCALE, type Rating } from './scale';

export const rateSourceReport: TypeReport<'rate-source'> = {
  describe: (entry, signature) => {
    const [rating, reasons = ''] = signature.split(':');
    const label = RATING_SCALE.find((r) => String(r.value) === rating)?.label ?? 'no rating';
    return `rated ${label}; ${reasons ? `reasons: ${describeChoices(entry, reasons, '')}` : 'no reasons'}`;
  },
  mistakes: (entry, signature) => {
    const [rating = '_', reasons = ''] = signature.split(':');
    const value = Number(rating);
    const range = entry.rating;
    const off = range && Number.isInteger(value) && ratingDistance({ min: range.min as Rating, max: range.max as Rating }, value) > 0;
    return [...(off ? [`rated it ${ratingLabel(value)}`] : []), ...choiceMistakes(entry, reasons, 'gave the reason', 'missed the reason')];
  },
  catalog: (e, key) => ({ title: e.title, type: 'rate-source', options: optionTexts(e.reasons), right: key.expertReasons, rating: key.rating, explanation: key.ratingExplanation }),
};
