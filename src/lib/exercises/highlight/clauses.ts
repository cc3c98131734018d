import type { Word } from './schema';
import { sentencesOf } from './words';

/**
 * A clause ends after a comma, semicolon or colon (closing quotes and brackets allowed), a dash
 * joined to its word, or a closing bracket.
 */
const ENDS_CLAUSE = /(?:[,;:]|\S[—–])["'”’)\]]*$|[)\]]$/;
/** A clause starts at a dash standing alone or at an opening bracket. */
const STARTS_CLAUSE = /^(?:[—–-]+$|[(\[])/;

/**
 * The passage's sentences, each cut further at its own punctuation (commas, semicolons, colons,
 * dashes and brackets), as [from, to) word ranges covering every word in order. Only the text's
 * punctuation decides where a clause ends, never what the exercise asks about.
 */
export function clausesOf(words: readonly Word[], gaps: readonly string[]): { from: number; to: number }[] {
  const clauses: { from: number; to: number }[] = [];
  for (const sentence of sentencesOf(words, gaps)) {
    let from = sentence.from;
    for (let i = sentence.from; i < sentence.to; i++) {
      const text = words[i]!.text;
      if (i > from && STARTS_CLAUSE.test(text)) {
        clauses.push({ from, to: i });
        from = i;
      }
      if (i + 1 < sentence.to && ENDS_CLAUSE.test(text)) {
        clauses.push({ from, to: i + 1 });
        from = i + 1;
      }
    }
    clauses.push({ from, to: sentence.to });
  }
  return clauses;
}

type Range = { from: number; to: number };

/** Whether a clause is marked: all its words, some of them (marked word by word), or none. */
export function clauseState(clause: Range, marked: ReadonlySet<number>): boolean | 'mixed' {
  let count = 0;
  for (let i = clause.from; i < clause.to; i++) if (marked.has(i)) count++;
  return count === 0 ? false : count === clause.to - clause.from ? true : 'mixed';
}

/** The marks after toggling a clause: a fully marked clause is cleared, any other is marked in full. */
export function toggleClause(clause: Range, marked: ReadonlySet<number>): number[] {
  const next = new Set(marked);
  const mark = clauseState(clause, marked) !== true;
  for (let i = clause.from; i < clause.to; i++) {
    if (mark) next.add(i);
    else next.delete(i);
  }
  return [...next].sort((a, b) => a - b);
}
