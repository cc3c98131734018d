/**
 * The page's one copy of the student's progress, shared by every island on the page. Browser
 * only: it reads localStorage lazily, on first use after hydration.
 */
import { loadProgress, markLessonComplete, recordAttempt, saveProgress, type ProgressRecord } from '../../lib/progress';
import { localStorageOrNull } from '../../lib/storage';
import { showProgressNotice } from '../../scripts/progress-notice';

// The first island to read the record repairs it if needed and tells the student; the islands on
// the page share this one copy of it.
let record: ProgressRecord | null = null;
const listeners = new Set<() => void>();

/** Stands in when the page may not touch localStorage at all, so loadProgress reports it. */
const refusingStorage = {
  getItem: (): string | null => {
    throw new Error('localStorage is not available');
  },
  setItem: () => {},
};

export function currentProgress(): { record: ProgressRecord } {
  if (!record) {
    const result = loadProgress(localStorageOrNull() ?? refusingStorage);
    record = result.record;
    if (result.notice) showProgressNotice(result.notice.message);
  }
  return { record };
}

export function replaceProgress(next: ProgressRecord): boolean {
  record = next;
  const store = localStorageOrNull();
  const saved = store ? saveProgress(store, next) : false;
  for (const listener of listeners) listener();
  return saved;
}

/** Read the record again from storage (after it was deleted there), and tell the page. */
export function reloadProgress(): void {
  const store = localStorageOrNull();
  record = store ? loadProgress(store).record : record;
  for (const listener of listeners) listener();
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
