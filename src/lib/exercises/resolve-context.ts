/**
 * What a type's resolver may ask of the content layer: quotes checked against the documents, the
 * annotations inside a passage, and the order students see options in. The content layer
 * (src/content/resolve-exercise.ts) implements it; resolvers stay pure and testable.
 */
import type { TechniqueId } from '../techniques';
import type { ExcerptRefData, QuoteRefData, Excerpt } from './shared-schema';
import type { DeskResult } from '../research/schema';

/** Thrown with a message for the author; the loader adds the file and exercise id. */
export class ResolveError extends Error {}

export interface PassageAnnotation {
  id: string;
  technique: TechniqueId;
  explanation: string;
  /** Whose words, or where on the anonymity spectrum (see annotationDetail). */
  detail?: string;
  /** Offsets within the passage text. */
  start: number;
  end: number;
}

export interface ResolvedPassage {
  excerpt: Excerpt;
  /** Every annotation that lies inside the passage, in text order. */
  annotations: PassageAnnotation[];
}

export type PassageRef = QuoteRefData | { document: string; parts: string[] };

export interface ResolveContext {
  excerpt(ref: ExcerptRefData): Excerpt;
  passage(ref: PassageRef): ResolvedPassage;
  /** A captured search of the research desk: its query and results, in the page's order. */
  search(id: string): { id: string; query: string; results: DeskResult[] };
  /**
   * The order students see a list in: fixed at build time, balanced across the exercise file so
   * that a right option's position gives nothing away, and interleaving right and wrong options.
   */
  order<T>(items: readonly T[], isRight: (item: T, index: number) => boolean): T[];
}
