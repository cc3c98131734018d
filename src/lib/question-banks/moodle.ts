/**
 * A module's exercises as a Moodle XML question bank: the same items as the GIFT bank (single and
 * multiple choice with feedback per option, classify as matching), in Moodle's own import format,
 * which keeps HTML, so excerpts keep their paragraphs and a compare exercise its two labelled sides.
 * The other types it cannot express are named in a comment at the top, as in the GIFT bank.
 */
import { acceptedLabel, categoryLabel } from '../exercises/classify';
import { NO_PROBLEM } from '../exercises/classify/categories';
import type { Exercise } from '../exercises/types';
import { excerptGroups, excerptLine, pickWeights, writeQuestions, type BankItem, type LeftOut } from './bank';
import { xmlEscape } from '../xml';
import { cdata, paragraphs } from './xml';

export interface MoodleBank {
  xml: string;
  /** Exercise ids in the bank, in order. */
  included: string[];
  /** Exercises Moodle XML cannot express, with their types. */
  left: LeftOut[];
}

/** An HTML field: Moodle reads the text as HTML, held in CDATA so it stays readable. */
const html = (tag: string, body: string) => `<${tag} format="html"><text>${cdata(body)}</text></${tag}>`;
const plain = (tag: string, text: string) => `<${tag}><text>${xmlEscape(text)}</text></${tag}>`;

function questionText(exercise: Exercise, where: string): string {
  const groups = excerptGroups(exercise).map(
    (g) => `${g.label ? `<p><strong>${xmlEscape(g.label)}</strong></p>` : ''}${g.excerpts.map((e) => `<blockquote>${paragraphs(excerptLine(e))}</blockquote>`).join('')}`,
  );
  return `<p><em>${xmlEscape(where)}</em></p>${paragraphs(exercise.public.prompt)}${groups.join('')}`;
}

const answer = (fraction: string, text: string, feedback: string) =>
  `    <answer fraction="${fraction}" format="html">\n      <text>${cdata(xmlEscape(text))}</text>\n      ${html('feedback', paragraphs(feedback))}\n    </answer>`;

/** What shows after an attempt: the right options and why. */
const rightOptions = (options: readonly { id: string; text: string }[], right: readonly string[], feedback: Record<string, string>) =>
  options
    .filter((o) => right.includes(o.id))
    .map((o) => `<p><strong>${xmlEscape(o.text)}</strong>: ${xmlEscape(feedback[o.id] ?? '')}</p>`)
    .join('');

function question(exercise: Exercise, where: string): string | null {
  const head = (type: string) =>
    [`  <question type="${type}">`, `    ${plain('name', `${exercise.public.id}: ${exercise.public.title}`)}`, `    ${html('questiontext', questionText(exercise, where))}`];
  switch (exercise.type) {
    case 'single-choice': {
      const { public: pub, key } = exercise;
      return [
        ...head('multichoice'),
        `    ${html('generalfeedback', rightOptions(pub.options, [key.correct], key.feedback))}`,
        '    <single>true</single>',
        ...pub.options.map((o) => answer(o.id === key.correct ? '100' : '0', o.text, key.feedback[o.id] ?? '')),
        '  </question>',
      ].join('\n');
    }
    case 'multiple-choice':
    case 'compare': {
      const { public: pub, key } = exercise;
      const weights = pickWeights(pub.options.map((o) => o.id), key.correct);
      return [
        ...head('multichoice'),
        `    ${html('generalfeedback', rightOptions(pub.options, key.correct, key.feedback))}`,
        '    <single>false</single>',
        ...pub.options.map((o) => answer(weights.get(o.id) ?? '0', o.text, key.feedback[o.id] ?? '')),
        '  </question>',
      ].join('\n');
    }
    case 'classify': {
      const { public: pub, key } = exercise;
      const used = new Set(pub.items.map((item) => key.answers[item.id] ?? NO_PROBLEM));
      const why = pub.items
        .map((item, i) => `<p>${i + 1}. ${xmlEscape(acceptedLabel([key.answers[item.id] ?? NO_PROBLEM, ...(key.alsoAccepted[item.id] ?? [])]))}: ${xmlEscape(key.feedback[item.id] ?? '')}</p>`)
        .join('');
      const pair = (text: string, label: string) => `    <subquestion format="html">\n      <text>${cdata(text)}</text>\n      ${plain('answer', label)}\n    </subquestion>`;
      return [
        ...head('matching'),
        `    ${html('generalfeedback', why)}`,
        ...pub.items.map((item) => pair(paragraphs(excerptLine(item.excerpt)), categoryLabel(key.answers[item.id] ?? NO_PROBLEM))),
        // The exercise's other categories, as answers no excerpt takes: Moodle lists every answer in each drop-down.
        ...pub.categories.filter((c) => !used.has(c)).map((c) => pair('', categoryLabel(c))),
        '  </question>',
      ].join('\n');
    }
    default:
      return null;
  }
}

/** `category` is the Moodle question category to import into, with "/" between levels. */
export function moodleBank(moduleTitle: string, category: string, items: readonly BankItem[]): MoodleBank {
  const { questions, included, left } = writeQuestions(items, question);
  // "--" may not appear inside an XML comment.
  const comment = (text: string) => `<!-- ${text.replace(/--/g, '–')} -->`;
  const header = [
    comment(`Read the Source: ${moduleTitle}. A Moodle XML question bank, made from the course's own exercises.`),
    comment('Import it in Moodle: Question bank > Import > Moodle XML format. Every option keeps its feedback.'),
    ...(left.length ? [comment(`Not in this bank, because Moodle XML cannot express them: ${left.map((l) => `${l.id} (${l.type})`).join(', ')}.`)] : []),
  ];
  const categoryQuestion = `  <question type="category">\n    <category><text>${xmlEscape(`$course$/top/${category}`)}</text></category>\n  </question>`;
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${header.join('\n')}\n<quiz>\n${[categoryQuestion, ...questions].join('\n')}\n</quiz>\n`, included, left };
}
