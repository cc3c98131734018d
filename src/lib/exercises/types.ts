/**
 * Exercise types as the site uses them, after the content loader has resolved every quote to the
 * document's exact text. Each type lives in its own folder (schema, resolver, runtime); this file
 * joins them. Each exercise is split in two: what a student may see before answering (public) and
 * the answer key. Both ship to the browser, but no code path that draws the question reads the key.
 */
import type { ClassifyResult } from './classify';
import type { ClassifyAnswer, ClassifyKey, ClassifyPublic } from './classify/schema';
import type { CompareResult } from './compare';
import type { CompareKey, ComparePublic } from './compare/schema';
import type { ManyAnswer } from './choices';
import type { HighlightResult } from './highlight';
import type { HighlightAnswer, HighlightKey, HighlightPublic } from './highlight/schema';
import type { MultipleChoiceResult } from './multiple-choice';
import type { MultipleChoiceKey, MultipleChoicePublic } from './multiple-choice/schema';
import type { RateSourceResult } from './rate-source';
import type { RateSourceAnswer, RateSourceKey, RateSourcePublic } from './rate-source/schema';
import type { RewriteResult } from './rewrite';
import type { RewriteAnswer, RewriteKey, RewritePublic } from './rewrite/schema';
import type { SearchTaskResult } from './search-task';
import type { SearchTaskAnswer, SearchTaskKey, SearchTaskPublic } from './search-task/schema';
import type { SingleChoiceResult } from './single-choice';
import type { SingleChoiceAnswer, SingleChoiceKey, SingleChoicePublic } from './single-choice/schema';

export interface TypeMap {
  'single-choice': { public: SingleChoicePublic; key: SingleChoiceKey; answer: SingleChoiceAnswer; result: SingleChoiceResult };
  'multiple-choice': { public: MultipleChoicePublic; key: MultipleChoiceKey; answer: ManyAnswer; result: MultipleChoiceResult };
  highlight: { public: HighlightPublic; key: HighlightKey; answer: HighlightAnswer; result: HighlightResult };
  classify: { public: ClassifyPublic; key: ClassifyKey; answer: ClassifyAnswer; result: ClassifyResult };
  compare: { public: ComparePublic; key: CompareKey; answer: ManyAnswer; result: CompareResult };
  'rate-source': { public: RateSourcePublic; key: RateSourceKey; answer: RateSourceAnswer; result: RateSourceResult };
  rewrite: { public: RewritePublic; key: RewriteKey; answer: RewriteAnswer; result: RewriteResult };
  'search-task': { public: SearchTaskPublic; key: SearchTaskKey; answer: SearchTaskAnswer; result: SearchTaskResult };
}

export type ExerciseType = keyof TypeMap;
export type PublicOf<T extends ExerciseType> = TypeMap[T]['public'];
export type KeyOf<T extends ExerciseType> = TypeMap[T]['key'];
export type AnswerOf<T extends ExerciseType> = TypeMap[T]['answer'];
export type ResultOf<T extends ExerciseType> = TypeMap[T]['result'];

/** One exercise of a known type: its public part and, separately, its key. */
export interface ExerciseOf<T extends ExerciseType> {
  type: T;
  public: PublicOf<T>;
  key: KeyOf<T>;
}
/** Any exercise, as the site ships it. */
export type Exercise = { [T in ExerciseType]: ExerciseOf<T> }[ExerciseType];
export type ExercisePublic = PublicOf<ExerciseType>;
export type ExerciseKey = KeyOf<ExerciseType>;
export type Answer = AnswerOf<ExerciseType>;
export type ExerciseResult = ResultOf<ExerciseType>;

export type { Excerpt, ChoiceOption } from './shared-schema';
export type { ClassifyPublic, ClassifyItemPublic, ClassifyKey, Category } from './classify/schema';
export type { ComparePublic, CompareSide, CompareKey } from './compare/schema';
export type { HighlightPublic, HighlightKey, PassageSpan, TargetSpan, Word } from './highlight/schema';
export type { RateSourcePublic, RateSourceKey, Rating } from './rate-source/schema';
export type { RewritePublic, RewriteKey, LoadedWord } from './rewrite/schema';
export type { SingleChoicePublic, SingleChoiceKey } from './single-choice/schema';
export type { SearchTaskPublic, SearchTaskKey } from './search-task/schema';
export type { MultipleChoicePublic, MultipleChoiceKey } from './multiple-choice/schema';
export { NO_PROBLEM } from './classify/categories';
export { RATING_SCALE } from './rate-source/scale';
