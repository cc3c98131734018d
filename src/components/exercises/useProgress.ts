import { useEffect, useState } from 'react';
import { emptyProgress, type ProgressRecord } from '../../lib/progress';
import { useHydrated } from './common';
import { currentProgress, subscribe } from './progress-store';

/** The student's progress record, kept up to date; empty until the island has hydrated. */
export function useProgress(): { hydrated: boolean; record: ProgressRecord } {
  const hydrated = useHydrated();
  const [record, setRecord] = useState<ProgressRecord>(emptyProgress);
  useEffect(() => {
    if (!hydrated) return;
    const update = () => setRecord(currentProgress().record);
    update();
    return subscribe(update);
  }, [hydrated]);
  return { hydrated, record };
}
