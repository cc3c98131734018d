/**
 * The page's one copy of the student's progress, shared by every island on the page. Browser
 * only: it reads localStorage lazily, on first use after hydration.
 */
import { loadProgress, markLessonComplete, recordAttempt, saveProgress, type ProgressRecord } from '../../lib/progress';

// The page's notice script (src/scripts/progress-notice.ts) reads, repairs and reports the record
// first; the islands share this one copy of it.
let record: ProgressRecord | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function currentProgress(): { record: ProgressRecord } {
  if (!record) {
    const store = storage();
    record = (store ? loadProgress(store) : loadProgress({ getItem: () => null, setItem: () => {} })).record;
  }
  return { record };
}

export function replaceProgress(next: ProgressRecord): boolean {
  record = next;
  const store = storage();
  const saved = store ? saveProgress(store, next) : false;
  for (const listener of listeners) listener();
  return saved;
}

export function saveAttempt(exerciseId: string, answer: unknown, score: number, discernment?: [number, number, number, number]): boolean {
  return replaceProgress(recordAttempt(currentProgress().record, exerciseId, answer, score, new Date(), discernment));
}

export function saveLessonDone(lessonId: string): boolean {
  return replaceProgress(markLessonComplete(currentProgress().record, lessonId, new Date()));
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
