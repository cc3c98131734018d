import { useEffect, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { biasNote, withRates } from '../../lib/exercises/discernment';
import { type ProgressRecord } from '../../lib/progress';
import { exportProgress, importProgress, mergeProgress, readSetAsideCopy } from '../../lib/progress-file';
import { readSetAside, removeSetAside, type SetAsideCopy } from '../../lib/set-aside';
import { localStorageOrNull } from '../../lib/storage';
import { downloadFile } from './browser-files';
import { percent } from './common';
import { deleteStudentData, replaceProgress } from './progress-store';
import { useProgress } from './useProgress';

export interface ProgressItem {
  id: string;
  title: string;
  kind: string;
  /** Where to find it. */
  href: string;
  /** Exercises: the module it belongs to, if any, and whether it judges problem against sound. */
  module?: string;
  judgesProblems?: boolean;
}

/** Problems found and sound items left alone over the tried problem-or-sound exercises, per module and overall. */
function judgements(exercises: ProgressItem[], record: ProgressRecord) {
  const groups = new Map<string, [number, number, number, number]>();
  for (const e of exercises) {
    const d = e.judgesProblems ? record.exercises[e.id]?.discernment : undefined;
    if (!d) continue;
    for (const group of [e.module ?? 'Practice page', 'All exercises']) {
      const t = groups.get(group) ?? [0, 0, 0, 0];
      groups.set(group, [t[0] + d[0], t[1] + d[1], t[2] + d[2], t[3] + d[3]]);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => Number(a === 'All exercises') - Number(b === 'All exercises')).map(([group, [hits, misses, correctRejections, falseAlarms]]) => ({
    group,
    discernment: withRates({ hits, misses, correctRejections, falseAlarms }),
  }));
}

interface Props {
  exercises: ProgressItem[];
  lessons: ProgressItem[];
}

const dateFormat = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function storedCopies(): SetAsideCopy[] {
  const storage = localStorageOrNull();
  return storage ? readSetAside(storage) : [];
}

/** The progress page: what is done, and export, import and reset. */
export default function ProgressPanel({ exercises, lessons }: Props) {
  const { hydrated, record } = useProgress();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [copies, setCopies] = useState<SetAsideCopy[]>([]);
  useEffect(() => {
    if (hydrated) setCopies(storedCopies());
  }, [hydrated, record]);

  if (!hydrated) {
    return <p className="no-js-note">Your progress is kept in this browser. Turn on JavaScript to see it, save it to a file, or load it back.</p>;
  }

  const download = () => {
    downloadFile(`read-the-source-progress-${new Date().toISOString().slice(0, 10)}.json`, exportProgress(record, new Date()), 'application/json');
    setMessage({ text: 'Your progress was saved to a file in your downloads.', error: false });
  };

  const readFile = async (file: File) => {
    const result = importProgress(await file.text());
    if (!result.ok) {
      setMessage({ text: `“${file.name}” was not loaded. ${result.error}`, error: true });
      return;
    }
    const saved = replaceProgress(mergeProgress(record, result.record));
    setMessage({ text: `Progress from “${file.name}” was added to this browser${saved ? '' : ', but this browser could not save it'}.`, error: !saved });
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void readFile(file);
    event.target.value = '';
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const reset = () => {
    const deleted = deleteStudentData();
    setConfirmReset(false);
    setMessage(
      deleted
        ? { text: 'Your progress, the copies set aside and your saved name were deleted from this browser.', error: false }
        : {
            text: 'This browser did not delete your progress: it is still stored. To remove it, clear this site’s data in the browser’s settings, or ask whoever looks after this computer.',
            error: true,
          },
    );
  };

  const restore = (copy: SetAsideCopy) => {
    const reading = readSetAsideCopy(copy.raw);
    if (!reading.ok) return;
    const saved = replaceProgress(mergeProgress(record, reading.record));
    const what = `${plural(reading.exercises, 'exercise')} and ${plural(reading.lessons, 'lesson')}`;
    setMessage(
      saved
        ? { text: `Brought back ${what} from the copy${reading.damaged ? ' (its damaged entries stay in the copy)' : ''}. The copy is still kept.`, error: false }
        : { text: `The copy was read, but this browser could not save it.`, error: true },
    );
  };
  const saveCopy = (copy: SetAsideCopy, index: number) => {
    downloadFile(`read-the-source-set-aside-${(copy.savedAt ?? 'earlier').slice(0, 10)}-${index + 1}.txt`, copy.raw, 'text/plain');
    setMessage({ text: 'The copy was saved to a file in your downloads, exactly as it was found.', error: false });
  };
  const forget = (index: number) => {
    const storage = localStorageOrNull();
    const removed = storage !== null && removeSetAside(storage, index);
    setCopies(storedCopies());
    setMessage(removed ? { text: 'The copy was deleted.', error: false } : { text: 'This browser did not delete the copy.', error: true });
  };

  const done = exercises.filter((e) => record.exercises[e.id]);
  const leanings = judgements(exercises, record);
  const lessonsDone = lessons.filter((l) => record.lessons[l.id]);
  return (
    <div className="progress-panel">
      <section aria-labelledby="progress-lessons">
        <h2 id="progress-lessons">Lessons</h2>
        {lessons.length === 0 ? (
          <p>There are no lessons yet.</p>
        ) : (
          <>
            <p>
              {lessonsDone.length} of {lessons.length} lessons done.
            </p>
            <ul className="progress-list">
              {lessons.map((l) => (
                <li key={l.id} data-lesson={l.id} data-done={record.lessons[l.id] ? 'true' : 'false'}>
                  <a href={l.href}>{l.title}</a>{' '}
                  {record.lessons[l.id] ? <span className="verdict verdict--right">✓ Done {dateFormat(record.lessons[l.id]!.completedAt)}</span> : <span className="muted">Not done yet</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="progress-exercises">
        <h2 id="progress-exercises">Exercises</h2>
        <p>
          {done.length} of {exercises.length} exercises tried.
        </p>
        {done.length > 0 && (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Exercises you have tried</caption>
              <thead>
                <tr>
                  <th scope="col">Exercise</th>
                  <th scope="col">Last score</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last tried</th>
                </tr>
              </thead>
              <tbody>
                {done.map((e) => {
                  const entry = record.exercises[e.id]!;
                  return (
                    <tr key={e.id} data-exercise={e.id}>
                      <th scope="row">
                        <a href={e.href}>{e.title}</a> <span className="muted">({e.kind})</span>
                      </th>
                      <td>{percent(entry.score)}</td>
                      <td>{entry.attempts}</td>
                      <td>{dateFormat(entry.updatedAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {leanings.length > 0 && (
        <section aria-labelledby="progress-lean">
          <h2 id="progress-lean">Problems found, and sound items left alone</h2>
          <p>From your last answer to each highlight and sorting exercise. A careful reader finds the problems and also leaves sound sources alone.</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Where</th>
                  <th scope="col">Problems found</th>
                  <th scope="col">Sound items left alone</th>
                  <th scope="col">Which way you lean</th>
                </tr>
              </thead>
              <tbody>
                {leanings.map(({ group, discernment: d }) => (
                  <tr key={group} data-lean={group}>
                    <th scope="row">{group}</th>
                    <td>{d.hits + d.misses ? `${d.hits} of ${d.hits + d.misses}` : '—'}</td>
                    <td>{d.correctRejections + d.falseAlarms ? `${d.correctRejections} of ${d.correctRejections + d.falseAlarms}` : '—'}</td>
                    <td>{biasNote(d) ?? 'No lean either way.'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="progress-keep" className="progress-actions">
        <h2 id="progress-keep">Keep or move your progress</h2>
        <p>Your progress is stored only in this browser. Save it to a file to keep it safe or to carry it to another device.</p>
        <div className="button-row">
          <button type="button" className="button" onClick={download}>
            Save progress to a file
          </button>
          <button type="button" className="button button--quiet" onClick={() => fileInput.current?.click()}>
            Load progress from a file
          </button>
          <input ref={fileInput} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-hidden="true" onChange={onFile} />
        </div>
        <div className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          Or drop a progress file here.
        </div>
        {copies.length > 0 && (
          <>
            <h3 id="progress-set-aside">Copies set aside</h3>
            <p>When saved progress is damaged, the course keeps the damaged copy here (the last few) and goes on with what it can read.</p>
            <ul className="set-aside-list" aria-labelledby="progress-set-aside">
              {copies.map((copy, index) => {
                const reading = readSetAsideCopy(copy.raw);
                const label = copy.savedAt ? `Set aside ${dateFormat(copy.savedAt)}` : 'Set aside by an earlier version';
                return (
                  <li key={`${copy.savedAt}-${index}`} data-set-aside={index}>
                    <p>
                      <strong>{label}.</strong> {copy.message}{' '}
                      {reading.ok ? `It holds ${plural(reading.exercises, 'exercise')} and ${plural(reading.lessons, 'lesson')} this version can read.` : reading.reason}
                    </p>
                    <div className="button-row" role="group" aria-label={label}>
                      {reading.ok && (
                        <button type="button" className="button button--small" onClick={() => restore(copy)}>
                          Bring back what it holds
                        </button>
                      )}
                      <button type="button" className="button button--quiet button--small" onClick={() => saveCopy(copy, index)}>
                        Save the copy to a file
                      </button>
                      <button type="button" className="button button--quiet button--small" onClick={() => forget(index)}>
                        Delete the copy
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <h3>Start again</h3>
        {confirmReset ? (
          <div className="button-row" role="group" aria-label="Confirm deleting your progress">
            <span>Delete all progress in this browser, the copies set aside and your saved name? This cannot be undone.</span>
            <button type="button" className="button button--danger" onClick={reset}>
              Yes, delete my progress
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirmReset(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setConfirmReset(true)}>
            Delete my progress…
          </button>
        )}
        <p className={message?.error ? 'message message--error' : 'message'} role="status">
          {message?.text}
        </p>
      </section>
    </div>
  );
}
