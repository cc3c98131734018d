/**
 * The largest progress a package's students can leave, to measure its suspend data against
 * SCORM 1.2's 4,096 characters (npm run bench, and the content tests): every exercise answered
 * with all it allows (every word marked, every option ticked), a rewrite twice its excerpt's
 * length, many attempts, every lesson done and every review round served and done.
 */
import type { Answer, Exercise } from '../exercises/types';
import { emptyProgress, type ProgressRecord } from '../progress';

function largestAnswer(exercise: Exercise): Answer {
  switch (exercise.type) {
    case 'single-choice':
      return { choice: exercise.public.options.at(-1)!.id };
    case 'multiple-choice':
    case 'compare':
      return { choices: exercise.public.options.map((o) => o.id) };
    case 'highlight':
      return { marked: exercise.public.words.map((_, i) => i) };
    case 'classify': {
      const longest = exercise.public.categories.reduce((a, b) => (b.length > a.length ? b : a));
      return { answers: Object.fromEntries(exercise.public.items.map((item) => [item.id, longest])) };
    }
    case 'rate-source':
      return { rating: 4, reasons: exercise.public.reasons.map((r) => r.id) };
    case 'rewrite':
      return { text: `${exercise.public.excerpt.text} ${exercise.public.excerpt.text}`, ticked: exercise.public.checklist.map((_, i) => i) };
    case 'search-task':
      return { opened: exercise.public.results.map((r) => r.id), judgement: exercise.public.options.at(-1)!.id };
  }
}

export interface WorstCaseModule {
  id: string;
  lessons: string[];
  rounds: number;
  exercises: Exercise[];
}

export function largestRecord(modules: readonly WorstCaseModule[], now: Date): ProgressRecord {
  const record = emptyProgress();
  // Every entry a different time to the millisecond, as real answers have: nothing for deflate to share.
  let tick = now.getTime();
  const at = () => new Date((tick -= 7_919)).toISOString();
  for (const m of modules) {
    for (const exercise of m.exercises) {
      record.exercises[exercise.public.id] = { answer: largestAnswer(exercise), score: 0.6667, attempts: 99, updatedAt: at(), discernment: [12, 11, 10, 9] };
    }
    for (const lesson of m.lessons) record.lessons[lesson] = { completedAt: at() };
    record.reviews[m.id] = {
      finishedAt: at(),
      rounds: Array.from({ length: m.rounds }, (_, i) => ({ items: m.exercises.slice(i * 3, i * 3 + 3).map((e) => e.public.id), startedAt: at(), doneAt: at() })),
    };
  }
  return record;
}
