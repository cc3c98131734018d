import { describe, expect, it } from 'vitest';
import { ResolveError, type ResolveContext } from '../resolve-context';
import { resolveRewrite } from './resolve';
import type { RewriteAuthored } from './schema';

const TEXT = 'The thugs crushed the peaceful protest.';
const context: Pick<ResolveContext, 'excerpt'> = { excerpt: () => ({ text: TEXT, document: null, anchor: null }) };
const ctx = context as ResolveContext;

const authored = (rubric: RewriteAuthored['rubric']): RewriteAuthored => ({
  id: 'rw',
  type: 'rewrite',
  title: 'Say it plainly',
  prompt: 'Rewrite it.',
  excerpt: { practice: TEXT },
  loadedWords: [
    { text: 'thugs', why: 'An insult.' },
    { text: 'crushed', why: 'Drama.' },
  ],
  newClaims: [{ text: 'violent', why: 'Not in the excerpt.' }],
  checklist: ['Gone', 'Kept', 'Nothing new'],
  modelAnswer: 'The police ended the peaceful protest.',
  rubric,
});

const anchors = {
  strong: { answer: 'Police ended the peaceful protest.', why: 'Every loaded word gone, the claim kept.' },
  partial: { answer: 'Police harshly ended the peaceful protest.', why: '"Harshly" still judges.' },
  weak: { answer: 'The thugs ended the peaceful protest.', why: 'The insult stays.' },
};

describe('resolveRewrite: the rubric', () => {
  it('ships the anchors with the key for the answer key', () => {
    expect(resolveRewrite(authored(anchors), ctx).key.rubric).toEqual(anchors);
  });

  it('rejects a strong anchor that fails a machine check, and a weak one that passes them all', () => {
    expect(() => resolveRewrite(authored({ ...anchors, strong: { answer: 'The violent police ended the peaceful protest.', why: 'x' } }), ctx)).toThrow(ResolveError);
    expect(() => resolveRewrite(authored({ ...anchors, weak: { answer: 'Police ended the peaceful protest.', why: 'x' } }), ctx)).toThrow(/weak answer passes every check/);
  });
});
