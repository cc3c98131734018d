import { useEffect, useState } from 'react';
import { emptyProgress, type ProgressRecord } from '../../lib/progress';
import { currentProgress, subscribe } from './progress-store';

/**
 * The student's progress record, kept up to date; empty until the island has hydrated. Hydrated and
 * the saved record arrive in one render, so no frame shows a hydrated island with empty progress.
 */
export function useProgress(): { hydrated: boolean; record: ProgressRecord } {
  const [state, setState] = useState(() => ({ hydrated: false, record: emptyProgress() }));
  useEffect(() => {
    const update = () => setState({ hydrated: true, record: currentProgress().record });
    update();
    return subscribe(update);
  }, []);
  return state;
}
