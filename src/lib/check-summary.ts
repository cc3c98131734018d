import { combine, withRates, type Discernment } from './exercises/discernment';
import type { ProgressRecord } from './progress';

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
