import type { Word } from './types';

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
