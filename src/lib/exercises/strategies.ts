/**
 * Strategies that never read the passage, played against the course to prove that its scores do
 * not reward them: always the first option (or result), never the first result, always the longest, every option, none, one constant
 * rating, always "No problem here", always the most common category, answering from the
 * "practice example" label, marking every word, marking the first clause of every sentence, marking nothing. Each is compared with chance: the
 * mean score of answering at random.
 */
import { NO_PROBLEM, type Category } from './classify/categories';
import { clausesOf } from './highlight/clauses';
import { sentencesOf } from './highlight/words';
import { acceptedAnswers, flagsProblem } from './classify';
import { seededRandom } from './option-order';
import { scoreExercise } from './registry';
import type { Rating } from './rate-source/scale';
import type { Exercise } from './types';

/** What a strategy may know of the pool without reading: how often each answer is right in it. */
export interface PoolFacts {
  /** Classify answers across the pool, most common first. */
  categories: Category[];
  /** Classify answers by label: practice examples, and excerpts from documents. */
  byLabel: { practice: Category[]; document: Category[] };
}

export interface Strategy {
  id: string;
  name: string;
  /** The strategy's score on one exercise, or null where it has no move. */
  play: (exercise: Exercise, facts: PoolFacts) => number | null;
}

const longestId = (options: readonly { id: string; text: string }[]) => options.reduce((a, b) => (b.text.length > a.text.length ? b : a)).id;
const pickOf = (categories: readonly Category[], preferred: readonly Category[]) => preferred.find((c) => categories.includes(c)) ?? categories[0]!;

const constantRating = (rating: Rating): Strategy => ({
  id: `rating-${rating}`,
  name: `always rate ${rating}, no reasons`,
  play: (ex) => (ex.type === 'rate-source' ? scoreExercise(ex, { rating, reasons: [] }).score : null),
});

export const STRATEGIES: Strategy[] = [
  {
    id: 'first',
    name: 'always the first option',
    play: (ex) => {
      switch (ex.type) {
        case 'single-choice':
          return scoreExercise(ex, { choice: ex.public.options[0]!.id }).score;
        case 'multiple-choice':
        case 'compare':
          return scoreExercise(ex, { choices: [ex.public.options[0]!.id] }).score;
        case 'rate-source':
          return scoreExercise(ex, { rating: 1, reasons: [ex.public.reasons[0]!.id] }).score;
        case 'classify':
          return scoreExercise(ex, { answers: Object.fromEntries(ex.public.items.map((i) => [i.id, ex.public.categories[0]!])) }).score;
        case 'search-task':
          return scoreExercise(ex, { opened: [ex.public.results[0]!.id], judgement: ex.public.options[0]!.id }).score;
        default:
          return null;
      }
    },
  },
  {
    // Click restraint, learnt as a rule instead of a habit of reading: never the first result.
    id: 'skip-first',
    name: 'open the second result, then the first conclusion',
    play: (ex) => (ex.type === 'search-task' ? scoreExercise(ex, { opened: [ex.public.results[1]!.id], judgement: ex.public.options[0]!.id }).score : null),
  },
  {
    id: 'longest',
    name: 'always the longest option',
    play: (ex) => {
      switch (ex.type) {
        case 'single-choice':
          return scoreExercise(ex, { choice: longestId(ex.public.options) }).score;
        case 'multiple-choice':
        case 'compare':
          return scoreExercise(ex, { choices: [longestId(ex.public.options)] }).score;
        case 'rate-source':
          return scoreExercise(ex, { rating: 2, reasons: [longestId(ex.public.reasons)] }).score;
        case 'search-task': {
          const longestResult = ex.public.results.reduce((a, b) => (b.snippet.length > a.snippet.length ? b : a));
          return scoreExercise(ex, { opened: [longestResult.id], judgement: longestId(ex.public.options) }).score;
        }
        default:
          return null;
      }
    },
  },
  {
    id: 'every',
    name: 'every option',
    play: (ex) =>
      ex.type === 'multiple-choice' || ex.type === 'compare'
        ? scoreExercise(ex, { choices: ex.public.options.map((o) => o.id) }).score
        : ex.type === 'rate-source'
          ? scoreExercise(ex, { rating: 2, reasons: ex.public.reasons.map((o) => o.id) }).score
          : null,
  },
  {
    id: 'none',
    name: 'no option',
    play: (ex) => (ex.type === 'multiple-choice' || ex.type === 'compare' ? scoreExercise(ex, { choices: [] }).score : null),
  },
  constantRating(1),
  constantRating(2),
  constantRating(3),
  constantRating(4),
  {
    id: 'no-problem',
    name: 'always "No problem here"',
    play: (ex) =>
      ex.type === 'classify'
        ? scoreExercise(ex, {
            answers: Object.fromEntries(ex.public.items.map((i) => [i.id, pickOf(ex.public.categories, [NO_PROBLEM, 'named-source', 'responsible-hedging', 'fair-wording'])])),
          }).score
        : null,
  },
  {
    id: 'always-problem',
    name: 'always a problem (the pool\'s most common)',
    play: (ex, facts) =>
      ex.type === 'classify'
        ? scoreExercise(ex, {
            answers: Object.fromEntries(ex.public.items.map((i) => [i.id, pickOf(ex.public.categories, [...facts.categories.filter(flagsProblem), ...ex.public.categories.filter(flagsProblem)])])),
          }).score
        : null,
  },
  {
    id: 'most-common',
    name: 'always the most common category',
    play: (ex, facts) =>
      ex.type === 'classify'
        ? scoreExercise(ex, { answers: Object.fromEntries(ex.public.items.map((i) => [i.id, pickOf(ex.public.categories, facts.categories)])) }).score
        : null,
  },
  {
    id: 'label',
    name: 'answer from the "practice example" label',
    play: (ex, facts) =>
      ex.type === 'classify'
        ? scoreExercise(ex, {
            answers: Object.fromEntries(
              ex.public.items.map((i) => [i.id, pickOf(ex.public.categories, i.excerpt.document ? facts.byLabel.document : facts.byLabel.practice)]),
            ),
          }).score
        : null,
  },
  {
    id: 'mark-all',
    name: 'mark every word',
    play: (ex) => (ex.type === 'highlight' ? scoreExercise(ex, { marked: ex.public.words.map((_, i) => i) }).score : null),
  },
  {
    // Clause by clause, a claim often opens its sentence: this must not pay without reading either.
    id: 'first-clauses',
    name: 'mark the first clause of every sentence',
    play: (ex) => {
      if (ex.type !== 'highlight') return null;
      const clauses = clausesOf(ex.public.words, ex.public.gaps);
      const firsts = sentencesOf(ex.public.words, ex.public.gaps).flatMap((s) => clauses.filter((c) => c.from === s.from));
      return scoreExercise(ex, { marked: firsts.flatMap((c) => Array.from({ length: c.to - c.from }, (_, k) => c.from + k)) }).score;
    },
  },
  {
    id: 'mark-none',
    name: 'mark nothing',
    play: (ex) => (ex.type === 'highlight' ? scoreExercise(ex, { marked: [] }).score : null),
  },
];

