import { describe, expect, it } from 'vitest';
import { combine, tally, withRates, type Discernment, type Judgement } from './discernment';

const problem = (flagged: boolean): Judgement => ({ isProblem: true, flagged });
const control = (flagged: boolean): Judgement => ({ isProblem: false, flagged });

describe('tally', () => {
  it('sorts each judgement into exactly one of the four counts', () => {
    const d = tally([problem(true), problem(true), problem(false), control(true), control(false), control(false), control(false)]);
    expect(d.hits).toBe(2);
    expect(d.misses).toBe(1);
    expect(d.falseAlarms).toBe(1);
    expect(d.correctRejections).toBe(3);
  });

  it('computes the hit rate, correct-rejection rate and their mean', () => {
    const d = tally([problem(true), problem(true), problem(false), control(true), control(false), control(false), control(false)]);
    expect(d.hitRate).toBeCloseTo(2 / 3, 12);
    expect(d.correctRejectionRate).toBeCloseTo(3 / 4, 12);
    expect(d.balanced).toBeCloseTo((2 / 3 + 3 / 4) / 2, 12);
  });

  it('reports no rates at all for an empty list', () => {
    expect(tally([])).toEqual<Discernment>({
      hits: 0,
      misses: 0,
      correctRejections: 0,
      falseAlarms: 0,
      hitRate: null,
      correctRejectionRate: null,
      balanced: null,
    });
  });

  it('leaves the hit rate null when there was nothing to find, and balanced is the one rate there is', () => {
    const d = tally([control(false), control(true), control(false), control(false)]);
    expect(d.hitRate).toBeNull();
    expect(d.correctRejectionRate).toBe(0.75);
    expect(d.balanced).toBe(0.75);
  });

  it('leaves the correct-rejection rate null when there were no controls', () => {
    const d = tally([problem(true), problem(false), problem(false), problem(false)]);
    expect(d.correctRejectionRate).toBeNull();
    expect(d.hitRate).toBe(0.25);
    expect(d.balanced).toBe(0.25);
  });

  it('gives a balanced 0.5 to a student who flags everything', () => {
    const d = tally([problem(true), problem(true), control(true), control(true), control(true)]);
    expect(d.hitRate).toBe(1);
    expect(d.correctRejectionRate).toBe(0);
    expect(d.balanced).toBe(0.5);
  });

  it('gives a balanced 0.5 to a student who flags nothing', () => {
    const d = tally([problem(false), problem(false), control(false)]);
    expect(d.hitRate).toBe(0);
    expect(d.correctRejectionRate).toBe(1);
    expect(d.balanced).toBe(0.5);
  });

  it('gives 1 for perfect discernment and 0 for the exact opposite', () => {
    expect(tally([problem(true), control(false)]).balanced).toBe(1);
    expect(tally([problem(false), control(true)]).balanced).toBe(0);
  });

  it('does not depend on the order of the judgements', () => {
    const list = [problem(true), control(true), problem(false), control(false), control(false)];
    expect(tally([...list].reverse())).toEqual(tally(list));
  });
});

describe('withRates', () => {
  it('keeps the counts it was given and adds the rates', () => {
    expect(withRates({ hits: 3, misses: 1, correctRejections: 1, falseAlarms: 4 })).toEqual<Discernment>({
      hits: 3,
      misses: 1,
      correctRejections: 1,
      falseAlarms: 4,
      hitRate: 0.75,
      correctRejectionRate: 0.2,
      balanced: (0.75 + 0.2) / 2,
    });
  });

  it('treats a zero rate as a rate, not as missing', () => {
    const d = withRates({ hits: 0, misses: 2, correctRejections: 0, falseAlarms: 2 });
    expect(d.hitRate).toBe(0);
    expect(d.correctRejectionRate).toBe(0);
    expect(d.balanced).toBe(0);
  });
});

describe('combine', () => {
  it('sums the counts of several tallies and recomputes the rates from the sums', () => {
    const a = tally([problem(true), control(true)]);
    const b = tally([problem(false), problem(false), problem(true), control(false), control(false)]);
    const d = combine([a, b]);
    expect(d.hits).toBe(2);
    expect(d.misses).toBe(2);
    expect(d.correctRejections).toBe(2);
    expect(d.falseAlarms).toBe(1);
    expect(d.hitRate).toBe(0.5);
    expect(d.correctRejectionRate).toBeCloseTo(2 / 3, 12);
    expect(d.balanced).toBeCloseTo((0.5 + 2 / 3) / 2, 12);
  });

  it('pools the counts rather than averaging the balanced figures of the parts', () => {
    const a = tally([problem(true), problem(true), problem(true)]);
    const b = tally([problem(false), control(false)]);
    expect(a.balanced).toBe(1);
    expect(b.balanced).toBe(0.5);
    const d = combine([a, b]);
    expect(d.hitRate).toBe(0.75);
    expect(d.correctRejectionRate).toBe(1);
    expect(d.balanced).toBe(0.875);
  });

  it('equals one tally over all the judgements', () => {
    const first = [problem(true), control(false), control(true)];
    const second = [problem(false), control(false)];
    expect(combine([tally(first), tally(second)])).toEqual(tally([...first, ...second]));
  });

  it('gives an all-zero, rate-less result for no parts', () => {
    expect(combine([])).toEqual(tally([]));
  });

  it('does not change the parts it sums', () => {
    const a = tally([problem(true)]);
    const copy = { ...a };
    combine([a, a]);
    expect(a).toEqual(copy);
  });
});
