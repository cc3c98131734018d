/**
 * What every question-bank format shares: the items a module offers, where each sits, and how an
 * excerpt and a choice's weight are written, so GIFT, Moodle XML and QTI say the same things.
 */
import type { Excerpt, Exercise } from '../exercises/types';

export interface BankItem {
  exercise: Exercise;
  /** Where it sits in the module, e.g. "Pre-check" or "Lesson 2: Read the results before you click". */
  where: string;
}

/** An exercise a format cannot express, named in the file instead. */
export interface LeftOut {
  id: string;
  type: Exercise['type'];
  title: string;
}

const leftOut = (exercise: Exercise): LeftOut => ({ id: exercise.public.id, type: exercise.type, title: exercise.public.title });

/** Each item written as a question where the format can (`question` gives null where not), and the ids in and left out. */
export function writeQuestions(items: readonly BankItem[], question: (exercise: Exercise, where: string) => string | null): { questions: string[]; included: string[]; left: LeftOut[] } {
  const written = { questions: [] as string[], included: [] as string[], left: [] as LeftOut[] };
  for (const { exercise, where } of items) {
    const q = question(exercise, where);
    if (q) {
      written.questions.push(q);
      written.included.push(exercise.public.id);
    } else written.left.push(leftOut(exercise));
  }
  return written;
}

/** Where an excerpt comes from: "Document 003, ANHA", or that the course wrote it. */
export const excerptSource = (excerpt: Excerpt) =>
  excerpt.document ? `Document ${excerpt.document.number}${excerpt.document.outlet ? `, ${excerpt.document.outlet}` : ''}` : 'Practice example written for this course';

/** The excerpt in quotation marks, paragraphs joined by " / ", and where it comes from. */
export const excerptLine = (excerpt: Excerpt) => `“${excerpt.text.replace(/\s*\n\s*\n\s*/g, ' / ')}” (${excerptSource(excerpt)})`;

/** The excerpts shown above the question; a compare exercise's, side by side, each under its label. */
export function excerptGroups(exercise: Exercise): { label: string | null; excerpts: readonly Excerpt[] }[] {
  switch (exercise.type) {
    case 'compare':
      return [exercise.public.left, exercise.public.right].map((side) => ({ label: side.label, excerpts: side.excerpts }));
    case 'single-choice':
    case 'multiple-choice':
      return exercise.public.excerpt ? [{ label: null, excerpts: [exercise.public.excerpt] }] : [];
    case 'rate-source':
    case 'rewrite':
      return [{ label: null, excerpts: [exercise.public.excerpt] }];
    // A highlight's passage is the question itself, a classify exercise's excerpts are its items, a search task has results.
    default:
      return [];
  }
}

/** Moodle's grade for one of `n` options, as its list of allowed fractions writes it. */
const moodleShare = (n: number) => Number((100 / n).toFixed(5)).toString();

/**
 * Each option's weight as the course scores a pick-several question: the share of right options
 * chosen less the share of wrong ones. Percent, as Moodle writes it.
 */
export function pickWeights(optionIds: readonly string[], right: readonly string[]): Map<string, string> {
  const rightCount = optionIds.filter((id) => right.includes(id)).length;
  const wrongCount = optionIds.length - rightCount;
  return new Map(optionIds.map((id) => [id, right.includes(id) ? moodleShare(rightCount) : `-${moodleShare(wrongCount)}`]));
}
