import { describe, expect, it } from 'vitest';
import { answerSignature } from './answer-signature';

describe('answerSignature', () => {
  it('is the same for the same answer in any order', () => {
    expect(answerSignature('multiple-choice', { choices: ['c', 'a'] })).toBe('ac');
    expect(answerSignature('compare', { choices: ['a', 'c'] })).toBe('ac');
    expect(answerSignature('highlight', { marked: [9, 3, 4, 5] })).toBe('3-6,9-10');
    expect(answerSignature('rate-source', { rating: 2, reasons: ['c', 'a'] })).toBe('2:ac');
  });

  it('gives classify answers in item order, as technique letters', () => {
    expect(answerSignature('classify', { answers: { 'item-10': 'none', 'item-2': 'loaded-language', 'item-1': 'unverified-claim', 'item-3': null } })).toBe('UL_0');
  });

  it('keeps the own text of a rewrite (cut short) and marks a missing choice', () => {
    expect(answerSignature('rewrite', { text: '  my own\n words ', ticked: [0] })).toBe('my own words');
    expect(answerSignature('rewrite', { text: 'x'.repeat(1000), ticked: [] })).toHaveLength(400);
    expect(answerSignature('single-choice', { choice: null })).toBe('');
    expect(answerSignature('rate-source', { rating: null, reasons: [] })).toBe('_:');
  });
});
