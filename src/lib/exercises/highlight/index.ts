import { tally, type Discernment } from '../discernment';
import { isIndexList, isObject, type TypeRuntime } from '../runtime';
import type { HighlightAnswer, HighlightKey, PassageSpan, TargetSpan } from './schema';
import { runsOf } from './words';

export type TargetStatus = 'hit' | 'partial' | 'miss';

export interface HighlightResult {
  type: 'highlight';
  /**
   * Targets found (each counts in full from half its words marked) less the share of sound text
   * marked, never below 0. Marking within a target's sentence is never a false alarm; marking
   * everything or nothing scores 0.
   */
  score: number;
  targets: { span: TargetSpan; coverage: number; status: TargetStatus }[];
  /** Marked runs on sound text; `control` is set when the run marks good practice. */
  falseAlarms: { from: number; to: number; control: PassageSpan | null }[];
  /** Annotated problems this exercise did not ask about, which the student marked anyway. */
  otherProblems: PassageSpan[];
  discernment: Discernment;
}

/** A target counts as found when at least half its words are marked. */
export const HIT_COVERAGE = 0.5;

type Range = { from: number; to: number };
const overlaps = (span: Range, other: Range) => span.from < other.to && other.from < span.to;

/** Sound text: good practice, or words outside every target's extent and every other problem. */
export function soundWordsOf(key: HighlightKey, wordCount: number): number[] {
  const extents = key.targets.map((t) => t.extent);
  const inside = (spans: readonly Range[], i: number) => spans.some((s) => s.from <= i && i < s.to);
  return Array.from({ length: wordCount }, (_, i) => i).filter((i) => inside(key.controls, i) || (!inside(extents, i) && !inside(key.neutral, i)));
}

export const highlight: TypeRuntime<'highlight'> = {
  label: 'Highlight the phrase',
  judgesProblems: true,
  empty: () => ({ marked: [] }),
  missing: (_e, a) => (a.marked.length === 0 ? 'Mark at least one word first.' : null),
  accepts: (e, s): s is HighlightAnswer => isObject(s) && isIndexList(s.marked, e.words.length),
  score: (e, key, answer) => {
    const marked = new Set(answer.marked.filter((i) => Number.isInteger(i) && i >= 0 && i < e.words.length));
    // Other, unasked-for problems neither earn nor cost anything; good practice always counts as sound.
    const soundWords = soundWordsOf(key, e.words.length);
    const sound = new Set(soundWords);
    const falseAlarmWords = [...marked].filter((i) => sound.has(i));

    const targets = key.targets.map((span) => {
      let covered = 0;
      for (let i = span.from; i < span.to; i++) if (marked.has(i)) covered++;
      const coverage = covered / (span.to - span.from);
      const status: TargetStatus = coverage >= HIT_COVERAGE ? 'hit' : coverage > 0 ? 'partial' : 'miss';
      return { span, coverage, status };
    });
    const found = targets.length ? targets.reduce((sum, t) => sum + Math.min(1, t.coverage / HIT_COVERAGE), 0) / targets.length : 1;
    const falseRate = soundWords.length ? falseAlarmWords.length / soundWords.length : 0;

    const falseAlarms = runsOf(falseAlarmWords).map((run) => ({ ...run, control: key.controls.find((c) => overlaps(c, run)) ?? null }));
    const markedRuns = runsOf(marked);
    const otherProblems = key.neutral.filter((span) => markedRuns.some((run) => overlaps(span, run)));

    // A run of marks can cover several controls; each one marked is a false alarm of its own.
    const controlsMarked = new Set(key.controls.filter((c) => falseAlarms.some((f) => overlaps(c, f))).map((c) => c.annotationId));
    const discernment = tally([
      ...targets.map((t) => ({ isProblem: true, flagged: t.status === 'hit' })),
      ...key.controls.map((c) => ({ isProblem: false, flagged: controlsMarked.has(c.annotationId) })),
      ...falseAlarms.filter((f) => !f.control).map(() => ({ isProblem: false, flagged: true })),
    ]);
    return { type: 'highlight', score: Math.max(0, found - falseRate), targets, falseAlarms, otherProblems, discernment };
  },
  signature: (a) =>
    runsOf(a.marked)
      .map((r) => `${r.from}-${r.to}`)
      .join(','),
};
