/**
 * Verbatim quote matching. The only normalisation allowed when matching a quote against a
 * document is documented here (and in the README):
 *   1. every run of whitespace (spaces, tabs, line breaks) counts as one space;
 *   2. typographic quote marks count as their straight forms: ‘ ’ ‚ ‛ as ', and “ ” „ ‟ as ".
 * Nothing else is forgiven: spelling, dashes, case and punctuation must match exactly.
 */

const QUOTE_FORMS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
};

const WHITESPACE = /\s/;

export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** For each index of `text` (and one past its end), the matching index in the original. */
  toOriginal: number[];
}

export function normaliseForMatch(original: string): NormalisedText {
  const parts: string[] = [];
  const toOriginal: number[] = [];
  let i = 0;
  while (i < original.length) {
    const ch = original[i]!;
    if (WHITESPACE.test(ch)) {
      parts.push(' ');
      toOriginal.push(i);
      while (i < original.length && WHITESPACE.test(original[i]!)) i++;
      continue;
    }
    parts.push(QUOTE_FORMS[ch] ?? ch);
    toOriginal.push(i);
    i++;
  }
  toOriginal.push(original.length);
  return { text: parts.join(''), toOriginal };
}

export interface TextRange {
  start: number;
  end: number;
}

/** Every place `quote` occurs in `haystack` under the documented normalisation, in text order. */
export function findQuote(haystack: NormalisedText, quote: string): TextRange[] {
  const needle = normaliseForMatch(quote.trim()).text;
  if (needle.length === 0) return [];
  const ranges: TextRange[] = [];
  let from = 0;
  for (;;) {
    const at = haystack.text.indexOf(needle, from);
    if (at < 0) break;
    const lastChar = at + needle.length - 1;
    ranges.push({ start: haystack.toOriginal[at]!, end: haystack.toOriginal[lastChar]! + 1 });
    from = at + 1;
  }
  return ranges;
}
