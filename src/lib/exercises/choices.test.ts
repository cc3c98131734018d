/**
 * Picking the right ones from a list (multiple choice, compare, and the reasons of rate the
 * source), and single choice: pickScore, judgeOptions and the two choice runtimes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeOptions, optionId, pickScore, resolveOptions, type ChoiceCounts } from './choices';
import { compare } from './compare';
import { multipleChoice } from './multiple-choice';
import type { ResolveContext } from './resolve-context';
import { singleChoice } from './single-choice';
import type { ChoiceOption, CompareKey, ComparePublic, Excerpt, MultipleChoiceKey, MultipleChoicePublic, SingleChoiceKey, SingleChoicePublic } from './types';

const excerpt = (text: string): Excerpt => ({ text, document: null, anchor: null });

const singlePublic: SingleChoicePublic = {
  type: 'single-choice',
  id: 'sc-1',
  title: 'Who is speaking?',
  prompt: 'Who is the source of the claim?',
  excerpt: excerpt('Officials said the bridge would close.'),
  options: [
    { id: 'a', text: 'Named officials' },
    { id: 'b', text: 'Unnamed officials' },
    { id: 'c', text: 'The author' },
  ],
};
const singleKey: SingleChoiceKey = { type: 'single-choice', correct: 'b', feedback: { a: 'No names.', b: 'Right.', c: 'The author reports it.' } };

// Two right options (a, b) and two wrong ones (c, d).
const multiplePublic: MultipleChoicePublic = {
  type: 'multiple-choice',
  id: 'mc-1',
  title: 'Warning signs',
  prompt: 'Which of these are warning signs?',
  excerpt: null,
  options: [
    { id: 'a', text: 'No source' },
    { id: 'b', text: 'Loaded words' },
    { id: 'c', text: 'A named expert' },
    { id: 'd', text: 'A stated uncertainty' },
  ],
};
const multipleKey: MultipleChoiceKey = { type: 'multiple-choice', correct: ['a', 'b'], feedback: {} };

// One right option (a) and two wrong ones.
const comparePublic: ComparePublic = {
  type: 'compare',
  id: 'cmp-1',
  title: 'Two reports',
  prompt: 'What does the left report do better?',
  left: { label: 'Report A', excerpts: [excerpt('Dr Lee, a virologist, said…')] },
  right: { label: 'Report B', excerpts: [excerpt('Experts say…')] },
  options: [
    { id: 'a', text: 'Names its source' },
    { id: 'b', text: 'Uses calmer words' },
    { id: 'c', text: 'Is longer' },
  ],
};
const compareKey: CompareKey = { type: 'compare', correct: ['a'], feedback: {} };

// ---------------------------------------------------------------------------------------------
// pickScore
// ---------------------------------------------------------------------------------------------

const counts = (rightChosen: number, rightTotal: number, wrongChosen: number, wrongTotal: number): ChoiceCounts => ({ rightChosen, rightTotal, wrongChosen, wrongTotal });

describe('pickScore', () => {
  it('is the share of right options chosen less the share of wrong options chosen', () => {
    expect(pickScore(counts(2, 2, 0, 2))).toBe(1);
    expect(pickScore(counts(1, 2, 0, 2))).toBe(0.5);
    expect(pickScore(counts(2, 2, 1, 2))).toBe(0.5);
    expect(pickScore(counts(2, 3, 1, 4))).toBeCloseTo(2 / 3 - 1 / 4, 12);
  });

  it('never goes below 0', () => {
    expect(pickScore(counts(1, 2, 2, 2))).toBe(0);
    expect(pickScore(counts(0, 2, 1, 2))).toBe(0);
  });

  it('scores choosing everything 0 and choosing nothing 0', () => {
    expect(pickScore(counts(2, 2, 2, 2))).toBe(0);
    expect(pickScore(counts(1, 1, 5, 5))).toBe(0);
    expect(pickScore(counts(0, 2, 0, 2))).toBe(0);
    expect(pickScore(counts(0, 1, 0, 5))).toBe(0);
  });

  it('costs nothing for wrong options when there are none, and asks for nothing right when there is nothing right', () => {
    expect(pickScore(counts(1, 1, 0, 0))).toBe(1);
    expect(pickScore(counts(0, 0, 0, 3))).toBe(1);
    expect(pickScore(counts(0, 0, 1, 3))).toBeCloseTo(2 / 3, 12);
  });

  it('property: within [0, 1], the formula, and rising with right choices, falling with wrong ones', () => {
    const arb = fc
      .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
      .chain(([rightTotal, wrongTotal]) =>
        fc.record({
          rightTotal: fc.constant(rightTotal),
          wrongTotal: fc.constant(wrongTotal),
          rightChosen: fc.integer({ min: 0, max: rightTotal }),
          wrongChosen: fc.integer({ min: 0, max: wrongTotal }),
        }),
      );
    fc.assert(
      fc.property(arb, (c) => {
        const s = pickScore(c);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBeCloseTo(Math.max(0, c.rightChosen / c.rightTotal - c.wrongChosen / c.wrongTotal), 12);
        if (c.rightChosen < c.rightTotal) expect(pickScore({ ...c, rightChosen: c.rightChosen + 1 })).toBeGreaterThanOrEqual(s);
        if (c.wrongChosen < c.wrongTotal) expect(pickScore({ ...c, wrongChosen: c.wrongChosen + 1 })).toBeLessThanOrEqual(s);
        expect(pickScore({ ...c, rightChosen: c.rightTotal, wrongChosen: c.wrongTotal })).toBe(0);
        expect(pickScore({ ...c, rightChosen: 0, wrongChosen: 0 })).toBe(0);
        expect(pickScore({ ...c, rightChosen: c.rightTotal, wrongChosen: 0 })).toBe(1);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// judgeOptions
// ---------------------------------------------------------------------------------------------

describe('judgeOptions', () => {
  it('gives each option its verdict in option order, the counts and the pick score', () => {
    const r = judgeOptions(multiplePublic.options, ['a', 'b'], ['c', 'a']);
    expect(r.verdicts).toEqual([
      { id: 'a', verdict: 'right-choice' },
      { id: 'b', verdict: 'missed' },
      { id: 'c', verdict: 'wrong-choice' },
      { id: 'd', verdict: 'rightly-left' },
    ]);
    expect(r.counts).toEqual<ChoiceCounts>({ rightChosen: 1, rightTotal: 2, wrongChosen: 1, wrongTotal: 2 });
    expect(r.score).toBe(0);
  });

  it('ignores chosen ids that are not options, and duplicates', () => {
    const r = judgeOptions(multiplePublic.options, ['a', 'b'], ['a', 'a', 'b', 'zzz']);
    expect(r.counts).toEqual<ChoiceCounts>({ rightChosen: 2, rightTotal: 2, wrongChosen: 0, wrongTotal: 2 });
    expect(r.verdicts).toHaveLength(4);
    expect(r.score).toBe(1);
  });

  it('does not change the list of choices it reads', () => {
    const chosen = ['c', 'a'];
    judgeOptions(multiplePublic.options, ['a', 'b'], chosen);
    expect(chosen).toEqual(['c', 'a']);
  });
});

// ---------------------------------------------------------------------------------------------
// Multiple choice and compare
// ---------------------------------------------------------------------------------------------

describe('multiple choice', () => {
  const score = (choices: string[]) => multipleChoice.score(multiplePublic, multipleKey, { choices });

  it('scores 1 for exactly the right options, with a verdict per option and the counts', () => {
    const r = score(['b', 'a']);
    expect(r).toEqual({
      type: 'multiple-choice',
      score: 1,
      options: [
        { id: 'a', verdict: 'right-choice' },
        { id: 'b', verdict: 'right-choice' },
        { id: 'c', verdict: 'rightly-left' },
        { id: 'd', verdict: 'rightly-left' },
      ],
      counts: { rightChosen: 2, rightTotal: 2, wrongChosen: 0, wrongTotal: 2 },
    });
  });

  it('scores choosing every option 0', () => {
    const r = score(['a', 'b', 'c', 'd']);
    expect(r.score).toBe(0);
    expect(r.counts).toEqual({ rightChosen: 2, rightTotal: 2, wrongChosen: 2, wrongTotal: 2 });
  });

  it('scores choosing nothing 0', () => {
    const r = score([]);
    expect(r.score).toBe(0);
    expect(r.counts).toEqual({ rightChosen: 0, rightTotal: 2, wrongChosen: 0, wrongTotal: 2 });
    expect(r.options.map((o) => o.verdict)).toEqual(['missed', 'missed', 'rightly-left', 'rightly-left']);
  });

  it('gives the share of right options for a partial answer with no wrong choice', () => {
    expect(score(['a']).score).toBe(0.5);
  });

  it('takes off the share of wrong options chosen', () => {
    expect(score(['a', 'b', 'c']).score).toBe(0.5);
    // Half the right ones and half the wrong ones: no better than chance.
    expect(score(['a', 'c']).score).toBe(0);
  });

  it('never scores below 0', () => {
    const r = score(['c', 'd']);
    expect(r.score).toBe(0);
    expect(r.options.map((o) => o.verdict)).toEqual(['missed', 'missed', 'wrong-choice', 'wrong-choice']);
  });

  it('scores 1 for an exercise without options, since there is nothing to choose wrongly', () => {
    const r = multipleChoice.score({ ...multiplePublic, options: [] }, multipleKey, { choices: ['a'] });
    expect(r.options).toEqual([]);
    expect(r.counts).toEqual({ rightChosen: 0, rightTotal: 0, wrongChosen: 0, wrongTotal: 0 });
    expect(r.score).toBe(1);
  });

  it('property: the score is the pick score of the choices, for any answer', () => {
    const ids = multiplePublic.options.map((o) => o.id);
    fc.assert(
      fc.property(fc.subarray(ids), fc.array(fc.constantFrom(...ids, 'zz'), { maxLength: 3 }), (chosen, noise) => {
        const r = score([...chosen, ...noise]);
        const all = new Set([...chosen, ...noise]);
        const rightChosen = ['a', 'b'].filter((id) => all.has(id)).length;
        const wrongChosen = ['c', 'd'].filter((id) => all.has(id)).length;
        expect(r.counts).toEqual({ rightChosen, rightTotal: 2, wrongChosen, wrongTotal: 2 });
        expect(r.score).toBeCloseTo(Math.max(0, rightChosen / 2 - wrongChosen / 2), 12);
      }),
    );
  });
});

describe('compare', () => {
  const score = (choices: string[]) => compare.score(comparePublic, compareKey, { choices });

  it('keeps its own type and scores like multiple choice', () => {
    const r = score(['a', 'b']);
    expect(r.type).toBe('compare');
    expect(r.score).toBe(0.5);
    expect(r.options.map((o) => o.verdict)).toEqual(['right-choice', 'wrong-choice', 'rightly-left']);
    expect(r.counts).toEqual({ rightChosen: 1, rightTotal: 1, wrongChosen: 1, wrongTotal: 2 });
  });

  it('scores exactly the right option 1, every option 0 and no option 0', () => {
    expect(score(['a']).score).toBe(1);
    expect(score(['a', 'b', 'c']).score).toBe(0);
    expect(score([]).score).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Single choice
// ---------------------------------------------------------------------------------------------

describe('single choice', () => {
  it('scores 1 for the right option and reports the choice and the answer', () => {
    expect(singleChoice.score(singlePublic, singleKey, { choice: 'b' })).toEqual({ type: 'single-choice', score: 1, chosen: 'b', correct: 'b' });
  });

  it('scores 0 for a wrong option', () => {
    expect(singleChoice.score(singlePublic, singleKey, { choice: 'a' })).toEqual({ type: 'single-choice', score: 0, chosen: 'a', correct: 'b' });
    expect(singleChoice.score(singlePublic, singleKey, { choice: 'c' }).score).toBe(0);
  });

  it('scores 0 when nothing is chosen, and for an id that is not an option', () => {
    expect(singleChoice.score(singlePublic, singleKey, { choice: null })).toEqual({ type: 'single-choice', score: 0, chosen: null, correct: 'b' });
    expect(singleChoice.score(singlePublic, singleKey, { choice: 'B' }).score).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Answer checks and option ids
// ---------------------------------------------------------------------------------------------

describe('empty, missing and accepts', () => {
  it('asks for an answer until one is chosen', () => {
    expect(singleChoice.missing(singlePublic, singleChoice.empty(singlePublic))).not.toBeNull();
    expect(singleChoice.missing(singlePublic, { choice: 'a' })).toBeNull();
    expect(multipleChoice.missing(multiplePublic, multipleChoice.empty(multiplePublic))).not.toBeNull();
    expect(multipleChoice.missing(multiplePublic, { choices: ['c'] })).toBeNull();
  });

  it('accepts only stored answers that name this exercise’s options', () => {
    expect(singleChoice.accepts(singlePublic, { choice: null })).toBe(true);
    expect(singleChoice.accepts(singlePublic, { choice: 'c' })).toBe(true);
    expect(singleChoice.accepts(singlePublic, { choice: 'd' })).toBe(false);
    expect(singleChoice.accepts(singlePublic, { choice: 1 })).toBe(false);
    expect(singleChoice.accepts(singlePublic, null)).toBe(false);
    expect(multipleChoice.accepts(multiplePublic, { choices: [] })).toBe(true);
    expect(multipleChoice.accepts(multiplePublic, { choices: ['a', 'd'] })).toBe(true);
    expect(multipleChoice.accepts(multiplePublic, { choices: ['a', 'e'] })).toBe(false);
    expect(multipleChoice.accepts(multiplePublic, { choices: 'a' })).toBe(false);
    expect(multipleChoice.accepts(multiplePublic, [['a']])).toBe(false);
  });
});

describe('resolveOptions', () => {
  const reversing: Pick<ResolveContext, 'order'> = { order: (items) => [...items].reverse() };
  const authored = [
    { text: 'First', correct: false, feedback: 'No 1.' },
    { text: 'Second', correct: true, feedback: 'Yes 2.' },
    { text: 'Third', correct: false, feedback: 'No 3.' },
  ];

  it('gives ids in authored order, whatever order the options are shown in', () => {
    const r = resolveOptions(authored, reversing as ResolveContext);
    expect(r.options).toEqual<ChoiceOption[]>([
      { id: 'c', text: 'Third' },
      { id: 'b', text: 'Second' },
      { id: 'a', text: 'First' },
    ]);
    expect(r.correct).toEqual(['b']);
    expect(r.feedback).toEqual({ a: 'No 1.', b: 'Yes 2.', c: 'No 3.' });
  });

  it('names options by letter', () => {
    expect([0, 1, 25].map(optionId)).toEqual(['a', 'b', 'z']);
  });
});
