/**
 * The registry of what the teacher's results page does with each exercise type: put a stored
 * answer into words, name its mistakes, and keep what that needs (the catalog). Apart from the
 * student's registry (registry.ts), so exercise pages do not carry it.
 */
import { classifyReport } from './classify/report';
import { compareReport } from './compare/report';
import { highlightReport } from './highlight/report';
import { multipleChoiceReport } from './multiple-choice/report';
import { rateSourceReport } from './rate-source/report';
import { rewriteReport } from './rewrite/report';
import type { CatalogEntry, TypeReport } from './runtime';
import { searchTaskReport } from './search-task/report';
import { singleChoiceReport } from './single-choice/report';
import type { ExerciseOf, ExerciseType } from './types';

export const REPORTS: { [T in ExerciseType]: TypeReport<T> } = {
  'single-choice': singleChoiceReport,
  'multiple-choice': multipleChoiceReport,
  highlight: highlightReport,
  classify: classifyReport,
  compare: compareReport,
  'rate-source': rateSourceReport,
  rewrite: rewriteReport,
  'search-task': searchTaskReport,
};

export function reportOf<T extends ExerciseType>(type: T): TypeReport<T> {
  return REPORTS[type];
}

/** What the teacher's results page keeps of an exercise, to name it and its mistakes. */
export function catalogEntryOf<T extends ExerciseType>(exercise: ExerciseOf<T>): CatalogEntry {
  return reportOf(exercise.type).catalog(exercise.public, exercise.key);
}
