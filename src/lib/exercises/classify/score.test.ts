import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS } from '../../techniques';
import type { Excerpt } from '../shared-schema';
import { classify, flagsProblem } from '.';
import { NO_PROBLEM, type Category, type ClassifyKey, type ClassifyPublic } from './schema';

const excerpt = (text: string): Excerpt => ({ text, document: null, anchor: null });

const classifyPublic: ClassifyPublic = {
  type: 'classify',
  id: 'cl-1',
  title: 'Sort the sentences',
  prompt: 'What does each sentence show?',
  categories: ['anonymous-source', 'loaded-language', 'named-source', 'none'],
  items: [
    { id: 'item-1', excerpt: excerpt('Sources close to the minister said…') },
    { id: 'item-2', excerpt: excerpt('The regime’s thugs…') },
    { id: 'item-3', excerpt: excerpt('Dr Lee, of the city hospital, said…') },
    { id: 'item-4', excerpt: excerpt('The meeting began at noon.') },
  ],
};
// Two problem items (1, 2), a good-practice item (3) and a plain item (4).
const classifyKey: ClassifyKey = {
  type: 'classify',
  answers: { 'item-1': 'anonymous-source', 'item-2': 'loaded-language', 'item-3': 'named-source', 'item-4': 'none' },
  alsoAccepted: {},
  feedback: {},
};
const score = (answers: Record<string, Category | null>) => classify.score(classifyPublic, classifyKey, { answers });

describe('flagsProblem', () => {
  it('is false for "no problem" and for good-practice techniques', () => {
    expect(flagsProblem(NO_PROBLEM)).toBe(false);
    expect(flagsProblem('named-source')).toBe(false);
    expect(flagsProblem('responsible-hedging')).toBe(false);
  });

  it('is true for warning signs, and for a context technique, which is not a control', () => {
    for (const t of ['anonymous-source', 'loaded-language', 'unverified-claim', 'conspiracism', 'context-collapse', 'publisher-framing'] as const) {
      expect(flagsProblem(t)).toBe(true);
    }
  });
});

