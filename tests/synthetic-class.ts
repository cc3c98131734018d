/**
 * A made-up class for tests and the benchmark: students of mixed skill and lean answer a module's
 * exercises, their answers scored by the course's own scorers, and hand in result codes as the
 * assignment page makes them. Seeded, so every run makes the same class.
 */
import type { loadCourseContent } from '../src/content/load-content';
import { encodeResultCode, type Submission } from '../src/lib/assignments/result-code';
import { NO_PROBLEM } from '../src/lib/exercises/classify/categories';
import { seededRandom } from '../src/lib/exercises/option-order';
import { RATING_SCALE } from '../src/lib/exercises/rate-source/scale';
import { discernmentOf, runtimeOf, scoreExercise } from '../src/lib/exercises/registry';
import type { AnswerOf, Category, Exercise, ExerciseOf, ExerciseType } from '../src/lib/exercises/types';

type Content = ReturnType<typeof loadCourseContent>;
type Lean = 'flags' | 'trusts' | 'even';

interface Student {
  name: string;
  /** Chance of getting any one part right. */
  skill: number;
  lean: Lean;
}

interface Played {
  score: number;
  discernment: [number, number, number, number] | null;
  signature: string;
}

/** One answer scored by the course's scorer, its discernment and signature as a hand-in carries them. */
function played<T extends ExerciseType>(exercise: ExerciseOf<T>, answer: AnswerOf<T>): Played {
  const result = scoreExercise(exercise, answer);
  const d = runtimeOf(exercise.type).judgesProblems ? discernmentOf(result) : null;
  return { score: result.score, discernment: d ? [d.hits, d.misses, d.correctRejections, d.falseAlarms] : null, signature: runtimeOf(exercise.type).signature(answer) };
}

function play(exercise: Exercise, student: Student, random: () => number): Played {
  const knows = () => random() < student.skill;
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const flagsSound = student.lean === 'flags' ? 0.7 : student.lean === 'trusts' ? 0.02 : 0.15;
  switch (exercise.type) {
    case 'single-choice': {
      const { public: pub, key } = exercise;
      return played(exercise, { choice: knows() ? key.correct : pick(pub.options).id });
    }
    case 'multiple-choice':
    case 'compare': {
      const { public: pub, key } = exercise;
      return played(exercise, { choices: pub.options.filter((o) => (key.correct.includes(o.id) ? knows() : random() < flagsSound)).map((o) => o.id) });
    }
    case 'classify': {
      const { public: pub, key } = exercise;
      const problems = pub.categories.filter((c) => c !== NO_PROBLEM);
      const answers = Object.fromEntries(
        pub.items.map((item): [string, Category] => {
          const right = key.answers[item.id]!;
          // A lean overrides skill: a flagger flags sound excerpts, a truster lets problems pass.
          if (right === NO_PROBLEM && student.lean === 'flags' && random() < 0.7) return [item.id, pick(problems)];
          if (right !== NO_PROBLEM && student.lean === 'trusts' && random() < 0.6) return [item.id, NO_PROBLEM];
          if (knows()) return [item.id, right];
          return [item.id, student.lean === 'trusts' ? NO_PROBLEM : student.lean === 'flags' || right === NO_PROBLEM ? pick(problems) : pick(pub.categories)];
        }),
      );
      return played(exercise, { answers });
    }
    case 'highlight': {
      const { key } = exercise;
      const marked = new Set<number>();
      for (const t of key.targets) if (knows() && (student.lean !== 'trusts' || random() < 0.4)) for (let i = t.from; i < t.to; i++) marked.add(i);
      for (const c of key.controls) if (random() < flagsSound) for (let i = c.from; i < c.to; i++) marked.add(i);
      return played(exercise, { marked: [...marked].sort((a, b) => a - b) });
    }
    case 'rate-source': {
      const { public: pub, key } = exercise;
      return played(exercise, { rating: knows() ? key.rating.min : pick(RATING_SCALE).value, reasons: pub.reasons.filter((r) => (key.expertReasons.includes(r.id) ? knows() : random() < flagsSound)).map((r) => r.id) });
    }
    case 'rewrite': {
      const { public: pub, key } = exercise;
      return played(exercise, { text: knows() ? key.modelAnswer : pub.excerpt.text, ticked: [] });
    }
    case 'search-task': {
      const { public: pub, key } = exercise;
      const best = Object.keys(key.values).find((id) => key.values[id] === 'best');
      return played(exercise, { opened: [knows() && best ? best : pick(pub.results).id], judgement: knows() ? key.correct : pick(pub.options).id });
    }
  }
}

const FIRST = ['Ana', 'Ben', 'Cleo', 'Dara', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lena', 'Milo', 'Nia', 'Omar', 'Pia', 'Quin', 'Rosa', 'Sami', 'Tomás'];
const LAST = ['Lee', 'Okafor', 'Novak', 'Silva', 'Kaya', 'Rossi', 'Haddad', 'Berg', 'Ivanova', 'Tan', 'Moreau', 'Dubois', 'Yilmaz', 'Kowalski', 'Nguyen'];

/** `size` students' submissions to an assignment of every lesson of `module`, with its checks. */
export function syntheticClass(content: Content, module: string, size: number, seed = 'class'): Submission[] {
  const random = seededRandom(`${seed}:${module}:${size}`);
  const lessons = [...content.course.lessons.values()].filter((l) => l.data.module === module).sort((a, b) => a.data.order - b.data.order);
  const assigned = lessons.flatMap((l) => l.exercises);
  const exercises = assigned.map((id) => content.exercises.get(id)!.exercise);
  return Array.from({ length: size }, (_, n) => {
    const student: Student = {
      name: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}${n >= FIRST.length * LAST.length ? ` ${n}` : ''}`,
      skill: 0.25 + random() * 0.7,
      lean: random() < 0.15 ? 'flags' : random() < 0.15 ? 'trusts' : 'even',
    };
    // Most students try everything; some stop part way.
    const tried = random() < 0.8 ? exercises : exercises.slice(0, Math.ceil(exercises.length * random()));
    const items = tried.map((exercise) => {
      const { score, discernment, signature } = play(exercise, student, random);
      return { exercise: exercise.public.id, score, discernment, answer: signature };
    });
    const pre = Math.round(student.skill * 0.6 * 20) / 20;
    return {
      assignment: `synthetic-${module}`,
      title: `Whole class: ${module}`,
      student: student.name,
      submittedAt: new Date(Date.UTC(2026, 10, 2, 9, 0, n)).toISOString(),
      items,
      assigned,
      checks: [{ module, pre, post: random() < 0.9 ? Math.min(1, Math.round((pre + random() * 0.5) * 20) / 20) : null, delayed: random() < 0.5 ? Math.round(student.skill * 20) / 20 : null, reviewsDone: Math.floor(random() * 3) }],
    };
  });
}

/** The class's result codes, one per line, as a teacher pastes them. */
export const syntheticCodes = (content: Content, module: string, size: number, seed?: string) => syntheticClass(content, module, size, seed).map(encodeResultCode).join('\n');