/** All subsets of a list, for exact chance over small option lists. */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}
const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

const RATINGS: Rating[] = [1, 2, 3, 4];

/** The mean score of a uniformly random answer: exact for lists, sampled for highlight passages. */
export function chanceScore(ex: Exercise): number | null {
  switch (ex.type) {
    case 'single-choice':
      return mean(ex.public.options.map((o) => scoreExercise(ex, { choice: o.id }).score));
    case 'multiple-choice':
    case 'compare':
      return mean(subsets(ex.public.options.map((o) => o.id)).map((choices) => scoreExercise(ex, { choices }).score));
    case 'rate-source': {
      const reasonSets = subsets(ex.public.reasons.map((r) => r.id));
      return mean(RATINGS.flatMap((rating) => reasonSets.map((reasons) => scoreExercise(ex, { rating, reasons }).score)));
    }
    case 'classify':
      return mean(ex.public.items.map((i) => acceptedAnswers(ex.key, i.id).length / ex.public.categories.length));
    case 'highlight': {
      const random = seededRandom(ex.public.id);
      const samples = Array.from({ length: 300 }, () => ex.public.words.flatMap((_, i) => (random() < 0.5 ? [i] : [])));
      return mean(samples.map((marked) => scoreExercise(ex, { marked }).score));
    }
    case 'search-task':
      return mean(ex.public.results.flatMap((r) => ex.public.options.map((o) => scoreExercise(ex, { opened: [r.id], judgement: o.id }).score)));
    case 'rewrite':
      return null;
  }
}

export function poolFacts(pool: readonly Exercise[]): PoolFacts {
  const ranked = (answers: Category[]) => {
    const counts = new Map<Category, number>();
    for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  };
  const items = pool.flatMap((ex) => (ex.type === 'classify' ? ex.public.items.map((i) => ({ answer: ex.key.answers[i.id]!, practice: i.excerpt.document === null })) : []));
  return {
    categories: ranked(items.map((i) => i.answer)),
    byLabel: { practice: ranked(items.filter((i) => i.practice).map((i) => i.answer)), document: ranked(items.filter((i) => !i.practice).map((i) => i.answer)) },
  };
}

export interface StrategyReport {
  strategy: Strategy;
  /** Exercises the strategy has a move on. */
  items: number;
  score: number;
  chance: number;
}

/** How many judgements an exercise holds: each excerpt of a sorting exercise is one. */
const judgementsIn = (ex: Exercise) => (ex.type === 'classify' ? ex.public.items.length : 1);

/** Every strategy's mean score on a pool, per judgement, beside chance on the same exercises. */
export function playPool(pool: readonly Exercise[]): StrategyReport[] {
  const facts = poolFacts(pool);
  const chances = new Map(pool.map((ex) => [ex.public.id, chanceScore(ex)]));
  return STRATEGIES.map((strategy) => {
    const played = pool.flatMap((ex) => {
      const score = strategy.play(ex, facts);
      const chance = chances.get(ex.public.id);
      return score === null || chance === null || chance === undefined ? [] : [{ score, chance, weight: judgementsIn(ex) }];
    });
    const total = played.reduce((sum, p) => sum + p.weight, 0);
    const weighted = (pick: (p: (typeof played)[number]) => number) => (total ? played.reduce((sum, p) => sum + pick(p) * p.weight, 0) / total : 0);
    return { strategy, items: played.length, score: weighted((p) => p.score), chance: weighted((p) => p.chance) };
  });
}
