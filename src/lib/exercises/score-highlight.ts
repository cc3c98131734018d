import { tally, type Discernment } from './discernment';
import type { Answer, HighlightKey, HighlightPublic, PassageSpan } from './types';
import { runsOf } from './words';

export type TargetStatus = 'hit' | 'partial' | 'miss';

export interface HighlightResult {
  type: 'highlight';
  /** Word-level F1 of the marks against the targets: partial credit for overlap. */
  score: number;
  targets: { span: PassageSpan; coverage: number; status: TargetStatus }[];
  /** Marked runs that touch no target; `control` is set when the run marks good practice. */
  falseAlarms: { from: number; to: number; control: PassageSpan | null }[];
  /** Annotated problems this exercise did not ask about, which the student marked anyway. */
  otherProblems: PassageSpan[];
  discernment: Discernment;
}

/** A target counts as found when at least half its words are marked. */
export const HIT_COVERAGE = 0.5;

function wordsOf(spans: readonly PassageSpan[]): Set<number> {
  const set = new Set<number>();
  for (const s of spans) for (let i = s.from; i < s.to; i++) set.add(i);
  return set;
}

const overlaps = (span: { from: number; to: number }, other: { from: number; to: number }) => span.from < other.to && other.from < span.to;

export function scoreHighlight(exercise: Readonly<HighlightPublic>, key: Readonly<HighlightKey>, answer: Readonly<Answer<'highlight'>>): HighlightResult {
  const marked = new Set(answer.marked.filter((i) => Number.isInteger(i) && i >= 0 && i < exercise.words.length));
  const targetWords = wordsOf(key.targets);
  const neutralWords = wordsOf(key.neutral);
  // Marks on other, unasked-for problems neither earn nor cost anything.
  const counted = [...marked].filter((i) => targetWords.has(i) || !neutralWords.has(i));

  let score: number;
  if (targetWords.size === 0) {
    score = counted.length === 0 ? 1 : 0;
  } else {
    const truePositives = counted.filter((i) => targetWords.has(i)).length;
    const precision = counted.length ? truePositives / counted.length : 0;
    const recall = truePositives / targetWords.size;
    score = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  }

  const targets = key.targets.map((span) => {
    let covered = 0;
    for (let i = span.from; i < span.to; i++) if (marked.has(i)) covered++;
    const coverage = covered / (span.to - span.from);
    const status: TargetStatus = coverage >= HIT_COVERAGE ? 'hit' : coverage > 0 ? 'partial' : 'miss';
    return { span, coverage, status };
  });

  const falseAlarms = runsOf(counted.filter((i) => !targetWords.has(i))).map((run) => ({
    ...run,
    control: key.controls.find((c) => overlaps(c, run)) ?? null,
  }));
  const otherProblems = key.neutral.filter((span) => runsOf(marked).some((run) => overlaps(span, run)));

  // A run of marks can cover several controls; each one marked is a false alarm of its own.
  const controlsMarked = new Set(key.controls.filter((c) => falseAlarms.some((f) => overlaps(c, f))).map((c) => c.annotationId));
  const discernment = tally([
    ...targets.map((t) => ({ isProblem: true, flagged: t.status === 'hit' })),
    ...key.controls.map((c) => ({ isProblem: false, flagged: controlsMarked.has(c.annotationId) })),
    ...falseAlarms.filter((f) => !f.control).map(() => ({ isProblem: false, flagged: true })),
  ]);

  return { type: 'highlight', score, targets, falseAlarms, otherProblems, discernment };
}
