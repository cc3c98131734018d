import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { decodeAssignment, type Assignment, type AssignmentResult } from '../../lib/assignments/assignment-link';
import { answerSignature } from '../../lib/assignments/answer-signature';
import { rememberAssignment } from '../../lib/assignments/remembered';
import { encodeResultCode, type ItemResult } from '../../lib/assignments/result-code';
import { runtimeOf } from '../../lib/exercises/registry';
import type { Answer, ExerciseType } from '../../lib/exercises/types';
import { STUDENT_NAME_KEY, type ProgressRecord } from '../../lib/progress';
import { localStorageOrNull } from '../../lib/storage';
import { copyText, downloadFile } from '../exercises/browser-files';
import { dayInWords, percent } from '../../lib/format';
import { useProgress } from '../exercises/useProgress';
import { moduleChecks, type ModuleCheckIds } from '../../lib/check-summary';

export interface AssignmentLesson {
  id: string;
  title: string;
  href: string;
  module: string;
  moduleId: string;
  exercises: { id: string; type: ExerciseType }[];
}

interface Props {
  lessons: AssignmentLesson[];
  /** Every module's checks: a hand-in carries those of the assignment's modules, and the reviews done. */
  modules: ModuleCheckIds[];
  /** The workbench page, where an assignment's text is worked through. */
  workbenchHref: string;
}

function itemsFor(lessons: AssignmentLesson[], record: ProgressRecord): ItemResult[] {
  return lessons.flatMap((l) =>
    l.exercises.flatMap(({ id, type }) => {
      const saved = record.exercises[id];
      if (!saved) return [];
      let answer = '';
      try {
        answer = answerSignature(type, saved.answer as Answer);
      } catch {
        answer = '';
      }
      // Discernment only for problem-or-sound judgements (older records kept it for every type).
      const discernment = runtimeOf(type).judgesProblems ? (saved.discernment ?? null) : null;
      return [{ exercise: id, score: saved.score, discernment, answer }];
    }),
  );
}

const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'result';

