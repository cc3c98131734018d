/** The sentences of a highlight passage, and the extent each target belongs to. */
import { describe, expect, it } from 'vitest';
import { extentOf, sentencesOf, tokenize } from './words';

const sentences = (text: string) => {
  const { words, gaps } = tokenize(text);
  return sentencesOf(words, gaps).map((s) => words.slice(s.from, s.to).map((w) => w.text).join(' '));
};

describe('sentencesOf', () => {
  it('splits at full stops, question marks, exclamation marks and ellipses', () => {
    expect(sentences('One two. Three four? Five! Six… Seven')).toEqual(['One two.', 'Three four?', 'Five!', 'Six…', 'Seven']);
  });

  it('gives word ranges that cover the passage in order', () => {
    const { words, gaps } = tokenize('One two. Three four five. Six');
    expect(sentencesOf(words, gaps)).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 5 },
      { from: 5, to: 6 },
    ]);
  });

  it('lets closing quotes and brackets follow the end of a sentence', () => {
    expect(sentences('He said “it failed.” Then (he left.) Next’s fine.’ Done')).toEqual(['He said “it failed.”', 'Then (he left.)', 'Next’s fine.’', 'Done']);
  });

  it('does not end a sentence at a comma, a colon, a dash, or a full stop inside a word', () => {
    expect(sentences('First, second: third — 3.5 fourth, al-Sina’a fifth.')).toEqual(['First, second: third — 3.5 fourth, al-Sina’a fifth.']);
  });

  it('ends a sentence at a line break, punctuation or not', () => {
    expect(sentences('A heading\nThe first line\n\nThe next one.')).toEqual(['A heading', 'The first line', 'The next one.']);
  });

  it('closes the last sentence at the last word, and gives none for no words', () => {
    expect(sentences('no stop at all')).toEqual(['no stop at all']);
    expect(sentencesOf([], [])).toEqual([]);
  });
});

describe('extentOf', () => {
  //            0   1   2     3     4    5   6    7     8     9   10   11
  const text = 'Aa bb cc dd. Ee ff gg hh ii. Jj kk ll.';
  const { words, gaps } = tokenize(text);
  const s = sentencesOf(words, gaps);

  it('has the sentences the examples assume', () => {
    expect(s).toEqual([
      { from: 0, to: 4 },
      { from: 4, to: 9 },
      { from: 9, to: 12 },
    ]);
  });

  it('is the sentence that holds the target', () => {
    expect(extentOf({ from: 5, to: 7 }, s, [])).toEqual({ from: 4, to: 9 });
    expect(extentOf({ from: 0, to: 1 }, s, [])).toEqual({ from: 0, to: 4 });
    expect(extentOf({ from: 4, to: 9 }, s, [])).toEqual({ from: 4, to: 9 });
  });

  it('joins the sentences a target runs across', () => {
    expect(extentOf({ from: 2, to: 6 }, s, [])).toEqual({ from: 0, to: 9 });
  });

  it('stops short of good practice before or after the target in its sentence', () => {
    expect(extentOf({ from: 6, to: 7 }, s, [{ from: 4, to: 5 }])).toEqual({ from: 5, to: 9 });
    expect(extentOf({ from: 5, to: 6 }, s, [{ from: 7, to: 9 }])).toEqual({ from: 4, to: 7 });
    expect(extentOf({ from: 6, to: 7 }, s, [{ from: 4, to: 5 }, { from: 5, to: 6 }, { from: 7, to: 8 }, { from: 8, to: 9 }])).toEqual({ from: 6, to: 7 });
  });

  it('is not changed by good practice in other sentences', () => {
    expect(extentOf({ from: 5, to: 7 }, s, [{ from: 0, to: 4 }, { from: 9, to: 12 }])).toEqual({ from: 4, to: 9 });
  });

  it('is the target itself when no sentence holds it', () => {
    expect(extentOf({ from: 2, to: 3 }, [], [])).toEqual({ from: 2, to: 3 });
  });
});

describe('sentencesOf: abbreviations and ellipses', () => {
  const sentences = (text: string) => {
    const { words, gaps } = tokenize(text);
    return sentencesOf(words, gaps).map((s) => words.slice(s.from, s.to).map((w) => w.text).join(' '));
  };

  it('does not end a sentence at "U.S.", "Dr." or initials', () => {
    expect(sentences('The U.S. Treasury named him. Dr. Lee agreed with J. K. Smith.')).toEqual(['The U.S. Treasury named him.', 'Dr. Lee agreed with J. K. Smith.']);
  });

  it('does not end a sentence at an ellipsis or stop before a lower-case word', () => {
    expect(sentences('They said … it was over. Then it began.')).toEqual(['They said … it was over.', 'Then it began.']);
  });

  it('ends one before a capital, a quote or a number', () => {
    expect(sentences('It ended. “Next,” he said. 2019 was worse!')).toEqual(['It ended.', '“Next,” he said.', '2019 was worse!']);
  });
});
