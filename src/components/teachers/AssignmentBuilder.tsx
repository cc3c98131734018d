import { useId, useRef, useState, type SubmitEvent } from 'react';
import { renderSVG } from 'uqr';
import { encodeAssignment } from '../../lib/assignments/assignment-link';
import { fileNameFor, MAX_TEXT_LENGTH, newWork, serializeWork } from '../../lib/workbench/record';
import { copyText, downloadFile } from '../exercises/browser-files';
import { useHydrated } from '../exercises/common';

export interface BuilderModule {
  id: string;
  title: string;
  lessons: { id: string; title: string; minutes: number }[];
}

interface Props {
  modules: BuilderModule[];
  /** The site's base path; the link is made from the address this page was opened at. */
  base: string;
}

/**
 * The longest link shown as a QR code. A code holds at most 2,953 bytes (version 40, the lowest
 * error correction), but one that dense is hard for a phone to read off a projected screen, so
 * longer links get the link and a file instead.
 */
export const QR_MAX_LINK = 1200;

/** Where the student page lives, from this page's own address: works on any host and folder. */
function assignmentPageUrl(base: string): string {
  const here = new URL(window.location.href);
  return new URL(`${base}assignment/`, here.origin === 'null' ? here.href : here.origin).href;
}

export default function AssignmentBuilder({ modules, base }: Props) {
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState('');
  const [textTitle, setTextTitle] = useState('');
  const [textBody, setTextBody] = useState('');
  const linkField = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const dueId = useId();
  const textTitleId = useId();
  const textBodyId = useId();

  if (!hydrated) return <p className="no-js-note">The assignment builder needs JavaScript. Nothing you enter is sent anywhere.</p>;

  const order = modules.flatMap((m) => m.lessons.map((l) => l.id));
  const toggle = (ids: string[], on: boolean) => {
    setChosen((current) => order.filter((id) => (ids.includes(id) ? on : current.includes(id))));
    setLink(null);
  };
  const minutes = modules.flatMap((m) => m.lessons).filter((l) => chosen.includes(l.id)).reduce((sum, l) => sum + l.minutes, 0);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const hasText = textBody.trim() !== '';
    if (title.trim() === '') return setError('Give the assignment a title.');
    if (chosen.length === 0 && !hasText) return setError('Choose at least one lesson, or give a text for the workbench.');
    if (textBody.length > MAX_TEXT_LENGTH) return setError(`The text is longer than the workbench takes (${MAX_TEXT_LENGTH.toLocaleString('en-GB')} characters): give a part of it.`);
    setError('');
    setCopied('');
    const text = hasText ? { text: { title: textTitle.trim() || title.trim(), body: textBody } } : {};
    setLink(`${assignmentPageUrl(base)}#${await encodeAssignment({ title: title.trim(), due: due || null, lessons: chosen, ...text })}`);
  };
  const textWork = () => newWork(textTitle.trim() || title.trim() || 'Text', textBody, new Date());

  return (
    <div className="builder">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={titleId}>Title</label>
          <input id={titleId} type="text" value={title} maxLength={80} onChange={(e) => { setTitle(e.target.value); setLink(null); }} placeholder="Week 3: who says so?" />
        </div>
        <div className="field">
          <label htmlFor={dueId}>Due date (optional)</label>
          <input id={dueId} type="date" value={due} onChange={(e) => { setDue(e.target.value); setLink(null); }} />
        </div>
        {modules.map((m) => {
          const ids = m.lessons.map((l) => l.id);
          const all = ids.every((id) => chosen.includes(id));
          return (
            <fieldset key={m.id} className="answer-group builder__module">
              <legend>{m.title}</legend>
              <label className="option">
                <input type="checkbox" checked={all} onChange={() => toggle(ids, !all)} />
                <span>
                  <strong>The whole module</strong>
                </span>
              </label>
              <ul className="options builder__lessons">
                {m.lessons.map((l) => (
                  <li key={l.id}>
                    <label className="option">
                      <input type="checkbox" checked={chosen.includes(l.id)} onChange={() => toggle([l.id], !chosen.includes(l.id))} />
                      <span>
                        {l.title} <span className="muted">({l.minutes} min)</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
        <fieldset className="answer-group builder__text">
          <legend>A text for the workbench (optional)</legend>
          <p className="muted">
            Paste an article for students to work through with the course’s tools on the workbench: marking, the checklist questions and a
            verdict. It travels inside the link, compressed.
          </p>
          <div className="field">
            <label htmlFor={textTitleId}>Its name, or where it is from</label>
            <input id={textTitleId} type="text" value={textTitle} maxLength={200} onChange={(e) => { setTextTitle(e.target.value); setLink(null); }} />
          </div>
          <div className="field">
            <label htmlFor={textBodyId}>The text</label>
            <textarea id={textBodyId} className="rewrite" rows={6} value={textBody} onChange={(e) => { setTextBody(e.target.value); setLink(null); }} />
          </div>
        </fieldset>
        <p>
          {chosen.length} {chosen.length === 1 ? 'lesson' : 'lessons'} chosen, about {minutes} minutes{textBody.trim() ? ', and a text for the workbench' : ''}.
        </p>
        <button type="submit" className="button">
          Make the assignment link
        </button>
        <p role="alert" className="message message--error">
          {error}
        </p>
      </form>
      {link && (
        <section className="panel builder__result" aria-labelledby="builder-link">
          <h2 id="builder-link">Your assignment link</h2>
          <p>Share this link with your students. The assignment is inside the link itself: nothing is stored on a server.</p>
          <label className="field-label" htmlFor="assignment-link">
            Link
          </label>
          <input id="assignment-link" ref={linkField} className="code-field" type="text" readOnly value={link} />
          <div className="button-row">
            <button type="button" className="button" onClick={async () => setCopied((await copyText(link, linkField.current)) ? 'Link copied.' : 'Select the link and copy it.')}>
              Copy the link
            </button>
            <a className="button button--quiet" href={link}>
              Open it as a student
            </a>
          </div>
          <p role="status" className="exercise__status">
            {copied}
          </p>
          {link.length <= QR_MAX_LINK ? (
            <figure className="qr">
              <div className="qr__code" role="img" aria-label="QR code of the assignment link" dangerouslySetInnerHTML={{ __html: renderSVG(link, { border: 2 }) }} />
              <figcaption>Students can scan this to open the assignment.</figcaption>
            </figure>
          ) : (
            <p className="message" data-qr-too-long="">
              This link is too long for a QR code a phone can read easily: it has {link.length.toLocaleString('en-GB')} characters, because
              the text travels inside it, and this page draws codes for links up to {QR_MAX_LINK.toLocaleString('en-GB')}. Share the link
              itself, or give students the text as a file to open on the workbench.
            </p>
          )}
          {textBody.trim() && (
            <p>
              <button type="button" className="button button--quiet" onClick={() => { const work = textWork(); downloadFile(fileNameFor(work), serializeWork(work), 'application/json'); }}>
                Save the text as a workbench file
              </button>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
