import type { ExerciseType } from '../../lib/exercises/types';
import { compareView, multipleChoiceView, singleChoiceView } from './ChoiceViews';
import { highlightView } from './HighlightView';
import { classifyView, rateSourceView, rewriteView } from './OtherViews';
import type { TypeView } from './view';
import { searchTaskView } from './SearchTaskView';

export const VIEWS: { [T in ExerciseType]: TypeView<T> } = {
  'single-choice': singleChoiceView,
  'multiple-choice': multipleChoiceView,
  highlight: highlightView,
  classify: classifyView,
  compare: compareView,
  'rate-source': rateSourceView,
  rewrite: rewriteView,
  'search-task': searchTaskView,
};
