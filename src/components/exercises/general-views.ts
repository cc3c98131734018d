import { compareView, multipleChoiceView, singleChoiceView } from './ChoiceViews';
import { classifyView, rateSourceView, rewriteView } from './OtherViews';
import type { TypeView } from './view';

/** The types drawn by the general exercise island. Highlight and search tasks, the heaviest views, have islands of their own. */
export type GeneralType = 'single-choice' | 'multiple-choice' | 'compare' | 'classify' | 'rate-source' | 'rewrite';

export const GENERAL_VIEWS: { [T in GeneralType]: TypeView<T> } = {
  'single-choice': singleChoiceView,
  'multiple-choice': multipleChoiceView,
  compare: compareView,
  classify: classifyView,
  'rate-source': rateSourceView,
  rewrite: rewriteView,
};
