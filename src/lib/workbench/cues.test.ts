import { describe, expect, it } from 'vitest';
import { tokenize } from '../exercises/highlight/words';
import { findCues } from './cues';

const cuesIn = (text: string) => {
  const { words } = tokenize(text);
  return findCues(text, words).map((c) => ({ kind: c.kind, words: words.slice(c.from, c.to).map((w) => w.text).join(' ') }));
};

describe('findCues', () => {
  it('points at the cue phrases the course teaches, each once, in reading order', () => {
    expect(cuesIn('Many experts agree, according to available information, that it is obvious. A person familiar with the matter said the “Caliph” fled.')).toEqual([
      { kind: 'crowd', words: 'Many experts agree,' },
      { kind: 'according-to', words: 'according to available information,' },
      { kind: 'said-to-exist', words: 'it is obvious.' },
      { kind: 'unnamed', words: 'A person familiar with' },
      { kind: 'scare-quotes', words: '“Caliph”' },
    ]);
  });

  it('does not point at a long quotation or at "according to" followed by a name', () => {
    expect(cuesIn('According to Amnesty International, “we found no evidence of any such transfer at all,” the report said.')).toEqual([]);
  });
});
