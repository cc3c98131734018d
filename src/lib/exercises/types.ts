/**
 * Exercise types as the site uses them, after the content loader has resolved every quote to the
 * document's exact text. Each type is split in two: what a student may see before answering
 * (`...Public`) and the answer key (`...Key`). Both ship to the browser, but no code path that
 * draws the question reads the key.
 */
import type { TechniqueId } from '../techniques';

/** A quoted passage, resolved: its exact text and where it stands. */
export interface Excerpt {
  text: string;
  /** The document it is quoted from; null for a practice example written for this course. */
  document: { id: string; number: string; title: string; outlet: string | null } | null;
  /** Fragment of the document reader that shows the passage in place. */
  anchor: string | null;
}

export interface ChoiceOption {
  id: string;
  text: string;
}

interface PublicBase {
  id: string;
  title: string;
  prompt: string;
}

export interface SingleChoicePublic extends PublicBase {
  type: 'single-choice';
  excerpt: Excerpt | null;
  options: ChoiceOption[];
}
export interface SingleChoiceKey {
  type: 'single-choice';
  correct: string;
  feedback: Record<string, string>;
}

export interface MultipleChoicePublic extends PublicBase {
  type: 'multiple-choice';
  excerpt: Excerpt | null;
  options: ChoiceOption[];
}
export interface MultipleChoiceKey {
  type: 'multiple-choice';
  correct: string[];
  feedback: Record<string, string>;
}

/** A word of a highlight passage: its text and where it stands in the passage. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface HighlightPublic extends PublicBase {
  type: 'highlight';
  excerpt: Excerpt;
  words: Word[];
  /** Whitespace or nothing between word i and word i + 1, to draw the passage as written. */
  gaps: string[];
}

/** An annotation inside a highlight passage, by word indexes (inclusive start, exclusive end). */
export interface PassageSpan {
  annotationId: string;
  technique: TechniqueId;
  from: number;
  to: number;
  explanation: string;
}
export interface HighlightKey {
  type: 'highlight';
  /** What the student should mark. */
  targets: PassageSpan[];
  /** Good practice in the passage: marking it is a false alarm. */
  controls: PassageSpan[];
  /** Other annotated problems not asked about here: marking them costs nothing. */
  neutral: PassageSpan[];
}

export const NO_PROBLEM = 'none';
export type Category = TechniqueId | typeof NO_PROBLEM;

export interface ClassifyItemPublic {
  id: string;
  excerpt: Excerpt;
}
export interface ClassifyPublic extends PublicBase {
  type: 'classify';
  categories: Category[];
  items: ClassifyItemPublic[];
}
export interface ClassifyKey {
  type: 'classify';
  answers: Record<string, Category>;
  feedback: Record<string, string>;
}

export interface CompareSide {
  label: string;
  excerpts: Excerpt[];
}
export interface ComparePublic extends PublicBase {
  type: 'compare';
  left: CompareSide;
  right: CompareSide;
  options: ChoiceOption[];
}
export interface CompareKey {
  type: 'compare';
  correct: string[];
  feedback: Record<string, string>;
}

export const RATING_SCALE = [
  { value: 1, label: 'Not reliable' },
  { value: 2, label: 'Weak' },
  { value: 3, label: 'Fair' },
  { value: 4, label: 'Strong' },
] as const;
export type Rating = (typeof RATING_SCALE)[number]['value'];

export interface RateSourcePublic extends PublicBase {
  type: 'rate-source';
  excerpt: Excerpt;
  reasons: ChoiceOption[];
}
export interface RateSourceKey {
  type: 'rate-source';
  rating: { min: Rating; max: Rating };
  ratingExplanation: string;
  /** The reasons an expert would give. */
  expertReasons: string[];
  feedback: Record<string, string>;
}

export interface RewritePublic extends PublicBase {
  type: 'rewrite';
  excerpt: Excerpt;
  checklist: string[];
}
export interface LoadedWord {
  text: string;
  why: string;
}
export interface RewriteKey {
  type: 'rewrite';
  loadedWords: LoadedWord[];
  modelAnswer: string;
}

export type ExercisePublic =
  | SingleChoicePublic
  | MultipleChoicePublic
  | HighlightPublic
  | ClassifyPublic
  | ComparePublic
  | RateSourcePublic
  | RewritePublic;

export type ExerciseKey = SingleChoiceKey | MultipleChoiceKey | HighlightKey | ClassifyKey | CompareKey | RateSourceKey | RewriteKey;

export type ExerciseType = ExercisePublic['type'];

export type PublicOf<T extends ExerciseType> = Extract<ExercisePublic, { type: T }>;
export type KeyOf<T extends ExerciseType> = Extract<ExerciseKey, { type: T }>;

/** One exercise as the site ships it: the public part and, separately, its key. */
export type Exercise = { [T in ExerciseType]: { type: T; public: PublicOf<T>; key: KeyOf<T> } }[ExerciseType];

/** Student answers, one shape per type. All are plain JSON, so progress can store them. */
export interface AnswerByType {
  'single-choice': { choice: string | null };
  'multiple-choice': { choices: string[] };
  highlight: { marked: number[] };
  classify: { answers: Record<string, Category | null> };
  compare: { choices: string[] };
  'rate-source': { rating: Rating | null; reasons: string[] };
  rewrite: { text: string; ticked: number[] };
}
export type Answer<T extends ExerciseType = ExerciseType> = AnswerByType[T];
