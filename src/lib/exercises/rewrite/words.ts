/** Word tests for rewrites: whole words, any case, curly and straight quotes alike. */

export function fold(text: string): string {
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

/** Is this word or phrase in the text, as a whole word (any case)? */
export function containsWord(text: string, word: string): boolean {
  const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(fold(word))}(?=$|[^\\p{L}\\p{N}])`, 'u');
  return pattern.test(fold(text));
}

const lettersOf = (text: string) => fold(text).match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * Is this content word kept, in any form sharing its stem ("terrorist" keeps "terrorists")? A key
 * word may list other words that say the same, split by "|" ("Daesh|ISIS").
 */
export function keepsWord(text: string, word: string): boolean {
  if (word.includes('|')) return word.split('|').some((w) => w.trim() !== '' && keepsWord(text, w.trim()));
  const target = fold(word);
  const stem = target.slice(0, Math.max(4, target.length - 3));
  return lettersOf(text).some((w) => w === target || (w.startsWith(stem) && Math.abs(w.length - target.length) <= 3));
}

const STOPWORDS = new Set(
  'a an and are as at be been but by for from had has have he her his in into is it its of on or our she than that the their them there these they this those to was were which while who will with would not said also about after before over under more most some such only then when where what other could should'.split(' '),
);

/** The content words two texts share, in the order of the first: what a neutral version keeps. */
export function sharedContentWords(source: string, version: string, leaveOut: readonly string[]): string[] {
  const left = new Set(leaveOut.flatMap(lettersOf));
  const seen = new Set<string>();
  for (const w of lettersOf(version)) {
    const word = w.replace(/'s$/, '');
    if (word.length < 4 || STOPWORDS.has(word) || left.has(word) || seen.has(word)) continue;
    if (keepsWord(source, word)) seen.add(word);
  }
  return [...seen];
}

/** A key word for students: its alternatives joined by "or". */
export const keyWordLabel = (word: string) => `“${word.split('|').map((w) => w.trim()).join('” or “')}”`;
