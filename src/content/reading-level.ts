/**
 * Flesch-Kincaid grade of a stretch of prose, with the formula and syllable counts from wooorm's
 * `flesch-kincaid` and `syllable` packages. Only the splitting into sentences and words is ours.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export function readingGrade(prose: string): { grade: number; sentences: number; words: number } {
  const sentences = prose.split(/[.!?]+(?=\s|$)|\n\s*\n/).filter((s) => /[A-Za-z]/.test(s));
  const words = prose.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
  const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  if (words.length === 0) return { grade: 0, sentences: 0, words: 0 };
  return { grade: fleschKincaid({ sentence: Math.max(1, sentences.length), word: words.length, syllable: syllables }), sentences: sentences.length, words: words.length };
}
