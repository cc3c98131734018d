/**
 * The workbench: any text a student brings, worked through with the course's tools. The marking
 * is the highlight exercise's own (word by word or clause by clause, by pointer, keyboard or
 * screen reader); the rest is plain form controls. Everything stays in this browser and in files
 * the student saves; nothing is sent anywhere.
 */
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type ReactNode, type SyntheticEvent } from 'react';
import { decodeAssignment } from '../../lib/assignments/assignment-link';
import type { HighlightPublic } from '../../lib/exercises/highlight/schema';
import { runsOf, spanText } from '../../lib/exercises/highlight/words';
import { TECHNIQUES, techniqueById, type TechniqueId } from '../../lib/techniques';
import { CUE_KINDS, findCues } from '../../lib/workbench/cues';
import {
  addMark,
  fileNameFor,
  MAX_FILE_BYTES,
  MAX_TEXT_LENGTH,
  newWork,
  passageOf,
  readWork,
  serializeWork,
  VOICE_LABELS,
  VOICES,
  WEIGHT_LABELS,
  WEIGHTS,
  WORKBENCH_KEY,
  WORKBENCH_SET_ASIDE_KEY,
  type Voice,
  type WorkbenchRecord,
} from '../../lib/workbench/record';
import { localStorageOrNull } from '../../lib/storage';
import { downloadFile } from '../exercises/browser-files';
import { useHydrated } from '../exercises/common';
import { highlightView } from '../exercises/HighlightView';

export interface ChecklistModule {
  id: string;
  title: string;
  questions: string[];
}

type Notice = { kind: 'ok' | 'problem'; text: string } | null;

/** A text that came with an assignment link (the link's fragment, as on the assignment page). */
interface TeacherText {
  assignment: string;
  title: string;
  body: string;
}

