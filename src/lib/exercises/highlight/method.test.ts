import { describe, expect, it } from 'vitest';
import { parseMarkMethod } from './method';

describe('parseMarkMethod', () => {
  it('reads a stored choice', () => {
    expect(parseMarkMethod('clauses')).toBe('clauses');
    expect(parseMarkMethod('words')).toBe('words');
  });

  it('falls back to word by word for nothing stored or a value it cannot read', () => {
    for (const raw of [null, '', 'sentences', '{"method":"clauses"}', 'CLAUSES']) expect(parseMarkMethod(raw)).toBe('words');
  });
});
