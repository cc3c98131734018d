import type { Answer, LoadedWord, RewriteKey, RewritePublic } from './types';

export interface RewriteResult {
  type: 'rewrite';
  /** Share of the listed loaded words no longer present; zero for an empty or unchanged text. */
  score: number;
  remaining: LoadedWord[];
  removed: LoadedWord[];
  empty: boolean;
  unchanged: boolean;
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Is this loaded word or phrase still in the text, as a whole word (any case)? */
export function containsLoadedWord(text: string, word: string): boolean {
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(fold(word))}(?=$|[^\\p{L}\\p{N}])`, 'u');
  return pattern.test(fold(text));
}

export function scoreRewrite(exercise: Readonly<RewritePublic>, key: Readonly<RewriteKey>, answer: Readonly<Answer<'rewrite'>>): RewriteResult {
  const empty = fold(answer.text).length === 0;
  const unchanged = fold(answer.text) === fold(exercise.excerpt.text);
  const remaining = key.loadedWords.filter((w) => containsLoadedWord(answer.text, w.text));
  const removed = key.loadedWords.filter((w) => !remaining.includes(w));
  const score = empty || unchanged || key.loadedWords.length === 0 ? 0 : removed.length / key.loadedWords.length;
  return { type: 'rewrite', score, remaining, removed, empty, unchanged };
}
