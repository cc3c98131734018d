import type { ExerciseType } from '../../lib/exercises/types';
import { GENERAL_VIEWS } from './general-views';
import { highlightView } from './HighlightView';
import { searchTaskView } from './SearchTaskView';
import type { TypeView } from './view';

/** Every type's view, for pages drawn on the server (answer keys). Islands import only their own. */
export const VIEWS: { [T in ExerciseType]: TypeView<T> } = { ...GENERAL_VIEWS, highlight: highlightView, 'search-task': searchTaskView };
