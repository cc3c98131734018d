import { isObject, type TypeRuntime } from '../runtime';
import type { LoadedWord, RewriteAnswer } from './schema';
import { containsWord, fold, keepsWord } from './words';

/** Why a rewrite scored 0 without a closer look, or "checked" when it was checked. */
export type RewriteVerdict = 'empty' | 'unchanged' | 'loaded-kept' | 'claim-lost' | 'checked';

export interface RewriteResult {
  type: 'rewrite';
  /**
   * What a machine can check: half for the loaded words gone, half for the claim's key words kept,
   * less a quarter for each new claim added. An empty text, a copy (even with its punctuation
   * changed), one that keeps every loaded word, or one that keeps under half of the key words
   * (gibberish, or a different sentence) scores 0, with its reason.
   */
  score: number;
  verdict: RewriteVerdict;
  remaining: LoadedWord[];
  removed: LoadedWord[];
  kept: string[];
  lost: string[];
  added: LoadedWord[];
}

/** The text as its words alone, so a copy with other punctuation is still a copy. */
const wordsOnly = (text: string) => (fold(text).match(/[\p{L}\p{N}']+/gu) ?? []).join(' ');

/** Under this share of the key words kept, the version no longer states the claim. */
export const KEEP_AT_LEAST = 0.5;
/** How much of a rewrite the teacher sees: enough for a sentence or two. */
export const REWRITE_SHARE_LIMIT = 400;

export const rewrite: TypeRuntime<'rewrite'> = {
  label: 'Rewrite neutrally',
  judgesProblems: false,
  empty: () => ({ text: '', ticked: [] }),
  missing: (_e, a) => (a.text.trim() === '' ? 'Write your version first.' : null),
  accepts: (e, s): s is RewriteAnswer =>
    isObject(s) && typeof s.text === 'string' && Array.isArray(s.ticked) && s.ticked.every((i) => Number.isInteger(i) && i >= 0 && i < e.checklist.length),
  score: (e, key, answer) => {
    const remaining = key.loadedWords.filter((w) => containsWord(answer.text, w.text));
    const removed = key.loadedWords.filter((w) => !remaining.includes(w));
    const kept = key.keep.filter((w) => keepsWord(answer.text, w));
    const lost = key.keep.filter((w) => !kept.includes(w));
    const added = key.newClaims.filter((w) => containsWord(answer.text, w.text));
    const keptShare = key.keep.length ? kept.length / key.keep.length : 1;
    const verdict: RewriteVerdict =
      fold(answer.text).length === 0
        ? 'empty'
        : wordsOnly(answer.text) === wordsOnly(e.excerpt.text)
          ? 'unchanged'
          : keptShare < KEEP_AT_LEAST
            ? 'claim-lost'
            : removed.length === 0 && key.loadedWords.length > 0
              ? 'loaded-kept'
              : 'checked';
    const removedShare = key.loadedWords.length ? removed.length / key.loadedWords.length : 1;
    const score = verdict === 'checked' ? Math.max(0, (removedShare + keptShare) / 2 - 0.25 * added.length) : 0;
    return { type: 'rewrite', score, verdict, remaining, removed, kept, lost, added };
  },
  // The teacher reads the student's own version beside the model answer.
  signature: (a) => a.text.trim().replace(/\s+/g, ' ').slice(0, REWRITE_SHARE_LIMIT),
};
