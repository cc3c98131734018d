import { describe, expect, it } from 'vitest';
import { balancedOrder, type PositionUsage } from './option-order';

const pattern = (order: { right: boolean }[]) => order.map((o) => (o.right ? 'R' : 'w')).join('');
const options = (spec: string) => [...spec].map((c, i) => ({ id: i, right: c === 'R' }));

describe('balancedOrder', () => {
  it('keeps every option, once', () => {
    const usage: PositionUsage = new Map();
    const order = balancedOrder(options('RRwww'), (o) => o.right, 'x', usage);
    expect(order.map((o) => o.id).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('is stable: the same seed and history give the same order', () => {
    const a = balancedOrder(options('Rwww'), (o) => o.right, 'ex-1', new Map());
    const b = balancedOrder(options('Rwww'), (o) => o.right, 'ex-1', new Map());
    expect(a).toEqual(b);
  });

  it('spreads the right answer of one-answer items evenly over the positions in a file', () => {
    const usage: PositionUsage = new Map();
    const positions = [0, 0, 0, 0];
    for (let i = 0; i < 20; i++) {
      const order = balancedOrder(options('Rwww'), (o) => o.right, `ex-${i}`, usage);
      positions[order.findIndex((o) => o.right)]!++;
    }
    expect(positions).toEqual([5, 5, 5, 5]);
  });

  it('interleaves right and wrong options: no run of three of a kind when there is another way', () => {
    const usage: PositionUsage = new Map();
    for (let i = 0; i < 12; i++) {
      for (const spec of ['RRwww', 'RRRww', 'RRwwww', 'RRRwww', 'RRww']) {
        const p = pattern(balancedOrder(options(spec), (o) => o.right, `ex-${i}-${spec}`, usage));
        expect(p, spec).not.toMatch(/RRR|www/);
      }
    }
  });

  it('puts a right option at each position about as often as chance would, also at the top', () => {
    const usage: PositionUsage = new Map();
    const atPosition = [0, 0, 0, 0, 0];
    for (let i = 0; i < 30; i++) {
      balancedOrder(options('RRwww'), (o) => o.right, `m-${i}`, usage).forEach((o, p) => {
        if (o.right) atPosition[p]!++;
      });
    }
    // Two of five places hold a right option: 12 of 30 at each place is an even spread.
    for (const count of atPosition) expect(Math.abs(count - 12)).toBeLessThanOrEqual(3);
  });
});