describe('classify: score', () => {
  it('scores 1 when every item is in its category, every problem found and every sound item left alone', () => {
    const r = score({ ...classifyKey.answers });
    expect(r.type).toBe('classify');
    expect(r.score).toBe(1);
    expect(r.items.every((i) => i.correct)).toBe(true);
    expect(r.discernment).toMatchObject({ hits: 2, misses: 0, correctRejections: 2, falseAlarms: 0, balanced: 1 });
  });

  it('gives the share of items put rightly, reporting each item in item order', () => {
    const r = score({ 'item-1': 'loaded-language', 'item-2': 'loaded-language', 'item-3': 'none', 'item-4': 'anonymous-source' });
    expect(r.items).toEqual([
      { id: 'item-1', chosen: 'loaded-language', answer: 'anonymous-source', accepted: ['anonymous-source'], correct: false },
      { id: 'item-2', chosen: 'loaded-language', answer: 'loaded-language', accepted: ['loaded-language'], correct: true },
      { id: 'item-3', chosen: 'none', answer: 'named-source', accepted: ['named-source'], correct: false },
      { id: 'item-4', chosen: 'anonymous-source', answer: 'none', accepted: ['none'], correct: false },
    ]);
    expect(r.score).toBe(0.25);
    expect(score({ ...classifyKey.answers, 'item-4': 'loaded-language' }).score).toBe(0.75);
  });

  it('counts a problem put in the wrong problem category as a miss, not a problem found', () => {
    const r = score({ 'item-1': 'loaded-language', 'item-2': 'anonymous-source', 'item-3': 'named-source', 'item-4': 'none' });
    expect(r.score).toBe(0.5);
    expect(r.discernment).toMatchObject({ hits: 0, misses: 2, correctRejections: 2, falseAlarms: 0, hitRate: 0 });
  });

  it('counts a sound item put in another non-problem category as left alone, though not correct', () => {
    const r = score({ 'item-1': 'anonymous-source', 'item-2': 'loaded-language', 'item-3': 'none', 'item-4': 'named-source' });
    expect(r.score).toBe(0.5);
    expect(r.discernment).toMatchObject({ hits: 2, misses: 0, correctRejections: 2, falseAlarms: 0 });
  });

  it('counts a sound item given a problem category as a false alarm, and a problem called fine as a miss', () => {
    const r = score({ 'item-1': 'none', 'item-2': 'loaded-language', 'item-3': 'anonymous-source', 'item-4': 'loaded-language' });
    expect(r.discernment).toMatchObject({ hits: 1, misses: 1, correctRejections: 0, falseAlarms: 2, correctRejectionRate: 0 });
  });

  it('treats unanswered and missing items as wrong: a miss on a problem, no false alarm on a sound item', () => {
    const r = score({ 'item-1': null, 'item-3': 'named-source' });
    expect(r.items.map((i) => i.chosen)).toEqual([null, null, 'named-source', null]);
    expect(r.score).toBe(0.25);
    expect(r.discernment).toMatchObject({ hits: 0, misses: 2, correctRejections: 2, falseAlarms: 0 });
  });

  it('scores "no problem here" on every item no better than its share of sound items, with no problem found', () => {
    const r = score({ 'item-1': 'none', 'item-2': 'none', 'item-3': 'none', 'item-4': 'none' });
    expect(r.score).toBe(0.25);
    expect(r.discernment).toMatchObject({ hits: 0, misses: 2, correctRejections: 2, falseAlarms: 0, balanced: 0.5 });
  });

  it('takes a second defensible answer where the key accepts one, and still names the main answer', () => {
    const key: ClassifyKey = { ...classifyKey, alsoAccepted: { 'item-1': ['unverified-claim'] } };
    const r = classify.score(classifyPublic, key, { answers: { 'item-1': 'unverified-claim', 'item-2': 'conspiracism', 'item-3': 'named-source', 'item-4': 'none' } });
    expect(r.items[0]).toMatchObject({ correct: true, answer: 'anonymous-source', accepted: ['anonymous-source', 'unverified-claim'] });
    expect(r.items[1]!.correct).toBe(false);
    expect(r.discernment).toMatchObject({ hits: 1, misses: 1 });
  });

  it('scores 0 for an exercise without items', () => {
    const r = classify.score({ ...classifyPublic, items: [] }, classifyKey, { answers: {} });
    expect(r.score).toBe(0);
    expect(r.items).toEqual([]);
  });

  it('property: the share right, and discernment by the rules above, for any answer', () => {
    const categoryArb = fc.constantFrom<Category>(...TECHNIQUE_IDS, NO_PROBLEM);
    const arb = fc.array(fc.record({ answer: categoryArb, chosen: fc.option(categoryArb) }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(arb, (spec) => {
        const ids = spec.map((_, i) => `item-${i + 1}`);
        const pub: ClassifyPublic = { ...classifyPublic, categories: [...TECHNIQUE_IDS, NO_PROBLEM], items: ids.map((id) => ({ id, excerpt: excerpt(id) })) };
        const key: ClassifyKey = { type: 'classify', answers: Object.fromEntries(spec.map((s, i) => [ids[i]!, s.answer])), alsoAccepted: {}, feedback: {} };
        const r = classify.score(pub, key, { answers: Object.fromEntries(spec.map((s, i) => [ids[i]!, s.chosen])) });
        const right = spec.filter((s) => s.chosen === s.answer).length;
        expect(r.score).toBeCloseTo(right / spec.length, 12);
        const problems = spec.filter((s) => flagsProblem(s.answer));
        const sound = spec.filter((s) => !flagsProblem(s.answer));
        expect(r.discernment.hits).toBe(problems.filter((s) => s.chosen === s.answer).length);
        expect(r.discernment.misses).toBe(problems.filter((s) => s.chosen !== s.answer).length);
        expect(r.discernment.falseAlarms).toBe(sound.filter((s) => s.chosen !== null && flagsProblem(s.chosen)).length);
        expect(r.discernment.correctRejections).toBe(sound.filter((s) => s.chosen === null || !flagsProblem(s.chosen)).length);
      }),
    );
  });
});

describe('classify: answer checks', () => {
  it('asks for every item until each has an answer', () => {
    expect(classify.missing(classifyPublic, classify.empty(classifyPublic))).toContain('4 left');
    expect(classify.missing(classifyPublic, { answers: { ...classifyKey.answers, 'item-2': null } })).toContain('1 left');
    expect(classify.missing(classifyPublic, { answers: { ...classifyKey.answers } })).toBeNull();
  });

  it('accepts only answers with this exercise’s items and categories', () => {
    expect(classify.accepts(classifyPublic, classify.empty(classifyPublic))).toBe(true);
    expect(classify.accepts(classifyPublic, { answers: { 'item-1': 'named-source' } })).toBe(true);
    expect(classify.accepts(classifyPublic, { answers: { 'item-9': 'none' } })).toBe(false);
    expect(classify.accepts(classifyPublic, { answers: { 'item-1': 'conspiracism' } })).toBe(false);
    expect(classify.accepts(classifyPublic, { answers: { 'item-1': 'fake-news' } })).toBe(false);
    expect(classify.accepts(classifyPublic, { answers: [] })).toBe(false);
    expect(classify.accepts(classifyPublic, { 'item-1': 'none' })).toBe(false);
  });
});