/** The student's side of an assignment: what to do, how far they are, and handing in. */
export default function AssignmentView({ lessons, modules, workbenchHref }: Props) {
  const { hydrated, record } = useProgress();
  /** The link's fragment, once read (null before the island has run). */
  const [fragment, setFragment] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const codeField = useRef<HTMLTextAreaElement>(null);
  const nameId = useId();

  useEffect(() => {
    if (!hydrated) return;
    const read = () => setFragment(window.location.hash);
    read();
    try {
      setName(localStorage.getItem(STUDENT_NAME_KEY) ?? '');
    } catch {
      // no storage: the student types the name each time
    }
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [hydrated]);

  /** The assignment read from the fragment (null until it has been read). */
  const [decoded, setDecoded] = useState<AssignmentResult | null>(null);
  useEffect(() => {
    if (fragment === null) return;
    let current = true;
    void decodeAssignment(fragment, new Set(lessons.map((l) => l.id))).then((result) => current && setDecoded(result));
    return () => {
      current = false;
    };
  }, [fragment, lessons]);
  // Remembered so the lessons it names can lead back here, and the progress page can list it.
  useEffect(() => {
    const storage = localStorageOrNull();
    if (fragment !== null && decoded?.ok && storage) rememberAssignment(storage, fragment, decoded.assignment, new Date());
    // Once per link: `decoded` is a new object each render, but follows from the fragment.
  }, [decoded?.ok, fragment]);

  // The heading is in the page from the start; hydration only puts the assignment's title in it.
  if (!hydrated || !decoded?.ok) {
    return (
      <div className="assignment">
        <p className="eyebrow">Assignment</p>
        <h1>Your assignment</h1>
        {!hydrated ? (
          <p className="no-js-note">Assignments need JavaScript: your progress and your result code are made in this browser.</p>
        ) : (
          decoded &&
          !decoded.ok && (
            <div className="panel" role="alert">
              <h2>This assignment link cannot be opened</h2>
              <p>{decoded.error}</p>
            </div>
          )
        )}
      </div>
    );
  }
  const assignment: Assignment = decoded.assignment;
  const chosen = assignment.lessons.map((id) => lessons.find((l) => l.id === id)!);
  const items = itemsFor(chosen, record);
  const total = chosen.reduce((sum, l) => sum + l.exercises.length, 0);

  const handIn = (event: SubmitEvent) => {
    event.preventDefault();
    const student = name.trim();
    if (student === '') {
      setStatus('Type your name first, so your teacher knows whose result it is.');
      return;
    }
    try {
      localStorage.setItem(STUDENT_NAME_KEY, student);
    } catch {
      // the name is only a convenience
    }
    const checks = moduleChecks(modules.filter((m) => chosen.some((l) => l.moduleId === m.id)), record);
    setCode(encodeResultCode({ assignment: decoded.key, title: assignment.title, student, submittedAt: new Date().toISOString(), items, assigned: chosen.flatMap((l) => l.exercises.map((e) => e.id)), checks }));
    setStatus('Your result code is ready below.');
  };

  return (
    <div className="assignment">
      <p className="eyebrow">Assignment</p>
      <h1>{assignment.title}</h1>
      {assignment.due && <p className="assignment__due">Due {dayInWords(assignment.due)}</p>}
      <section aria-labelledby="assignment-todo">
        <h2 id="assignment-todo">What to do</h2>
        <ol className="assignment__list">
          {assignment.text && (
            <li data-workbench-text="">
              Work through “{assignment.text.title}” on the <a href={`${workbenchHref}#${fragment?.replace(/^#/, '') ?? ''}`}>workbench</a>: mark what you find, answer
              the questions and give your verdict, then save your work to a file and hand the file in.
            </li>
          )}
          {chosen.map((l) => {
            const tried = l.exercises.filter((e) => record.exercises[e.id]).length;
            const done = Boolean(record.lessons[l.id]);
            return (
              <li key={l.id} data-lesson={l.id}>
                <a href={l.href}>{l.title}</a> <span className="muted">({l.module})</span>{' '}
                {done ? <span className="verdict verdict--right">✓ Done</span> : <span className="muted">Not done yet</span>}
                <span className="assignment__count">
                  {' '}
                  · {tried} of {l.exercises.length} exercises tried
                </span>
              </li>
            );
          })}
        </ol>
        {total > 0 && (
          <p>
            You have tried {items.length} of {total} exercises
            {items.length > 0 && `, with an average score of ${percent(items.reduce((s, i) => s + i.score, 0) / items.length)}`}.
          </p>
        )}
      </section>
      {chosen.length > 0 && <section aria-labelledby="assignment-hand-in" className="panel">
        <h2 id="assignment-hand-in">Hand in</h2>
        <p>When you have finished, make a result code and give it to your teacher. It holds your name, the assignment's title, the time you made it, and for each exercise your score and a short form of your answer (for a rewrite, your own sentence). Nothing else.</p>
        <form onSubmit={handIn} noValidate>
          <div className="field">
            <label htmlFor={nameId}>Your name</label>
            <input id={nameId} type="text" autoComplete="name" value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
            <p className="hint">Your name stays in this browser. It is only in the code you hand in.</p>
          </div>
          {items.length < total && <p className="hint">You have not tried every exercise yet. You can still hand in, and hand in again later.</p>}
          <button type="submit" className="button">
            Make my result code
          </button>
        </form>
        <p role="status" className="exercise__status">
          {status}
        </p>
        {code && (
          <div className="assignment__code">
            <label className="field-label" htmlFor="result-code">
              Your result code
            </label>
            <textarea id="result-code" ref={codeField} className="code-field" readOnly rows={4} value={code} />
            <div className="button-row">
              <button type="button" className="button" onClick={async () => setStatus((await copyText(code, codeField.current)) ? 'Code copied. Paste it where your teacher asked.' : 'Select the code and copy it.')}>
                Copy the code
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  downloadFile(`${fileSafe(assignment.title)}-${fileSafe(name)}.txt`, `${code}\n`, 'text/plain');
                  setStatus('The code was saved to a file in your downloads.');
                }}
              >
                Save it as a file
              </button>
            </div>
          </div>
        )}
      </section>}
    </div>
  );
}
