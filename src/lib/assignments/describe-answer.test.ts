import { describe, expect, it } from 'vitest';
import { describeAnswer } from './describe-answer';

describe('describeAnswer', () => {
  it('names chosen options', () => {
    const entry = { title: 'T', type: 'multiple-choice' as const, options: { a: 'First', b: 'Second' }, explanation: '' };
    expect(describeAnswer(entry, 'ab')).toBe('First + Second');
    expect(describeAnswer({ ...entry, type: 'single-choice' }, 'b')).toBe('Second');
    expect(describeAnswer(entry, '')).toBe('nothing chosen');
  });

  it('spells out classify answers item by item', () => {
    expect(describeAnswer({ title: 'T', type: 'classify', explanation: '' }, 'U0_')).toBe('1: Unverified claim; 2: No problem here; 3: no answer');
  });

  it('describes a rating with its reasons, and marked words', () => {
    expect(describeAnswer({ title: 'T', type: 'rate-source', options: { a: 'Named', c: 'Prisoner' }, explanation: '' }, '3:ac')).toBe('rated Fair; reasons: Named + Prisoner');
    expect(describeAnswer({ title: 'T', type: 'highlight', words: ['Many', 'experts', 'agree', 'that'], explanation: '' }, '0-3')).toBe('“Many experts agree”');
    expect(describeAnswer({ title: 'T', type: 'rewrite', explanation: '' }, '')).toBe('nothing written');
    expect(describeAnswer({ title: 'T', type: 'rewrite', explanation: '' }, 'The police came.')).toBe('“The police came.”');
  });
});
