/**
 * Places to look in a text the course never prepared: the cue phrases the modules teach. A cue is
 * a question to ask, never a verdict: "many experts agree" may yet lead to named experts, and a
 * quoted word may be a fair quotation. The student reads and decides.
 */
import { wordRange } from '../exercises/highlight/words';
import type { Word } from '../exercises/highlight/schema';

export const CUE_KINDS = {
  crowd: 'Who are they? Is any of them named, so that you could look them up?',
  'according-to': 'According to whom? Does it lead to a name, a report or a date?',
  'said-to-exist': 'Is the evidence shown, or only said to exist?',
  unnamed: 'Why is the source not named? How could they know, and what might they gain?',
  'scare-quotes': 'Whose words are in the quotation marks: someone quoted, or a label the writer mocks with?',
  intensifier: 'Does this word add a fact, or a feeling?',
} as const;
export type CueKind = keyof typeof CUE_KINDS;

const RULES: { kind: CueKind; pattern: RegExp }[] = [
  { kind: 'crowd', pattern: /\b(?:many|some|several|numerous|most)\s+(?:experts|observers|analysts|reports|sources|commentators|people)\b/gi },
  { kind: 'crowd', pattern: /\b(?:experts|observers|analysts)\s+(?:say|said|agree|believe|claim|note)\b/gi },
  { kind: 'according-to', pattern: /\baccording to\s+(?:available information|information|reports|sources|some|many|observers|experts|local sources|media reports)\b/gi },
  { kind: 'said-to-exist', pattern: /\b(?:reports|facts|evidence|sources)\s+(?:confirmed|confirm|show|shows|prove|proves|suggest)\b/gi },
  { kind: 'said-to-exist', pattern: /\bit (?:is|becomes|became) (?:obvious|clear|evident)\b/gi },
  { kind: 'unnamed', pattern: /\b(?:a|an)\s+(?:source|official|person|people)\s+familiar with\b/gi },
  { kind: 'unnamed', pattern: /\bwho (?:called (?:himself|herself)|asked not to be named|did not want to be named|hid (?:his|her) name)\b/gi },
  { kind: 'unnamed', pattern: /\b(?:officials|sources|insiders)\s+(?:said|say|told)\b/gi },
  { kind: 'intensifier', pattern: /\b(?:explosive|bombshell|damning|shocking|stunning|undeniable|unprecedented|so-called|obviously|clearly|undoubtedly)\b/gi },
];
/** A short quoted phrase (one to three words) is where scare quotes hide; longer quotations are reported speech. */
const SHORT_QUOTE = /[“"‘]([^”"’\n]{1,40})[”"’]/g;

export interface Cue {
  from: number;
  to: number;
  kind: CueKind;
}

export function findCues(text: string, words: readonly Word[]): Cue[] {
  const found: Cue[] = [];
  const add = (kind: CueKind, start: number, end: number) => {
    const range = wordRange(words, start, end);
    if (!range) return;
    // "Many experts agree" meets two rules: one place to look, not two.
    const same = found.find((c) => c.kind === kind && c.from < range.to && range.from < c.to);
    if (same) Object.assign(same, { from: Math.min(same.from, range.from), to: Math.max(same.to, range.to) });
    else if (!found.some((c) => c.from === range.from && c.to === range.to)) found.push({ ...range, kind });
  };
  for (const { kind, pattern } of RULES) for (const m of text.matchAll(pattern)) add(kind, m.index, m.index + m[0].length);
  for (const m of text.matchAll(SHORT_QUOTE)) {
    if (m[1]!.trim().split(/\s+/).length <= 3) add('scare-quotes', m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.from - b.from || a.to - b.to);
}
