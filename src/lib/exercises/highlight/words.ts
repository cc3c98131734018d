import type { Word } from './schema';

/** Split a passage into words (runs of non-space) and the gaps between them. */
export function tokenize(text: string): { words: Word[]; gaps: string[] } {
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  const gaps = words.slice(1).map((w, i) => text.slice(words[i]!.end, w.start));
  return { words, gaps };
}

/** The words a character range touches, as [from, to) word indexes; null if it touches none. */
export function wordRange(words: readonly Word[], start: number, end: number): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  words.forEach((w, i) => {
    if (w.end > start && w.start < end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? null : { from, to };
}

/** A stretch of words [from, to) as the passage writes it, with its own spaces between them. */
export function spanText(passage: { words: readonly Word[]; gaps: readonly string[] }, from: number, to: number): string {
  return passage.words
    .slice(from, to)
    .map((w, i) => (i === 0 ? w.text : passage.gaps[from + i - 1] + w.text))
    .join('');
}

/** Maximal runs of consecutive indexes, in order: [1,2,3,7] gives [[1,4],[7,8]]. */
export function runsOf(indexes: Iterable<number>): { from: number; to: number }[] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: { from: number; to: number }[] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to === i) last.to = i + 1;
    else runs.push({ from: i, to: i + 1 });
  }
  return runs;
}

const ABBREVIATION = /^["'“‘(]*(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|Jr|Sr|vs|etc|e\.g|i\.e|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)$/;

/**
 * Does the passage's sentence end after this word? At closing punctuation (closing quotes and
 * brackets allowed) followed by a word that can start a sentence, or at a line break. "U.S.",
 * "Dr." and a trailing "..." before a lower-case word do not end one.
 */
function endsSentence(word: string, gapAfter: string | undefined, next: string | undefined): boolean {
  if ((gapAfter ?? '').includes('\n') || next === undefined) return true;
  if (!/[.!?…]["'”’)\]]*$/.test(word) || ABBREVIATION.test(word)) return false;
  return !/^["'“‘(\[]*\p{Ll}/u.test(next);
}

/** The sentences of a passage, as [from, to) word ranges, from its own punctuation and line breaks. */
export function sentencesOf(words: readonly Word[], gaps: readonly string[]): { from: number; to: number }[] {
  const sentences: { from: number; to: number }[] = [];
  let from = 0;
  words.forEach((w, i) => {
    if (endsSentence(w.text, gaps[i], words[i + 1]?.text)) {
      sentences.push({ from, to: i + 1 });
      from = i + 1;
    }
  });
  return sentences;
}

/**
 * The extent a target belongs to: the sentence that holds it, stopping short of any good practice
 * in that sentence (marking a named source beside a claim is still a false alarm).
 */
export function extentOf(
  span: { from: number; to: number },
  sentences: readonly { from: number; to: number }[],
  controls: readonly { from: number; to: number }[],
): { from: number; to: number } {
  const first = sentences.find((s) => s.from <= span.from && span.from < s.to) ?? span;
  const last = sentences.find((s) => s.from < span.to && span.to <= s.to) ?? span;
  let from = Math.min(first.from, span.from);
  let to = Math.max(last.to, span.to);
  for (const other of controls) {
    if (other.to <= span.from && other.to > from) from = other.to;
    if (other.from >= span.to && other.from < to) to = other.from;
  }
  return { from, to };
}
