import type { ComponentType } from 'react';
import type { ExerciseType } from '../../lib/exercises/types';
import { compareKey, multipleChoiceKey, singleChoiceKey } from './ChoiceViews';
import { highlightKey } from './HighlightView';
import { classifyKey, rateSourceKey, rewriteKey } from './OtherViews';
import type { KeyProps } from './view';
import { searchTaskKey } from './SearchTaskView';

/**
 * Each type's answer and explanation, for the no-JavaScript reveal and the printed keys. Drawn on the
 * server only, apart from VIEWS, so none of it reaches the island's script.
 */
export const KEYS: { [T in ExerciseType]: ComponentType<KeyProps<T>> } = {
  'single-choice': singleChoiceKey,
  'multiple-choice': multipleChoiceKey,
  highlight: highlightKey,
  classify: classifyKey,
  compare: compareKey,
  'rate-source': rateSourceKey,
  rewrite: rewriteKey,
  'search-task': searchTaskKey,
};
