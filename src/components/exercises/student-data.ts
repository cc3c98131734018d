/**
 * "Delete my progress": apart from the progress store, so that only the progress page, which
 * offers it, loads the list of what the course keeps.
 */
import { REMEMBERED_ASSIGNMENTS_KEY } from '../../lib/assignments/remembered';
import { PROGRESS_KEY, STUDENT_NAME_KEY } from '../../lib/progress';
import { SET_ASIDE_KEY } from '../../lib/set-aside';
import { localStorageOrNull, removeAndVerify } from '../../lib/storage';
import { reloadProgress } from './progress-store';

/** What "Delete my progress" removes: the record, the copies set aside, the name typed for hand-ins, and the assignments opened. */
export const STUDENT_KEYS = [PROGRESS_KEY, SET_ASIDE_KEY, STUDENT_NAME_KEY, REMEMBERED_ASSIGNMENTS_KEY] as const;

/**
 * Delete everything the course keeps about this student in this browser, and check it is gone.
 * The record shown afterwards is what the browser really holds. False if anything is still stored.
 */
export function deleteStudentData(): boolean {
  const store = localStorageOrNull();
  const left = store ? removeAndVerify(store, STUDENT_KEYS) : [...STUDENT_KEYS];
  reloadProgress();
  return left.length === 0;
}
