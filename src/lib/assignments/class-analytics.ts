/**
 * Class analytics: the numbers behind the charts on the teacher's results page, beside its tables.
 * Pure, over the submissions shown and their exercise summaries; the charts (class-charts.ts) and
 * the CSV draw the same numbers, so a teacher who reads the table reads what the chart shows.
 */
import type { ModuleChecks, Submission } from './result-code';
import { csvLines, studentTotals, type ExerciseSummary } from './results';

/** How a student judges problem-or-sound items, from what they flagged. */
export type Lean = 'discerning' | 'flags-everything' | 'trusts-everything' | 'mixed' | 'too-few';

export const LEAN_LABEL: Record<Lean, string> = {
  discerning: 'Tells them apart',
  'flags-everything': 'Flags nearly everything',
  'trusts-everything': 'Trusts nearly everything',
  mixed: 'Little difference yet',
  'too-few': 'Too few items yet',
};

/** Problems found less sound items flagged, at least: well clear of guessing, where the two are equal. */
export const DISCERNING_GAP = 0.35;

/** Fewer problems (or sound items) than this say nothing about a lean. */
export const MIN_ITEMS_FOR_LEAN = 2;

export interface StudentDiscernment {
  student: string;
  /** Problems found, of the problems there were; null when there were none. */
  hitRate: number | null;
  /** Sound items flagged as problems, of the sound items there were; null when there were none. */
  falseAlarmRate: number | null;
  problems: number;
  soundItems: number;
  lean: Lean;
}

/**
 * A student's discernment and response bias, as in signal detection: the gap between the hit rate
 * and the false-alarm rate is discernment; flagging much (both high) or little (both low) with no
 * such gap is bias. A student who flags every item finds every problem, and is shown as flagging
 * nearly everything, not as good at finding problems.
 */
export function studentDiscernment(submission: Submission, judgesProblems: (exercise: string) => boolean): StudentDiscernment {
  const [hits, misses, correctRejections, falseAlarms] = studentTotals(submission, judgesProblems);
  const problems = hits + misses;
  const soundItems = correctRejections + falseAlarms;
  const hitRate = problems > 0 ? hits / problems : null;
  const falseAlarmRate = soundItems > 0 ? falseAlarms / soundItems : null;
  return { student: submission.student, hitRate, falseAlarmRate, problems, soundItems, lean: leanOf(hitRate, falseAlarmRate, problems, soundItems) };
}

function leanOf(hitRate: number | null, falseAlarmRate: number | null, problems: number, soundItems: number): Lean {
  if (hitRate === null || falseAlarmRate === null || problems < MIN_ITEMS_FOR_LEAN || soundItems < MIN_ITEMS_FOR_LEAN) return 'too-few';
  if (hitRate - falseAlarmRate >= DISCERNING_GAP) return 'discerning';
  // With no clear gap, the share of items flagged says which way the student leans.
  const flagged = (hitRate + falseAlarmRate) / 2;
  if (flagged >= 0.6) return 'flags-everything';
  if (flagged <= 0.35) return 'trusts-everything';
  return 'mixed';
}

/** How many students lean each way, in the order of LEAN_LABEL; a lean no one has is left out. */
export function leanCounts(students: readonly StudentDiscernment[]): { lean: Lean; count: number }[] {
  return (Object.keys(LEAN_LABEL) as Lean[]).map((lean) => ({ lean, count: students.filter((s) => s.lean === lean).length })).filter((c) => c.count > 0);
}

/** The exercises the class did worst on (tried by someone, not everyone right), worst first. */
export function mostMissed(summaries: readonly ExerciseSummary[], count = 5): ExerciseSummary[] {
  return summaries
    .filter((s) => s.attempts > 0 && s.accuracy < 1)
    .sort((a, b) => a.accuracy - b.accuracy || b.attempts - a.attempts)
    .slice(0, count);
}

export interface CheckRow {
  student: string;
  pre: number | null;
  post: number | null;
  delayed: number | null;
}

/** Each student's checks in one module, in the table's order; students without that module are left out. */
export function checkRows(submissions: readonly Submission[], module: string): CheckRow[] {
  return submissions.flatMap((s) => {
    const c: ModuleChecks | undefined = s.checks.find((check) => check.module === module);
    return c ? [{ student: s.student, pre: c.pre, post: c.post, delayed: c.delayed }] : [];
  });
}

/** The middle value, or null with none: a class's typical score, not pulled by one outlier. */
export function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
}

/** Of the students with both checks done, how many scored higher after than before. */
export function gained(rows: readonly CheckRow[]): { higher: number; both: number } {
  const both = rows.filter((r) => r.pre !== null && r.post !== null);
  return { higher: both.filter((r) => r.post! > r.pre!).length, both: both.length };
}

const pct = (value: number | null) => (value === null ? '' : Math.round(value * 100));

/** The analytics as CSV sections, to follow the class table in the download: a title row, a header row, the rows. */
export function analyticsCsv(
  summaries: readonly ExerciseSummary[],
  students: readonly StudentDiscernment[],
  titleOf: (exercise: string) => string,
  explanationOf: (exercise: string) => string,
): string {
  const sections: (string | number)[][][] = [
    [['Exercise accuracy'], ['Exercise', 'Tried', 'Average score (%)'], ...summaries.map((s) => [titleOf(s.exercise), s.attempts, s.attempts ? pct(s.accuracy) : ''])],
    [
      ['Discernment and lean'],
      ['Student', 'Problems found (%)', 'Sound items flagged (%)', 'Problems', 'Sound items', 'Lean'],
      ...students.map((s) => [s.student, pct(s.hitRate), pct(s.falseAlarmRate), s.problems, s.soundItems, LEAN_LABEL[s.lean]]),
    ],
    [
      ['Most missed'],
      ['Exercise', 'Average score (%)', 'Most common wrong answers', 'Why the right answer is right'],
      ...mostMissed(summaries).map((s) => [titleOf(s.exercise), pct(s.accuracy), s.commonWrong.map((w) => `${w.answer} (${w.count})`).join('; '), explanationOf(s.exercise)]),
    ],
  ];
  return sections.map(csvLines).join('\r\n');
}
