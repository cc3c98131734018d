/**
 * The teacher's side: many result codes in, one class table out. Pure functions over decoded
 * submissions; the results page stores them, draws them and exports them.
 */
import { runtimeOf } from '../exercises/registry';
import { reportOf } from '../exercises/reports';
import type { CatalogEntry } from '../exercises/runtime';
import { decodeResultCode, type Submission } from './result-code';

export interface ImportReport {
  added: Submission[];
  /** Codes already held (or given twice), so nothing new was added for them. */
  alreadyAdded: Submission[];
  /** One per line that could not be read, with its line number and the reason. */
  rejected: { line: number; text: string; error: string }[];
}

/** Read pasted text or file contents: one code per line; blank lines are skipped. */
export function readCodes(text: string, held: readonly Submission[] = []): ImportReport {
  const report: ImportReport = { added: [], alreadyAdded: [], rejected: [] };
  const seen = new Set(held.map(submissionIdentity));
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const decoded = decodeResultCode(line);
    if (decoded.ok) {
      const identity = submissionIdentity(decoded.submission);
      if (seen.has(identity)) report.alreadyAdded.push(decoded.submission);
      else report.added.push(decoded.submission);
      seen.add(identity);
    } else report.rejected.push({ line: index + 1, text: line.length > 40 ? `${line.slice(0, 39)}…` : line, error: decoded.error });
  });
  return report;
}

/** Names are compared without case and extra spaces, so "Ana  Lee" and "ana lee" are one student. */
export const studentKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** One hand-in: the same student, assignment and moment is the same code, pasted again. */
const submissionIdentity = (s: Submission) => `${s.assignment}\u0000${studentKey(s.student)}\u0000${s.submittedAt}`;

/** Keep one submission per student and assignment: the latest one. */
export function mergeSubmissions(current: readonly Submission[], incoming: readonly Submission[]): Submission[] {
  const byStudent = new Map<string, Submission>();
  for (const s of [...current, ...incoming]) {
    const key = `${s.assignment}\u0000${studentKey(s.student)}`;
    const held = byStudent.get(key);
    if (!held || Date.parse(s.submittedAt) >= Date.parse(held.submittedAt)) byStudent.set(key, s);
  }
  return [...byStudent.values()].sort((a, b) => a.student.localeCompare(b.student));
}

export interface ExerciseSummary {
  exercise: string;
  /** Students who handed it in answered, of all shown. */
  attempts: number;
  students: number;
  /** Mean score of those who tried it. */
  accuracy: number;
  /** Whether hits and correct rejections mean anything here (problem-or-sound judgements). */
  judgesProblems: boolean;
  hits: number;
  misses: number;
  correctRejections: number;
  falseAlarms: number;
  /** The most common mistakes, in words, with how many students made each; never a right answer. */
  commonWrong: { answer: string; count: number }[];
}

/** Whether an exercise's items are problem-or-sound judgements, so its hits and correct rejections mean something. */
export const judgesProblemsIn = (catalog: Readonly<Record<string, CatalogEntry>>) => (exercise: string) => {
  const entry = catalog[exercise];
  return entry ? runtimeOf(entry.type).judgesProblems : false;
};

export function summariseExercises(submissions: readonly Submission[], exerciseOrder: readonly string[], catalog: Readonly<Record<string, CatalogEntry>>): ExerciseSummary[] {
  return exerciseOrder.map((exercise) => {
    const items = submissions.flatMap((s) => s.items.filter((i) => i.exercise === exercise));
    const entry = catalog[exercise];
    const counts = new Map<string, number>();
    if (entry) {
      for (const i of items) {
        if (i.score >= 1) continue;
        for (const mistake of new Set(reportOf(entry.type).mistakes(entry, i.answer))) counts.set(mistake, (counts.get(mistake) ?? 0) + 1);
      }
    }
    const judgesProblems = judgesProblemsIn(catalog)(exercise);
    const sum = (k: 0 | 1 | 2 | 3) => (judgesProblems ? items.reduce((total, i) => total + (i.discernment?.[k] ?? 0), 0) : 0);
    return {
      exercise,
      attempts: items.length,
      students: submissions.length,
      accuracy: items.length ? items.reduce((total, i) => total + i.score, 0) / items.length : 0,
      judgesProblems,
      hits: sum(0),
      misses: sum(1),
      correctRejections: sum(2),
      falseAlarms: sum(3),
      commonWrong: [...counts.entries()]
        .map(([answer, count]) => ({ answer, count }))
        .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
        .slice(0, 3),
    };
  });
}