/** The text an assignment link carries, or why it cannot be read; null when the address has none. */
async function teacherTextIn(hash: string): Promise<{ text: TeacherText } | { error: string } | null> {
  if (hash.replace(/^#/, '').trim() === '') return null;
  const decoded = await decodeAssignment(hash, null);
  if (!decoded.ok) return { error: decoded.error };
  const { text, title } = decoded.assignment;
  return text ? { text: { assignment: title, title: text.title, body: text.body } } : null;
}

/** The saved work, or why it could not be read (the raw text is then kept aside, never dropped). */
function loadSaved(): { work: WorkbenchRecord | null; notice: Notice } {
  const store = localStorageOrNull();
  let raw: string | null = null;
  try {
    raw = store?.getItem(WORKBENCH_KEY) ?? null;
  } catch {
    return { work: null, notice: { kind: 'problem', text: 'This browser does not let the page keep your work. Save it to a file as you go.' } };
  }
  if (raw === null) return { work: null, notice: null };
  const read = readWork(raw);
  if (read.ok) return { work: read.work, notice: read.dropped ? { kind: 'problem', text: `${read.dropped} of your marks no longer fitted the text and were left out.` } : null };
  try {
    store?.setItem(WORKBENCH_SET_ASIDE_KEY, raw);
    store?.removeItem(WORKBENCH_KEY);
  } catch {
    // Left where it was: the next visit tries again.
  }
  return { work: null, notice: { kind: 'problem', text: `Your saved work could not be read (${read.error}) A copy is kept in this browser under ${WORKBENCH_SET_ASIDE_KEY}.` } };
}

/**
 * The text with its marks, as the reader shows a document: tint, underline pattern and letter code,
 * and the technique's name for a screen reader. A mark that overlaps an earlier one is listed
 * under "Your marks" only.
 */
function MarkedText({ work, words }: { work: WorkbenchRecord; words: HighlightPublic['words'] }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  let lastWord = 0;
  for (const m of work.marks) {
    if (m.from < lastWord) continue;
    const start = words[m.from]!.start;
    const end = words[m.to - 1]!.end;
    const t = techniqueById(m.technique);
    pieces.push(work.text.slice(at, start));
    pieces.push(
      <mark key={`${m.from}-${m.technique}`} className="hl" data-technique={t.id} data-pattern={t.pattern}>
        <span className="visually-hidden">{t.label}: </span>
        {work.text.slice(start, end)}
        <span className="hl__code" aria-hidden="true">
          {' '}
          {t.code}
        </span>
      </mark>,
    );
    at = end;
    lastWord = m.to;
  }
  pieces.push(work.text.slice(at));
  // With no marks yet it is the passage above over again: only paper needs it then.
  return <blockquote className={work.marks.length ? 'excerpt__text workbench__text' : 'excerpt__text workbench__text workbench__text--paper'}>{pieces}</blockquote>;
}

const GROUPS = [
  { role: 'problem', title: 'Problems' },
  { role: 'control', title: 'Good practice' },
  { role: 'context', title: 'Who is behind it' },
] as const;

export default function Workbench({ modules, base }: { modules: ChecklistModule[]; base: string }) {
  const hydrated = useHydrated();
  const [work, setWork] = useState<WorkbenchRecord | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [kept, setKept] = useState<boolean | null>(null);
  const [selection, setSelection] = useState<number[]>([]);
  const [technique, setTechnique] = useState<TechniqueId | null>(null);
  const [voice, setVoice] = useState<Voice>('author');
  const [status, setStatus] = useState('');
  const [confirmNew, setConfirmNew] = useState(false);
  /** A teacher's text waiting while other work is open: never swapped in without the student's say. */
  const [offered, setOffered] = useState<TeacherText | null>(null);
  const markArea = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  /** Set when a text is started or opened: the form that had the focus is gone, so the focus goes to the title. */
  const focusTitle = useRef(false);
  const id = useId();

  useEffect(() => {
    void teacherTextIn(window.location.hash).then((teacher) => {
      const saved = loadSaved();
      if (teacher && 'error' in teacher) {
        setWork(saved.work);
        setNotice({ kind: 'problem', text: `The text in this link could not be opened: ${teacher.error}` });
      } else if (teacher && !saved.work) {
        setWork(newWork(teacher.text.title, teacher.text.body, new Date()));
        setNotice({ kind: 'ok', text: `Your teacher’s text for “${teacher.text.assignment}”. Your work on it is kept in this browser as you go.` });
      } else {
        setWork(saved.work);
        setNotice(saved.notice);
        // Already at work on this very text (a reload, or the link opened again): nothing to ask.
        if (teacher && saved.work && saved.work.text !== teacher.text.body) setOffered(teacher.text);
      }
    });
  }, []);

  useEffect(() => {
    if (work && focusTitle.current) {
      focusTitle.current = false;
      title.current?.focus();
    }
  }, [work]);

  // Every change is kept at once: a reload, a crash or a closed tab loses nothing.
  useEffect(() => {
    if (!work) return;
    try {
      localStorageOrNull()?.setItem(WORKBENCH_KEY, serializeWork(work));
      setKept(true);
    } catch {
      setKept(false);
    }
  }, [work]);

  const passage = useMemo(() => (work ? passageOf(work) : null), [work?.text, work?.title]);
  const cues = useMemo(() => (passage ? findCues(passage.excerpt.text, passage.words) : []), [passage]);
  const update = (change: Partial<WorkbenchRecord>) => setWork((w) => (w ? { ...w, ...change, updatedAt: new Date().toISOString() } : w));

  const start = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('text') ?? '');
    if (text.trim() === '') {
      setNotice({ kind: 'problem', text: 'Paste or type a text first.' });
      return;
    }
    if (text.length > MAX_TEXT_LENGTH) {
      setNotice({ kind: 'problem', text: `This text is longer than the workbench takes (${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters): take it a part at a time.` });
      return;
    }
    focusTitle.current = true;
    setWork(newWork(String(form.get('title') ?? '') || 'My text', text, new Date()));
    setSelection([]);
    setNotice(null);
  };

  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setNotice({ kind: 'problem', text: `“${file.name}” was not opened: this file is too large to be a workbench file. Your current work is unchanged.` });
      return;
    }
    const read = readWork(await file.text());
    if (!read.ok) {
      setNotice({ kind: 'problem', text: `“${file.name}” was not opened: ${read.error} Your current work is unchanged.` });
      return;
    }
    focusTitle.current = true;
    setWork(read.work);
    setSelection([]);
    setNotice({ kind: 'ok', text: `Opened “${file.name}”: ${read.work.title}, with ${read.work.marks.length} marks.${read.dropped ? ` ${read.dropped} marks did not fit the text and were left out.` : ''}` });
  };

  /** The passage's own control (the word marker, or the first clause): where marking goes on from. */
  const focusPassage = () => markArea.current?.querySelector<HTMLElement>('[role="slider"], [role="checkbox"]')?.focus({ preventScroll: true });

  const addMarks = () => {
    if (!work || !passage || !technique || selection.length === 0) return;
    const runs = runsOf(selection);
    let marks = work.marks;
    for (const run of runs) marks = addMark(marks, { ...run, technique, voice });
    update({ marks });
    setSelection([]);
    // The button is disabled until the next selection: the focus goes back to the passage to mark on.
    focusPassage();
    setStatus(`Marked ${runs.map((r) => `“${spanText(passage, r.from, r.to)}”`).join(', ')} as ${techniqueById(technique).label}, ${VOICE_LABELS[voice]}.`);
  };

  const lookAt = (from: number, to: number) => {
    if (!passage) return;
    setSelection(Array.from({ length: to - from }, (_, k) => from + k));
    markArea.current?.scrollIntoView({ block: 'start' });
    focusPassage();
    setStatus(`Selected “${spanText(passage, from, to)}”. Read its sentence, then label it if you judge it a problem or good practice.`);
  };

  const fileControls = (
    <label className="button button--quiet file-button">
      Open a workbench file
      <input type="file" accept=".json,application/json" className="visually-hidden" disabled={!hydrated} onChange={(e) => void openFile(e)} />
    </label>
  );

  const noticeBox = notice && (
    <p className={notice.kind === 'ok' ? 'message' : 'message message--error'} role={notice.kind === 'ok' ? 'status' : 'alert'}>
      {notice.text}
    </p>
  );

  if (!work || !passage) {
    return (
      <div className="workbench">
        {noticeBox}
        <form className="panel workbench__start" onSubmit={start}>
          <h2>Bring a text</h2>
          <p>Paste an article, a post or a comment thread: anything you want to weigh. It stays in this browser; nothing is sent anywhere.</p>
          <label className="field-label" htmlFor={`${id}-title`}>
            Title or where it is from
          </label>
          <input id={`${id}-title`} type="text" name="title" className="rewrite" maxLength={200} />
          <label className="field-label" htmlFor={`${id}-text`}>
            The text
          </label>
          <textarea id={`${id}-text`} name="text" className="rewrite" rows={10} />
          <div className="button-row">
            <button type="submit" className="button" disabled={!hydrated}>
              Start work on this text
            </button>
            {fileControls}
          </div>
        </form>
      </div>
    );
  }

  const startOnOffered = () => {
    if (!offered) return;
    focusTitle.current = true;
    setWork(newWork(offered.title, offered.body, new Date()));
    setSelection([]);
    setOffered(null);
    setNotice({ kind: 'ok', text: `Your teacher’s text for “${offered.assignment}”. Your work on it is kept in this browser as you go.` });
  };

  const View = highlightView.Body;
  return (
    <div className="workbench">
      {noticeBox}
      {offered && (
        <section className="panel workbench__offer" aria-labelledby={`${id}-offer`}>
          <h2 id={`${id}-offer`}>Your teacher’s text is waiting</h2>
          <p>
            The assignment “{offered.assignment}” gives you “{offered.title}” to work through. You are working on “{work.title}”. Starting on the
            teacher’s text clears that work from this browser: save it to a file first to keep it.
          </p>
          <div className="button-row">
            <button type="button" className="button button--quiet" onClick={() => downloadFile(fileNameFor(work), serializeWork(work), 'application/json')}>
              Save my current work to a file
            </button>
            <button type="button" className="button" onClick={startOnOffered}>
              Start on the teacher’s text
            </button>
            <button type="button" className="button button--quiet" onClick={() => setOffered(null)}>
              Keep my current work
            </button>
          </div>
        </section>
      )}
      {kept === false && (
        <p className="message message--error" role="alert">
          This browser is not keeping your work. Save it to a file before you leave the page.
        </p>
      )}
      <div className="workbench__bar no-print">
        <button type="button" className="button button--quiet" onClick={() => downloadFile(fileNameFor(work), serializeWork(work), 'application/json')}>
          Save to a file
        </button>
        {fileControls}
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          Print
        </button>
        {confirmNew ? (
          <span className="workbench__confirm" role="group" aria-label="Start a new text?">
            This clears the text and your marks from this browser (save to a file first to keep them).{' '}
            <button
              type="button"
              className="button button--danger button--small"
              onClick={() => {
                localStorageOrNull()?.removeItem(WORKBENCH_KEY);
                setWork(null);
                setConfirmNew(false);
              }}
            >
              Clear and start a new text
            </button>{' '}
            <button type="button" className="button button--quiet button--small" onClick={() => setConfirmNew(false)}>
              Keep working
            </button>
          </span>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setConfirmNew(true)}>
            Start a new text
          </button>
        )}
      </div>
      <h2 className="workbench__title" ref={title} tabIndex={-1}>
        {work.title}
      </h2>

      <section className="panel" aria-labelledby={`${id}-mark`} ref={markArea}>
        <h3 id={`${id}-mark`}>1. Mark what you find</h3>
        <p>Mark a phrase, say what it is and whose words they are, then add the mark. Mark good practice too: a named source, a fair hedge.</p>
        <View exercise={passage} answer={{ marked: selection }} onChange={(a) => setSelection(a.marked)} locked={false} base={base} />
        <fieldset className="workbench__palette">
          <legend>The marked words are</legend>
          {GROUPS.map((group) => (
            <div key={group.role} className="workbench__group">
              <p className="workbench__group-title">{group.title}</p>
              {TECHNIQUES.filter((t) => t.role === group.role).map((t) => (
                <label key={t.id} className="option">
                  <input type="radio" name={`${id}-technique`} checked={technique === t.id} onChange={() => setTechnique(t.id)} />{' '}
                  <span className="swatch" data-technique={t.id} aria-hidden="true">
                    {t.code}
                  </span>{' '}
                  {t.label}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <fieldset className="workbench__voice">
          <legend>Whose words are they?</legend>
          {VOICES.map((v) => (
            <label key={v} className="option">
              <input type="radio" name={`${id}-voice`} checked={voice === v} onChange={() => setVoice(v)} /> {VOICE_LABELS[v]}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" onClick={addMarks} disabled={!technique || selection.length === 0}>
          Add this mark
        </button>
        <p className="workbench__status" role="status">
          {status}
        </p>
        <h4>Your marks ({work.marks.length})</h4>
        <MarkedText work={work} words={passage.words} />
        {work.marks.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="workbench__marks">
            {work.marks.map((m) => {
              const t = techniqueById(m.technique);
              const text = spanText(passage, m.from, m.to);
              return (
                <li key={`${m.from}-${m.to}-${m.technique}`}>
                  <span className="technique-tag" data-technique={t.id}>
                    <span className="swatch" aria-hidden="true">
                      {t.code}
                    </span>{' '}
                    {t.label}
                  </span>{' '}
                  <strong>“{text}”</strong> · {VOICE_LABELS[m.voice]}{' '}
                  <button
                    type="button"
                    className="button button--quiet button--small no-print"
                    aria-label={`Remove the mark on “${text}”`}
                    onClick={() => update({ marks: work.marks.filter((x) => x !== m) })}
                  >
                    Remove
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="panel no-print" aria-labelledby={`${id}-cues`}>
        <h3 id={`${id}-cues`}>2. Places to look</h3>
        <p>
          These phrases often hide a problem, and sometimes do not. They are questions, not verdicts: read each one in its sentence and
          decide.
        </p>
        {cues.length === 0 ? (
          <p className="muted">None of the phrases the course teaches appear here. That is not a sign the text is sound: read it closely.</p>
        ) : (
          <ul className="workbench__cues">
            {cues.map((c) => (
              <li key={`${c.from}-${c.to}`}>
                <strong>“{spanText(passage, c.from, c.to)}”</strong> {CUE_KINDS[c.kind]}{' '}
                <button type="button" className="button button--quiet button--small" onClick={() => lookAt(c.from, c.to)}>
                  Select these words
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby={`${id}-checklist`}>
        <h3 id={`${id}-checklist`}>3. The course's questions</h3>
        {modules.map((m) => (
          <details key={m.id} className="workbench__module" open={m.questions.some((_, n) => work.answers[`${m.id}:${n}`])}>
            <summary>{m.title}</summary>
            {m.questions.map((q, n) => {
              const key = `${m.id}:${n}`;
              return (
                <div key={key} className="workbench__question">
                  <label className="field-label" htmlFor={`${id}-${key}`}>
                    {q}
                  </label>
                  <textarea
                    id={`${id}-${key}`}
                    className="rewrite"
                    rows={2}
                    value={work.answers[key] ?? ''}
                    onChange={(e) => update({ answers: { ...work.answers, [key]: e.target.value } })}
                  />
                </div>
              );
            })}
          </details>
        ))}
      </section>

      <section className="panel" aria-labelledby={`${id}-verdict`}>
        <h3 id={`${id}-verdict`}>4. Your verdict</h3>
        <fieldset>
          <legend>How much weight can this text bear?</legend>
          {WEIGHTS.map((w) => (
            <label key={w} className="option">
              <input type="radio" name={`${id}-weight`} checked={work.verdict.weight === w} onChange={() => update({ verdict: { ...work.verdict, weight: w } })} />{' '}
              {WEIGHT_LABELS[w]}
            </label>
          ))}
        </fieldset>
        <label className="field-label" htmlFor={`${id}-why`}>
          Why? Name what you could check and what you could not.
        </label>
        <textarea id={`${id}-why`} className="rewrite" rows={4} value={work.verdict.why} onChange={(e) => update({ verdict: { ...work.verdict, why: e.target.value } })} />
      </section>
    </div>
  );
}
