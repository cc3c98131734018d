import { combine, withRates, type Discernment } from './exercises/discernment';
import type { ProgressRecord } from './progress';
import type { ModuleChecks } from './assignments/result-code';

export interface CheckSummary {
  /** How many of the check's items have a saved answer. */
  done: number;
  total: number;
  /** Mean of the saved scores, 0 to 1 (0 with nothing done). */
  score: number;
  /** Over the items that judge problem against sound. */
  discernment: Discernment;
}

/** A module check (or any set of exercises) as the student last left it, from the saved scores. */
export function summariseCheck(exerciseIds: readonly string[], record: ProgressRecord): CheckSummary {
  const saved = exerciseIds.flatMap((id) => record.exercises[id] ?? []);
  return {
    done: saved.length,
    total: exerciseIds.length,
    score: saved.length ? saved.reduce((sum, entry) => sum + entry.score, 0) / saved.length : 0,
    discernment: combine(
      saved.flatMap(({ discernment: d }) => (d ? [withRates({ hits: d[0], misses: d[1], correctRejections: d[2], falseAlarms: d[3] })] : [])),
    ),
  };
}

export interface ModuleCheckIds {
  id: string;
  preCheck: readonly string[];
  postCheck: readonly string[];
  delayedCheck: readonly string[];
}

/** What a result code carries of each module: each finished check's mean score (null if unfinished), and the reviews done. */
export function moduleChecks(modules: readonly ModuleCheckIds[], record: ProgressRecord): ModuleChecks[] {
  const finished = (ids: readonly string[]) => {
    const summary = summariseCheck(ids, record);
    return summary.total > 0 && summary.done === summary.total ? summary.score : null;
  };
  return modules.map((m) => ({
    module: m.id,
    pre: finished(m.preCheck),
    post: finished(m.postCheck),
    delayed: finished(m.delayedCheck),
    reviewsDone: (Object.hasOwn(record.reviews, m.id) ? record.reviews[m.id]!.rounds : []).filter((r) => r.doneAt).length,
  }));
}