/** Every exercise the shown submissions were assigned (tried or not), in first-seen order. */
export function exercisesIn(submissions: readonly Submission[]): string[] {
  const seen = new Set<string>();
  for (const s of submissions) for (const id of s.assigned ?? s.items.map((i) => i.exercise)) seen.add(id);
  for (const s of submissions) for (const i of s.items) seen.add(i.exercise);
  return [...seen];
}

/** How many of the assigned exercises a student tried: "4 of 6". */
export function completion(submission: Submission, assigned: readonly string[]): { done: number; total: number } {
  const tried = new Set(submission.items.map((i) => i.exercise));
  return { done: assigned.filter((id) => tried.has(id)).length, total: assigned.length };
}

/** A student's hits, misses, correct rejections and false alarms over the problem-or-sound items. */
export function studentTotals(submission: Submission, judgesProblems: (exercise: string) => boolean = () => true): [number, number, number, number] {
  return submission.items.reduce<[number, number, number, number]>(
    (t, { exercise, discernment: d }) => (d && judgesProblems(exercise) ? [t[0] + d[0], t[1] + d[1], t[2] + d[2], t[3] + d[3]] : t),
    [0, 0, 0, 0],
  );
}

/** "3 of 4", or empty when there was nothing to count. */
export const outOf = (part: number, rest: number) => (part + rest === 0 ? '' : `${part} of ${part + rest}`);

function csvField(value: string | number): string {
  // OWASP "CSV Injection": a cell that starts = + - @, tab or a line break would run as a formula,
  // so it leads with ' instead; a cell holding a separator of any locale (, or ;), a quote, a tab
  // or a line break is quoted, so it stays one cell.
  const text = typeof value === 'string' && /^[=+\-@\t\r\n]/.test(value) ? `'${value}` : String(value);
  return /[",;\t\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV lines, each ended by CRLF as spreadsheets expect. */
export const csvLines = (rows: readonly (readonly (string | number)[])[]) => rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');

/** Exercise ids in the codes that this copy of the site does not know (an older or newer build, or a code made by hand). */
export function unknownExercises(submissions: readonly Submission[], known: Readonly<Record<string, unknown>>): string[] {
  return exercisesIn(submissions).filter((id) => !Object.hasOwn(known, id));
}

/** The modules whose checks the codes carry (version 3 on), in the order they first appear. */
export function checkedModules(submissions: readonly Submission[]): string[] {
  return [...new Set(submissions.flatMap((s) => s.checks.map((c) => c.module)))];
}

/** A check's score as the tables show it: a whole percentage, or "not done". */
export const checkScore = (score: number | null | undefined) => (score === null || score === undefined ? 'not done' : `${Math.round(score * 100)}`);

/** The class table as CSV: one row per student, one column per exercise (score in %), then totals. */
export function toCsv(
  submissions: readonly Submission[],
  exercises: readonly { id: string; title: string }[],
  judgesProblems: (exercise: string) => boolean = () => true,
  moduleTitle: (module: string) => string = (module) => module,
): string {
  const modules = checkedModules(submissions);
  const checkHeader = modules.flatMap((m) => ['pre-check', 'post-check', 'delayed check', 'reviews done'].map((what) => `${moduleTitle(m)}, ${what}`));
  const header = ['Student', 'Handed in', 'Done', ...exercises.map((e) => e.title), 'Problems found', 'Sound items left alone', ...checkHeader];
  const rows = submissions.map((s) => {
    const checks = modules.map((m) => s.checks.find((c) => c.module === m));
    const byExercise = new Map(s.items.map((i) => [i.exercise, i]));
    const [hits, misses, rejections, alarms] = studentTotals(s, judgesProblems);
    const { done, total } = completion(s, exercises.map((e) => e.id));
    return [
      s.student,
      s.submittedAt,
      `${done} of ${total}`,
      ...exercises.map((e) => {
        const item = byExercise.get(e.id);
        return item ? Math.round(item.score * 100) : 'not tried';
      }),
      outOf(hits, misses),
      outOf(rejections, alarms),
      ...checks.flatMap((c) => (c ? [checkScore(c.pre), checkScore(c.post), checkScore(c.delayed), c.reviewsDone] : ['', '', '', ''])),
    ];
  });
  return csvLines([header, ...rows]);
}
