import type { Discernment } from './discernment';
import { scoreClassify, type ClassifyResult } from './score-classify';
import { scoreManyChoice, scoreSingleChoice, type ManyChoiceResult, type SingleChoiceResult } from './score-choice';
import { scoreHighlight, type HighlightResult } from './score-highlight';
import { scoreRateSource, type RateSourceResult } from './score-rate-source';
import { scoreRewrite, type RewriteResult } from './score-rewrite';
import type { Answer, Exercise } from './types';

export type ExerciseResult = SingleChoiceResult | ManyChoiceResult | HighlightResult | ClassifyResult | RateSourceResult | RewriteResult;

/** Score any exercise. Pure: reads the exercise and the answer, returns a new result. */
export function scoreExercise(exercise: Readonly<Exercise>, answer: Readonly<Answer>): ExerciseResult {
  switch (exercise.type) {
    case 'single-choice':
      return scoreSingleChoice(exercise.public, exercise.key, answer as Answer<'single-choice'>);
    case 'multiple-choice':
    case 'compare':
      return scoreManyChoice(exercise.public, exercise.key, answer as Answer<'multiple-choice'>);
    case 'highlight':
      return scoreHighlight(exercise.public, exercise.key, answer as Answer<'highlight'>);
    case 'classify':
      return scoreClassify(exercise.public, exercise.key, answer as Answer<'classify'>);
    case 'rate-source':
      return scoreRateSource(exercise.public, exercise.key, answer as Answer<'rate-source'>);
    case 'rewrite':
      return scoreRewrite(exercise.public, exercise.key, answer as Answer<'rewrite'>);
  }
}

export function discernmentOf(result: ExerciseResult): Discernment | null {
  return 'discernment' in result ? result.discernment : null;
}
