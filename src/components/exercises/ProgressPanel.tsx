import { useEffect, useMemo, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { biasNote, withRates } from '../../lib/exercises/discernment';
import { type ProgressRecord } from '../../lib/progress';
import { exportProgress, importProgress, mergeProgress, readSetAsideCopy } from '../../lib/progress-file';
import { readSetAside, removeSetAside, type SetAsideCopy } from '../../lib/set-aside';
import { localStorageOrNull } from '../../lib/storage';
import { continuePoint, stepFinished, type StepRef } from '../../lib/continue-point';
import { rememberedAssignments, type RememberedAssignment } from '../../lib/assignments/remembered';
import { downloadFile } from './browser-files';
import { dayInWords, percent, plural } from '../../lib/format';
import { replaceProgress } from './progress-store';
import { deleteStudentData } from './student-data';
import { useProgress } from './useProgress';

export interface ProgressItem {
  id: string;
  title: string;
  /** The exercise type, in words. */
  kind: string;
  /** Where to find it. */
  href: string;
  /** Whether it judges problem against sound. */
  judgesProblems: boolean;
}

export interface ProgressStep extends StepRef {
  exercises: ProgressItem[];
  /** The delayed check and the reviews: listed, but never the place to continue, since they come weeks later. */
  later?: boolean;
}

export interface ProgressModule {
  title: string;
  steps: ProgressStep[];
}

/** Problems found and sound items left alone over the tried problem-or-sound exercises, per module and overall. */
function judgements(groups: { title: string; exercises: ProgressItem[] }[], record: ProgressRecord) {
  const totals = new Map<string, [number, number, number, number]>();
  for (const { title, exercises } of groups) {
    for (const e of exercises) {
      const d = e.judgesProblems ? record.exercises[e.id]?.discernment : undefined;
      if (!d) continue;
      for (const group of [title, 'All exercises']) {
        const t = totals.get(group) ?? [0, 0, 0, 0];
        totals.set(group, [t[0] + d[0], t[1] + d[1], t[2] + d[2], t[3] + d[3]]);
      }
    }
  }
  return [...totals.entries()].sort(([a], [b]) => Number(a === 'All exercises') - Number(b === 'All exercises')).map(([group, [hits, misses, correctRejections, falseAlarms]]) => ({
    group,
    discernment: withRates({ hits, misses, correctRejections, falseAlarms }),
  }));
}

interface Props {
  modules: ProgressModule[];
  /** Exercises found only on the practice page. */
  practice: ProgressItem[];
  /** The assignment page, for links back to the assignments opened here. */
  assignmentHref: string;
}

const dateFormat = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function storedCopies(): SetAsideCopy[] {
  const storage = localStorageOrNull();
  return storage ? readSetAside(storage) : [];
}

function storedAssignments(): RememberedAssignment[] {
  const storage = localStorageOrNull();
  return storage ? rememberedAssignments(storage) : [];
}

/** A table of the exercises tried, in course order. */
function TriedTable({ caption, rows, record }: { caption: string; rows: { item: ProgressItem; where?: string }[]; record: ProgressRecord }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Exercise</th>
            {rows.some((r) => r.where) && <th scope="col">Where</th>}
            <th scope="col">Last score</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last tried</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ item, where }) => {
            const entry = record.exercises[item.id]!;
            return (
              <tr key={item.id} data-exercise={item.id}>
                <th scope="row">
                  <a href={item.href}>{item.title}</a> <span className="muted">({item.kind})</span>
                </th>
                {where && <td>{where}</td>}
                <td>{percent(entry.score)}</td>
                <td>{entry.attempts}</td>
                <td>{dateFormat(entry.updatedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The progress page: what is done, where to continue, and export, import and reset. */
export default function ProgressPanel({ modules, practice, assignmentHref }: Props) {
  const { hydrated, record } = useProgress();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [copies, setCopies] = useState<SetAsideCopy[]>([]);
  // Read in the same render as the record, so the list is in the first frame that shows the panel;
  // read again when the record changes, as it does when another tab saves.
  const assignments = useMemo(() => (hydrated ? storedAssignments() : []), [hydrated, record]);
  const steps = modules.flatMap((m) => m.steps);
  const lessonSteps = steps.filter((step) => step.lessonId);
  useEffect(() => {
    if (hydrated) setCopies(storedCopies());
  }, [hydrated, record]);

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

  const allExercises = [...steps.flatMap((step) => step.exercises), ...practice];
  const triedCount = allExercises.filter((e) => record.exercises[e.id]).length;
  const leanings = judgements([...modules.map((m) => ({ title: m.title, exercises: m.steps.flatMap((step) => step.exercises) })), { title: 'Practice page', exercises: practice }], record);
  const lessonsDone = lessonSteps.filter((step) => record.lessons[step.lessonId!]);
  const next = continuePoint(steps.filter((step) => !step.later), record);
  const moduleOfStep = (step: ProgressStep) => modules.find((m) => m.steps.includes(step))?.title;
  const practiceTried = practice.filter((e) => record.exercises[e.id]);
  return (
    // Until the record is read, a browser with scripts shows only this first heading, in a box as tall
    // as the screen (global.css): the record then fills in the box, and nothing that was already
    // drawn moves. Without scripts the whole panel shows, every step not started.
    <div className="progress-panel" data-pending={hydrated ? undefined : ''}>
      <section aria-labelledby="progress-continue" className="panel progress-continue">
        <h2 id="progress-continue">Continue where you left off</h2>
        {!hydrated ? (
          <>
            <p className="no-js-note">Your progress is kept in this browser. Turn on JavaScript to see it, save it to a file, or load it back.</p>
            <p className="pending-note">Reading your progress…</p>
          </>
        ) : next.step ? (
          <p>
            {next.resume ? 'You were last working on' : triedCount === 0 && lessonsDone.length === 0 ? 'Start with' : 'Next up:'}{' '}
            <a href={next.step.href} className="progress-continue__link">
              {next.step.label}
            </a>{' '}
            <span className="muted">({moduleOfStep(next.step)})</span>
          </p>
        ) : (
          <p>You have finished every step after the one you did last. Look back over any module below, or try the practice page.</p>
        )}
      </section>

      {assignments.length > 0 && (
        <section aria-labelledby="progress-assignments">
          <h2 id="progress-assignments">Your assignments</h2>
          <ul className="progress-list">
            {assignments.map(({ assignment, fragment }) => {
              const finished = assignment.lessons.filter((id) => record.lessons[id]).length;
              return (
                <li key={fragment}>
                  <a href={`${assignmentHref}#${fragment}`}>{assignment.title}</a>{' '}
                  <span className="muted">
                    · {finished} of {assignment.lessons.length} lessons done
                    {assignment.due && ` · due ${dayInWords(assignment.due)}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="progress-course">
        <h2 id="progress-course">The course, step by step</h2>
        <p>
          {lessonsDone.length} of {lessonSteps.length} lessons done.
        </p>
        <p>
          {triedCount} of {allExercises.length} exercises tried.
        </p>
        {modules.map((m) => {
          const tried = m.steps.flatMap((step) => step.exercises.filter((e) => record.exercises[e.id]).map((item) => ({ item, where: step.label })));
          return (
            <section key={m.title} aria-label={m.title} className="progress-module">
              <h3>{m.title}</h3>
              <ul className="progress-list">
                {m.steps.map((step) => {
                  const done = stepFinished(step, record);
                  const triedHere = step.exercises.filter((e) => record.exercises[e.id]).length;
                  const lesson = step.lessonId ? record.lessons[step.lessonId] : undefined;
                  return (
                    <li key={step.href} data-lesson={step.lessonId} data-done={done ? 'true' : 'false'}>
                      <a href={step.href}>{step.label}</a>{' '}
                      {done ? (
                        <span className="verdict verdict--right">✓ Done{lesson ? ` ${dateFormat(lesson.completedAt)}` : ''}</span>
                      ) : (
                        <span className="muted">{triedHere > 0 ? `${triedHere} of ${step.exercises.length} exercises tried` : 'Not started'}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
              {tried.length > 0 && <TriedTable caption={`Exercises you have tried in ${m.title}`} rows={tried} record={record} />}
            </section>
          );
        })}
        {practiceTried.length > 0 && (
          <section aria-label="Practice page" className="progress-module">
            <h3>Practice page</h3>
            <TriedTable caption="Exercises you have tried on the practice page" rows={practiceTried.map((item) => ({ item }))} record={record} />
          </section>
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
