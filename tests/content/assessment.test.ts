/**
 * The assessment rules of the content guide, measured on the real course: no cue but the text.
 * Strategies that never read play every pool and must do no better than chance plus a margin.
 * With PRINT_STRATEGIES=1 the figures are printed (npm run bench does this).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCourseContent } from '../../src/content/load-content';
import { sourcesOverlap } from '../../src/content/load-course';
import { reviewItemsOf } from '../../src/content/schemas';
import { playPool } from '../../src/lib/exercises/strategies';
import type { Exercise } from '../../src/lib/exercises/types';

const content = loadCourseContent(fileURLToPath(new URL('../../content/', import.meta.url)));
const all = [...content.exercises.values()];
const files = [...new Set(all.map((e) => e.file))];
const inFile = (file: string) => all.filter((e) => e.file === file).map((e) => e.exercise);

/** A small margin over chance: a strategy may be lucky, never rewarded. */
export const MARGIN = 0.1;
/** Fewer items than this say nothing about chance: one item is simply right or wrong. */
const FEWEST_TO_JUDGE = 3;
/** The rule the tests hold each strategy to, and the bench's table prints. */
const verdictOf = (r: { items: number; score: number; chance: number }) =>
  r.items < FEWEST_TO_JUDGE ? `too few to judge (under ${FEWEST_TO_JUDGE})` : r.score <= r.chance + MARGIN ? 'ok' : 'OVER';

const modules = [...content.course.modules.values()].sort((a, b) => a.data.order - b.data.order);
const lessonsOf = (moduleId: string) => [...content.course.lessons.values()].filter((l) => l.data.module === moduleId);
const exercise = (id: string) => content.exercises.get(id)!.exercise;
const pools: [string, Exercise[]][] = [
  ...modules.map((m): [string, Exercise[]] => [
    `module ${m.data.order} (${m.id})`,
    [...lessonsOf(m.id).flatMap((l) => l.exercises), ...m.data.preCheck, ...m.data.postCheck].map(exercise),
  ]),
  ['every pre-check', modules.flatMap((m) => m.data.preCheck.map(exercise))],
  ['every post-check', modules.flatMap((m) => m.data.postCheck.map(exercise))],
  ['every delayed check', modules.flatMap((m) => m.data.delayedCheck.map(exercise))],
  ...modules.map((m): [string, Exercise[]] => [`the reviews of module ${m.data.order} (${m.id})`, reviewItemsOf(m.data).map(exercise)]),
  [
    'the whole course',
    modules
      .flatMap((m) => [...lessonsOf(m.id).flatMap((l) => l.exercises), ...m.data.preCheck, ...m.data.postCheck, ...m.data.delayedCheck, ...reviewItemsOf(m.data)])
      .map(exercise),
  ],
];

if (process.env.PRINT_STRATEGIES) {
  const rows = pools.flatMap(([pool, exercises]) =>
    playPool(exercises)
      .filter((r) => r.items > 0)
      .map((r) => ({ pool, strategy: r.strategy.name, items: r.items, score: r.score.toFixed(2), chance: r.chance.toFixed(2), 'chance + margin': (r.chance + MARGIN).toFixed(2), verdict: verdictOf(r) })),
  );
  console.log('\nStrategies that never read, against chance (mean score 0 to 1):');
  console.table(rows);
}

describe('strategies that never read', () => {
  it('loads the course without problems', () => {
    expect(content.problems).toEqual([]);
  });

  for (const [pool, exercises] of pools) {
    it(`score no better than chance + ${MARGIN} on ${pool}`, () => {
      const over = playPool(exercises)
        .filter((r) => verdictOf(r) === 'OVER')
        .map((r) => `${r.strategy.name}: ${r.score.toFixed(2)} on ${r.items} items, chance ${r.chance.toFixed(2)}`);
      expect(over).toEqual([]);
    });
  }
});

describe('no cue but the text', () => {
  const optionsOf = (ex: Exercise) => (ex.type === 'single-choice' || ex.type === 'multiple-choice' || ex.type === 'compare' ? ex.public.options : ex.type === 'rate-source' ? ex.public.reasons : null);
  const rightOf = (ex: Exercise): string[] =>
    ex.type === 'single-choice' ? [ex.key.correct] : ex.type === 'multiple-choice' || ex.type === 'compare' ? ex.key.correct : ex.type === 'rate-source' ? ex.key.expertReasons : [];

  for (const file of files) {
    it(`spreads the right option evenly over the positions in ${file}`, () => {
      const byLength = new Map<number, number[]>();
      for (const ex of inFile(file).filter((e) => e.type === 'single-choice')) {
        const options = optionsOf(ex)!;
        const counts = byLength.get(options.length) ?? options.map(() => 0);
        counts[options.findIndex((o) => rightOf(ex).includes(o.id))]!++;
        byLength.set(options.length, counts);
      }
      for (const [, counts] of byLength) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    });

    it(`interleaves right and wrong options in ${file}`, () => {
      for (const ex of inFile(file)) {
        const options = optionsOf(ex);
        if (!options || ex.type === 'single-choice') continue;
        const right = rightOf(ex);
        const pattern = options.map((o) => (right.includes(o.id) ? 'R' : 'w')).join('');
        const rights = right.length;
        const wrongs = options.length - rights;
        if (rights >= 2 && wrongs >= 2) expect(pattern, ex.public.id).not.toMatch(/^R+w+$|^w+R+$/);
      }
    });

    for (const [extreme, beats] of [
      ['longest', (a: number, b: number) => a > b],
      ['shortest', (a: number, b: number) => a < b],
    ] as const) {
      it(`does not make the right option the ${extreme} more often than chance in ${file}`, () => {
        const single = inFile(file).filter((e) => e.type === 'single-choice');
        const cued = single.filter((ex) => {
          const options = optionsOf(ex)!;
          const right = options.find((o) => rightOf(ex).includes(o.id))!;
          return options.every((o) => o === right || beats(right.text.length, o.text.length));
        });
        const chance = single.reduce((sum, ex) => sum + 1 / optionsOf(ex)!.length, 0);
        expect(cued.length, cued.map((e) => e.public.id).join(', ')).toBeLessThanOrEqual(Math.floor(chance + 1));
      });
    }
  }

  it('keys the whole rating scale: no constant rating is in range for more than 40% of rate-the-source items', () => {
    const rated = all.map((e) => e.exercise).filter((e) => e.type === 'rate-source');
    for (const rating of [1, 2, 3, 4]) {
      const inRange = rated.filter((e) => e.key.rating.min <= rating && rating <= e.key.rating.max).length;
      expect(inRange / rated.length, `rating ${rating}`).toBeLessThanOrEqual(0.4);
    }
    expect(rated.some((e) => e.key.rating.max === 4), 'some source is keyed strong').toBe(true);
  });

  it("ends the capstone on a text the student has not marked before", () => {
    const capstone = modules[modules.length - 1]!;
    const last = lessonsOf(capstone.id).sort((a, b) => a.data.order - b.data.order).at(-1)!;
    const final = last.exercises.map((id) => content.exercises.get(id)!).filter((e) => e.exercise.type === 'highlight').at(-1);
    expect(final, 'the last lesson has a full-document highlight').toBeDefined();
    const earlier = all.filter((e) => e !== final && e.exercise.type === 'highlight');
    const shared = earlier.filter((e) => e.sources.some((s) => final!.sources.some((f) => sourcesOverlap(s, f))));
    expect(shared.map((e) => e.exercise.public.id)).toEqual([]);
  });
});
