import { useEffect, useState } from 'react';
import type { ProgressNotice as Notice } from '../../lib/progress';
import { useHydrated } from './common';
import { currentProgress, dismissNotice, subscribe } from './progress-store';

/** Tells the student, once, when saved progress had to be repaired or set aside. */
export default function ProgressNotice({ progressHref }: { progressHref: string }) {
  const hydrated = useHydrated();
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    if (!hydrated) return;
    const update = () => setNotice(currentProgress().notice);
    update();
    return subscribe(update);
  }, [hydrated]);
  if (!notice) return null;
  return (
    <div className="progress-notice" role="alert">
      <p>
        <strong>About your progress:</strong> {notice.message} The page works as usual. <a href={progressHref}>See your progress</a>.
      </p>
      <button type="button" className="button button--quiet button--small" onClick={dismissNotice}>
        Dismiss
      </button>
    </div>
  );
}
