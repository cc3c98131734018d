import type { ProgressRecord } from './progress';

/** One step of the course in reading order, as the progress page lists it. */
export interface StepRef {
  label: string;
  href: string;
  /** Lessons are finished when marked done; checks, when every item has an answer. */
  lessonId?: string;
  exerciseIds: readonly string[];
}

export function stepFinished(step: StepRef, record: ProgressRecord): boolean {
  if (step.lessonId) return Boolean(record.lessons[step.lessonId]);
  return step.exerciseIds.length > 0 && step.exerciseIds.every((id) => record.exercises[id]);
}

function lastActivity(step: StepRef, record: ProgressRecord): string {
  const times = step.exerciseIds.flatMap((id) => record.exercises[id]?.updatedAt ?? []);
  const completed = step.lessonId ? record.lessons[step.lessonId]?.completedAt : undefined;
  if (completed) times.push(completed);
  return times.reduce((latest, t) => (t > latest ? t : latest), '');
}

export type ContinuePoint<S extends StepRef> = { step: S; resume: boolean } | { step: null; resume: false };

/**
 * Where to pick up: the step last worked on, if it is not finished; otherwise the first unfinished
 * step after it. With nothing done yet, the first step. `step` is null once every step after the
 * last one worked on is finished.
 */
export function continuePoint<S extends StepRef>(steps: readonly S[], record: ProgressRecord): ContinuePoint<S> {
  let last = -1;
  let latest = '';
  steps.forEach((step, index) => {
    const at = lastActivity(step, record);
    if (at > latest) {
      latest = at;
      last = index;
    }
  });
  if (last < 0) return steps[0] ? { step: steps[0], resume: false } : { step: null, resume: false };
  const current = steps[last]!;
  if (!stepFinished(current, record)) return { step: current, resume: true };
  const next = steps.slice(last + 1).find((step) => !stepFinished(step, record));
  return next ? { step: next, resume: false } : { step: null, resume: false };
}
