/**
 * A module's exercises as a Moodle GIFT question bank, for teachers who build their own quizzes.
 * GIFT can say single and multiple choice with feedback per option, and a classify exercise as
 * matching; the other types (highlight, rate the source, rewrite, search task) it cannot, and the
 * bank lists them by name instead of bending them into a shape that would score differently.
 */
import { NO_PROBLEM } from '../exercises/classify/categories';
import { categoryLabel } from '../exercises/classify';
import type { Exercise } from '../exercises/types';
import { excerptGroups, excerptLine, pickWeights, writeQuestions, type BankItem, type LeftOut } from './bank';

export interface GiftBank {
  text: string;
  /** Exercise ids in the bank, in order. */
  included: string[];
  /** Exercises GIFT cannot express, with their types. */
  left: LeftOut[];
}

/** GIFT's special characters, escaped; a line break as GIFT's \n, since a blank line ends a question. */
export function giftEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n');
}

function stem(exercise: Exercise, where: string): string {
  const excerpts = excerptGroups(exercise).flatMap((g) => g.excerpts);
  return [`[${where}] ${exercise.public.prompt}`, ...excerpts.map(excerptLine)].map(giftEscape).join('\\n\\n');
}

function question(exercise: Exercise, where: string): string | null {
  const title = `::${giftEscape(`${exercise.public.id}: ${exercise.public.title}`)}::`;
  switch (exercise.type) {
    case 'single-choice': {
      const { public: pub, key } = exercise;
      const options = pub.options.map((o) => `${o.id === key.correct ? '=' : '~'}${giftEscape(o.text)}#${giftEscape(key.feedback[o.id] ?? '')}`);
      return `${title} ${stem(exercise, where)} {\n${options.join('\n')}\n}`;
    }
    case 'multiple-choice':
    case 'compare': {
      const { public: pub, key } = exercise;
      const weights = pickWeights(pub.options.map((o) => o.id), key.correct);
      const options = pub.options.map((o) => `~%${weights.get(o.id)}%${giftEscape(o.text)}#${giftEscape(key.feedback[o.id] ?? '')}`);
      return `${title} ${stem(exercise, where)} {\n${options.join('\n')}\n}`;
    }
    case 'classify': {
      const { public: pub, key } = exercise;
      const pairs = pub.items.map((item) => `=${giftEscape(excerptLine(item.excerpt))} -> ${giftEscape(categoryLabel(key.answers[item.id] ?? NO_PROBLEM))}`);
      const why = pub.items.map((item, i) => `${i + 1}. ${key.feedback[item.id] ?? ''}`).join(' ');
      return `${title} ${stem(exercise, where)} {\n${pairs.join('\n')}\n####${giftEscape(why)}\n}`;
    }
    default:
      return null;
  }
}

/** `category` is the Moodle question category to import into, with "/" between levels. */
export function giftBank(moduleTitle: string, category: string, items: readonly BankItem[]): GiftBank {
  const { questions, included, left } = writeQuestions(items, question);
  const header = [
    `// Read the Source: ${moduleTitle}. A Moodle GIFT question bank, made from the course's own exercises.`,
    '// Import it in Moodle: Question bank > Import > GIFT format. Every option keeps its feedback.',
    ...(left.length ? [`// Not in this bank, because GIFT cannot express them: ${left.map((l) => `${l.id} (${l.type})`).join(', ')}.`] : []),
  ];
  return { text: `${header.join('\n')}\n\n$CATEGORY: ${category}\n\n${questions.join('\n\n')}\n`, included, left };
}
