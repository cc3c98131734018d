import { describe, expect, it } from 'vitest';
import { currentPartIndex, revealDistance, scrollBehaviorFor } from './reader-scroll';

describe('scrollBehaviorFor', () => {
  it('animates a move of up to one screen', () => {
    expect(scrollBehaviorFor(300, 844, false)).toBe('smooth');
    expect(scrollBehaviorFor(-844, 844, false)).toBe('smooth');
  });

  it('jumps at once over a longer move', () => {
    expect(scrollBehaviorFor(845, 844, false)).toBe('instant');
    expect(scrollBehaviorFor(-40_000, 844, false)).toBe('instant');
  });

  it('never animates for a reader who asked for reduced motion', () => {
    expect(scrollBehaviorFor(10, 844, true)).toBe('instant');
  });
});

describe('revealDistance', () => {
  const view = { top: 60, bottom: 800 };

  it('leaves the page alone when the phrase and its note are both in view', () => {
    expect(revealDistance({ top: 100, bottom: 130 }, { top: 130, bottom: 500 }, view)).toBe(0);
  });

  it('scrolls down just enough to show a note that runs off the bottom', () => {
    expect(revealDistance({ top: 600, bottom: 630 }, { top: 630, bottom: 950 }, view)).toBe(150);
  });

  it('brings a phrase hidden above, or under the sticky bar, into view', () => {
    expect(revealDistance({ top: 20, bottom: 50 }, { top: 50, bottom: 400 }, view)).toBe(-40);
    expect(revealDistance({ top: -5000, bottom: -4970 }, { top: -4970, bottom: -4600 }, view)).toBe(-5060);
  });

  it('puts the phrase at the top when it and its note do not fit together', () => {
    expect(revealDistance({ top: 700, bottom: 730 }, { top: 730, bottom: 1600 }, view)).toBe(640);
  });

  it('reaches a phrase far below, with its note', () => {
    expect(revealDistance({ top: 30_000, bottom: 30_030 }, { top: 30_030, bottom: 30_400 }, view)).toBe(29_600);
  });
});

describe('currentPartIndex', () => {
  const tops = [-900, -100, 400, 2000];

  it('is the last part whose top has reached the line', () => {
    expect(currentPartIndex(tops, 60)).toBe(1);
    expect(currentPartIndex(tops, 400)).toBe(2);
    expect(currentPartIndex(tops, 5000)).toBe(3);
  });

  it('is the first part before the text begins', () => {
    expect(currentPartIndex([300, 900], 60)).toBe(0);
    expect(currentPartIndex([], 60)).toBe(0);
  });
});
