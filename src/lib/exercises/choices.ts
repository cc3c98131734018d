/** What single choice, multiple choice and compare share: options with ids, and the answer shapes. */
import { inQuoteMarks } from '../format';
import type { ResolveContext } from './resolve-context';
import type { AuthoredOption, ChoiceOption } from './shared-schema';
import { isObject, type CatalogEntry } from './runtime';

const letters = 'abcdefghijklmnopqrstuvwxyz';
/** Ids follow the authored order, so a saved answer keeps its meaning when the shown order changes. */
export const optionId = (index: number) => letters[index] ?? `o${index}`;

/** Options as students see them (in the build's balanced order), the right ones, and each one's feedback. */
export function resolveOptions(options: readonly AuthoredOption[], ctx: ResolveContext) {
  const withIds = options.map((o, i) => ({ ...o, id: optionId(i) }));
  const shown = ctx.order(withIds, (o) => o.correct);
  return {
    options: shown.map(({ id, text }): ChoiceOption => ({ id, text })),
    correct: withIds.filter((o) => o.correct).map((o) => o.id),
    feedback: Object.fromEntries(withIds.map((o) => [o.id, o.feedback])),
  };
}

export const optionIds = (options: readonly ChoiceOption[]) => new Set(options.map((o) => o.id));

export interface ManyAnswer {
  choices: string[];
}

export const acceptsChoices = (options: readonly ChoiceOption[], s: unknown): s is ManyAnswer =>
  isObject(s) && Array.isArray(s.choices) && s.choices.every((c) => typeof c === 'string' && optionIds(options).has(c));

export type OptionVerdict = 'right-choice' | 'missed' | 'wrong-choice' | 'rightly-left';

export interface ChoiceCounts {
  /** Right options chosen, of all the right options. */
  rightChosen: number;
  rightTotal: number;
  /** Wrong options chosen, of all the wrong options. */
  wrongChosen: number;
  wrongTotal: number;
}

/**
 * A score for picking the right ones out of a list: the share of right options chosen, less the
 * share of wrong options chosen (never below 0). Choosing everything or nothing scores 0, so only
 * telling them apart pays.
 */
export function pickScore(c: ChoiceCounts): number {
  const hitRate = c.rightTotal ? c.rightChosen / c.rightTotal : 1;
  const falseRate = c.wrongTotal ? c.wrongChosen / c.wrongTotal : 0;
  return Math.max(0, hitRate - falseRate);
}

export function judgeOptions(options: readonly ChoiceOption[], right: readonly string[], chosenIds: readonly string[]) {
  const chosen = new Set(chosenIds);
  const rightSet = new Set(right);
  const verdicts = options.map((o) => {
    const should = rightSet.has(o.id);
    const did = chosen.has(o.id);
    const verdict: OptionVerdict = should ? (did ? 'right-choice' : 'missed') : did ? 'wrong-choice' : 'rightly-left';
    return { id: o.id, verdict };
  });
  const count = (v: OptionVerdict) => verdicts.filter((o) => o.verdict === v).length;
  const counts: ChoiceCounts = {
    rightChosen: count('right-choice'),
    rightTotal: count('right-choice') + count('missed'),
    wrongChosen: count('wrong-choice'),
    wrongTotal: count('wrong-choice') + count('rightly-left'),
  };
  return { verdicts, counts, score: pickScore(counts) };
}

export const manySignature = (a: ManyAnswer) => [...a.choices].sort().join('');

export function describeChoices(entry: CatalogEntry, signature: string, none: string): string {
  return signature ? [...signature].map((id) => entry.options?.[id] ?? `option ${id}`).join(' + ') : none;
}

export const optionTexts = (options: readonly ChoiceOption[]) => Object.fromEntries(options.map((o) => [o.id, o.text]));

/** Wrong options chosen and right ones missed, in words. */
export function choiceMistakes(entry: CatalogEntry, chosenIds: string, chose = 'chose', missed = 'missed'): string[] {
  const chosen = new Set(chosenIds);
  const right = new Set(entry.right ?? []);
  const text = (id: string) => {
    const option = entry.options?.[id] ?? id;
    return inQuoteMarks(option);
  };
  return [
    ...[...chosen].filter((id) => !right.has(id)).map((id) => `${chose} ${text(id)}`),
    ...[...right].filter((id) => !chosen.has(id)).map((id) => `${missed} ${text(id)}`),
  ];
}
