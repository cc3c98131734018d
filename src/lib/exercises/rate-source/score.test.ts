import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickScore } from '../choices';
import { RATING_CREDIT, rangeLabel, rateSource, ratingDistance } from '.';
import { RATING_SCALE, type Rating, type RateSourceKey, type RateSourcePublic } from './schema';

const ratePublic: RateSourcePublic = {
  type: 'rate-source',
  id: 'rs-1',
  title: 'How reliable?',
  prompt: 'Rate the source and give your reasons.',
  excerpt: { text: 'A post by an anonymous account says the vote was rigged.', document: null, anchor: null },
  reasons: [
    { id: 'a', text: 'The author is anonymous' },
    { id: 'b', text: 'No evidence is offered' },
    { id: 'c', text: 'The post is long' },
    { id: 'd', text: 'It uses capital letters' },
  ],
};
// Expert range 1 to 2; expert reasons a and b, the others wrong.
const rateKey: RateSourceKey = { type: 'rate-source', rating: { min: 1, max: 2 }, ratingExplanation: 'Anonymous and unsupported.', expertReasons: ['a', 'b'], feedback: {} };
const expert = ['a', 'b'];
const score = (rating: Rating | null, reasons: string[], key: RateSourceKey = rateKey) => rateSource.score(ratePublic, key, { rating, reasons });

describe('ratingDistance and RATING_CREDIT', () => {
  it('is 0 inside the range and counts steps outside it on either side', () => {
    const range = { min: 2, max: 3 } as const;
    expect([1, 2, 3, 4].map((r) => ratingDistance(range, r))).toEqual([1, 0, 0, 1]);
    expect([1, 2, 3, 4].map((r) => ratingDistance({ min: 4, max: 4 }, r))).toEqual([3, 2, 1, 0]);
    expect([1, 2, 3, 4].map((r) => ratingDistance({ min: 1, max: 1 }, r))).toEqual([0, 1, 2, 3]);
  });

  it('gives 1, 0.5, 0.2 and 0 by distance', () => {
    expect(RATING_CREDIT).toEqual({ 0: 1, 1: 0.5, 2: 0.2, 3: 0 });
  });

  it('names a range in the scale’s words', () => {
    expect(rangeLabel({ min: 1, max: 2 })).toBe('Not reliable to Weak');
    expect(rangeLabel({ min: 4, max: 4 })).toBe('Strong');
  });
});

describe('rate the source: score', () => {
  it('scores 1 for a rating in range and exactly the expert reasons', () => {
    const r = score(2, expert);
    expect(r).toEqual({
      type: 'rate-source',
      score: 1,
      distance: 0,
      reasons: [
        { id: 'a', expert: true, chosen: true },
        { id: 'b', expert: true, chosen: true },
        { id: 'c', expert: false, chosen: false },
        { id: 'd', expert: false, chosen: false },
      ],
      counts: { rightChosen: 2, rightTotal: 2, wrongChosen: 0, wrongTotal: 2 },
    });
    expect(score(1, expert).score).toBe(1);
  });

  it('halves the rating credit for one step off, on either side of the range', () => {
    expect(score(3, expert)).toMatchObject({ distance: 1, score: 0.75 });
    expect(score(2, expert, { ...rateKey, rating: { min: 3, max: 4 } })).toMatchObject({ distance: 1, score: 0.75 });
  });

  it('gives 0.2 of the rating credit for two steps off and none for three', () => {
    expect(score(4, expert)).toMatchObject({ distance: 2, score: 0.6 });
    expect(score(1, expert, { ...rateKey, rating: { min: 4, max: 4 } })).toMatchObject({ distance: 3, score: 0.5 });
  });

  it('gives no rating credit for a missing rating', () => {
    expect(score(null, expert)).toMatchObject({ distance: null, score: 0.5 });
  });

  it('scores the reasons by the pick score: expert reasons chosen less wrong reasons chosen', () => {
    // One expert reason of two and one wrong reason of two: 0.5 - 0.5.
    const r = score(1, ['a', 'c']);
    expect(r.counts).toEqual({ rightChosen: 1, rightTotal: 2, wrongChosen: 1, wrongTotal: 2 });
    expect(r.score).toBe((1 + 0) / 2);
    expect(score(1, ['a']).score).toBe((1 + 0.5) / 2);
    expect(score(1, ['a', 'b', 'c']).score).toBe((1 + 0.5) / 2);
  });

  it('gives nothing for the reasons when every reason is ticked, or none', () => {
    expect(score(2, ['a', 'b', 'c', 'd']).score).toBe(0.5);
    expect(score(2, []).score).toBe(0.5);
  });

  it('scores 0 for no rating and only wrong reasons, and for a far rating with every reason', () => {
    expect(score(null, ['c', 'd']).score).toBe(0);
    expect(score(4, ['a', 'b', 'c', 'd'], { ...rateKey, rating: { min: 1, max: 1 } }).score).toBe(0);
  });

  it('ignores reasons that are not offered', () => {
    const r = score(2, ['a', 'b', 'made-up']);
    expect(r.score).toBe(1);
    expect(r.reasons.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('property: half the rating credit by distance plus half the reasons’ pick score', () => {
    const ratingArb = fc.constantFrom<Rating>(1, 2, 3, 4);
    const arb = fc.record({
      range: fc.tuple(ratingArb, ratingArb).map(([x, y]) => ({ min: Math.min(x, y) as Rating, max: Math.max(x, y) as Rating })),
      rating: fc.option(ratingArb),
      reasons: fc.subarray(['a', 'b', 'c', 'd']),
    });
    fc.assert(
      fc.property(arb, ({ range, rating, reasons }) => {
        const r = score(rating, reasons, { ...rateKey, rating: range });
        const distance = rating === null ? null : rating < range.min ? range.min - rating : rating > range.max ? rating - range.max : 0;
        const credit = distance === null ? 0 : [1, 0.5, 0.2, 0][distance]!;
        const rightChosen = reasons.filter((id) => expert.includes(id)).length;
        const wrongChosen = reasons.length - rightChosen;
        expect(r.distance).toBe(distance);
        expect(r.score).toBeCloseTo((credit + pickScore({ rightChosen, rightTotal: 2, wrongChosen, wrongTotal: 2 })) / 2, 12);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('property: one constant rating with no reasons never scores above half', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RATING_SCALE.map((r) => r.value)), (rating) => {
        expect(score(rating, []).score).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('rate the source: answer checks', () => {
  it('asks for a rating, then for a reason', () => {
    expect(rateSource.missing(ratePublic, rateSource.empty(ratePublic))).toMatch(/rating/);
    expect(rateSource.missing(ratePublic, { rating: 2, reasons: [] })).toMatch(/reason/);
    expect(rateSource.missing(ratePublic, { rating: 2, reasons: ['c'] })).toBeNull();
  });

  it('accepts only ratings on the scale and reasons this exercise offers', () => {
    expect(rateSource.accepts(ratePublic, rateSource.empty(ratePublic))).toBe(true);
    expect(rateSource.accepts(ratePublic, { rating: 4, reasons: ['d'] })).toBe(true);
    expect(rateSource.accepts(ratePublic, { rating: 5, reasons: [] })).toBe(false);
    expect(rateSource.accepts(ratePublic, { rating: '2', reasons: [] })).toBe(false);
    expect(rateSource.accepts(ratePublic, { rating: 2, reasons: ['e'] })).toBe(false);
    expect(rateSource.accepts(ratePublic, { rating: 2 })).toBe(false);
  });
});
