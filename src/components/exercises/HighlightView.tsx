import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { HighlightResult } from '../../lib/exercises/highlight';
import { wordOnAdjacentLine } from '../../lib/exercises/highlight/lines';
import { runsOf } from '../../lib/exercises/highlight/words';
import type { HighlightPublic, PassageSpan } from '../../lib/exercises/types';
import { techniqueById } from '../../lib/techniques';
import { DiscernmentSummary, Source, useHydrated, VerdictTag } from './common';
import type { BodyProps, FeedbackProps, KeyProps, TypeView } from './view';

const spanText = (exercise: HighlightPublic, from: number, to: number) =>
  exercise.words
    .slice(from, to)
    .map((w, i) => (i === 0 ? w.text : exercise.gaps[from + i - 1] + w.text))
    .join('');

/** A drag across words: where it began and has reached, whether it marks or unmarks, and the marks before it. */
interface Drag {
  from: number;
  to: number;
  mark: boolean;
  before: Set<number>;
}

/** The passage as words a student can mark: pointer drag or tap, or keyboard. */
function HighlightBody({ exercise, answer, onChange, locked, base }: BodyProps<'highlight'>) {
  // Unlike a form control, a word can be marked only by the script: until it runs, say so.
  const canMark = useHydrated() && !locked;
  const marked = new Set(answer.marked);
  const [cursor, setCursor] = useState(0);
  const anchor = useRef<number | null>(null);
  const drag = useRef<Drag | null>(null);
  const passage = useRef<HTMLDivElement>(null);
  const last = exercise.words.length - 1;

  const wordElements = () => [...(passage.current?.querySelectorAll<HTMLElement>('.word') ?? [])];
  const commit = (next: Set<number>) => onChange({ marked: [...next].sort((a, b) => a - b) });
  const setRange = (from: number, to: number, mark: boolean, start: ReadonlySet<number> = marked) => {
    const next = new Set(start);
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
      if (mark) next.add(i);
      else next.delete(i);
    }
    commit(next);
  };
  const focusWord = (i: number) => {
    setCursor(i);
    wordElements()[i]?.focus();
  };

  /** The word an arrow key moves to: along the passage, or to the nearest word a line up or down. */
  const wordAfter = (key: string, i: number): number | null => {
    if (key === 'ArrowRight' || key === 'ArrowLeft') return Math.min(last, Math.max(0, i + (key === 'ArrowRight' ? 1 : -1)));
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      return wordOnAdjacentLine(
        wordElements().map((el) => el.getBoundingClientRect()),
        i,
        key === 'ArrowDown' ? 1 : -1,
      );
    }
    return null;
  };

  const onKeyDown = (event: KeyboardEvent, i: number) => {
    if (!canMark) return;
    const next = wordAfter(event.key, i);
    if (next !== null) {
      event.preventDefault();
      if (event.shiftKey) {
        // Shift + arrow extends a marked stretch from where the extension began.
        if (anchor.current === null) anchor.current = i;
        setRange(anchor.current, next, true);
      } else anchor.current = null;
      focusWord(next);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      anchor.current = null;
      focusWord(event.key === 'Home' ? 0 : last);
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      anchor.current = null;
      setRange(i, i, !marked.has(i));
    }
  };

  const onPointerDown = (event: PointerEvent, i: number) => {
    if (!canMark || event.button !== 0) return;
    event.preventDefault();
    anchor.current = null;
    drag.current = { from: i, to: i, mark: !marked.has(i), before: marked };
    // preventDefault stops text selection, and with it the focus a click would give: focus by hand.
    focusWord(i);
    // A finger may be starting to scroll the page (the browser then takes the touch over and cancels
    // the pointer), so a touch marks only once it crosses to another word or lifts; a mouse at once.
    if (event.pointerType !== 'touch') setRange(i, i, drag.current.mark);
  };
  const onPointerMove = (event: PointerEvent) => {
    const current = drag.current;
    if (!current) return;
    // A touch stays captured by the word it began on, so the words it crosses get no pointer events
    // of their own: look for the word under the finger (or mouse).
    const word = document.elementFromPoint(event.clientX, event.clientY)?.closest<HTMLElement>('.word');
    const i = word ? wordElements().indexOf(word) : -1;
    if (i < 0 || i === current.to) return;
    current.to = i;
    setRange(current.from, i, current.mark, current.before);
  };
  const endDrag = () => {
    const current = drag.current;
    if (current) setRange(current.from, current.to, current.mark, current.before);
    drag.current = null;
  };
  // The browser took the touch over to scroll the page: whatever the finger crossed on its way does not count.
  const cancelDrag = () => {
    if (drag.current) commit(drag.current.before);
    drag.current = null;
  };

  const runs = runsOf(answer.marked);
  return (
    <>
      {/* Instructions for the screen: answer keys print this view, and on paper they mean nothing. */}
      <p className="hint no-print" id={`${exercise.id}-how`}>
        Tap a word to mark it, or drag sideways across words to mark a stretch. With a keyboard: Tab into the passage, move with the arrow
        keys, press Space to mark or unmark a word, and hold Shift with an arrow key to mark a stretch.
      </p>
      <figure className="excerpt">
        <div
          className="passage"
          role="group"
          aria-label="Passage: each word can be marked"
          aria-describedby={`${exercise.id}-how`}
          ref={passage}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerLeave={endDrag}
          onPointerCancel={cancelDrag}
        >
          {exercise.words.map((w, i) => (
            <span key={i}>
              <span
                role="checkbox"
                aria-checked={marked.has(i)}
                aria-disabled={!canMark || undefined}
                tabIndex={i === cursor ? 0 : -1}
                className={`word${marked.has(i) ? ' word--marked' : ''}`}
                onKeyDown={(e) => onKeyDown(e, i)}
                onPointerDown={(e) => onPointerDown(e, i)}
                onFocus={() => setCursor(i)}
              >
                {w.text}
              </span>
              {i < last ? exercise.gaps[i] : null}
            </span>
          ))}
        </div>
        <figcaption>
          {/* The document's page shows the expert notes, so it is linked only once the answer is in. */}
          <Source excerpt={exercise.excerpt} base={base} linked={locked} />
        </figcaption>
      </figure>
      <div className="marked-summary">
        <p>
          {runs.length === 0 ? 'You have not marked anything yet.' : `You have marked ${runs.length} ${runs.length === 1 ? 'stretch' : 'stretches'}:`}
        </p>
        {runs.length > 0 && (
          <ul>
            {runs.map((r) => (
              <li key={r.from}>“{spanText(exercise, r.from, r.to)}”</li>
            ))}
          </ul>
        )}
        {runs.length > 0 && !locked && (
          <button type="button" className="button button--quiet button--small" onClick={() => commit(new Set())}>
            Clear my marks
          </button>
        )}
      </div>
    </>
  );
}

function SpanNote({ exercise, span }: { exercise: HighlightPublic; span: PassageSpan }) {
  const technique = techniqueById(span.technique);
  return (
    <>
      <strong>“{spanText(exercise, span.from, span.to)}”</strong>{' '}
      <span className="technique-tag" data-technique={technique.id}>
        <span className="swatch" aria-hidden="true">
          {technique.code}
        </span>{' '}
        {technique.label}
      </span>
      {span.detail ? <span className="technique-detail"> · {span.detail}</span> : null}{' '}
      {span.explanation}
    </>
  );
}

const STATUS_WORDS: Record<HighlightResult['targets'][number]['status'], string> = {
  hit: 'Found',
  partial: 'Partly found',
  miss: 'Missed',
};

function HighlightFeedback({ exercise, result }: FeedbackProps<'highlight'>) {
  return (
    <>
    <DiscernmentSummary discernment={result.discernment} />
    <ul className="feedback-list">
      {result.targets.map((t) => (
        <li key={t.span.annotationId}>
          <VerdictTag verdict={t.status === 'hit' ? 'right' : t.status === 'partial' ? 'partly' : 'wrong'} label={STATUS_WORDS[t.status]} />{' '}
          <SpanNote exercise={exercise} span={t.span} />
        </li>
      ))}
      {result.falseAlarms.map((f) => (
        <li key={`fa-${f.from}`}>
          <VerdictTag verdict="wrong" label="False alarm" /> <strong>“{spanText(exercise, f.from, f.to)}”</strong>{' '}
          {f.control ? (
            <>
              This is good practice, not a problem: <SpanNote exercise={exercise} span={f.control} />
            </>
          ) : (
            'Nothing here is of the kind asked for: this stretch is sound as it stands.'
          )}
        </li>
      ))}
      {result.otherProblems.map((span) => (
        <li key={`other-${span.annotationId}`}>
          <VerdictTag verdict="partly" label="Not asked here" /> You marked a different kind of problem. It costs you nothing: <SpanNote exercise={exercise} span={span} />
        </li>
      ))}
    </ul>
    </>
  );
}

function HighlightKey({ exercise, answerKey }: KeyProps<'highlight'>) {
  return (
    <ul className="feedback-list">
      {answerKey.targets.map((span) => (
        <li key={span.annotationId}>
          <VerdictTag verdict="right" label="Mark this" /> <SpanNote exercise={exercise} span={span} />
          {(span.extent.from < span.from || span.extent.to > span.to) && (
            <> Marking more of its sentence, up to “{spanText(exercise, span.extent.from, span.extent.to)}”, also counts in full.</>
          )}
        </li>
      ))}
      {answerKey.controls.map((span) => (
        <li key={span.annotationId}>
          <VerdictTag verdict="wrong" label="Leave this" /> Good practice: <SpanNote exercise={exercise} span={span} />
        </li>
      ))}
    </ul>
  );
}

export const highlightView: TypeView<'highlight'> = {
  Body: HighlightBody,
  Feedback: HighlightFeedback,
};

export const highlightKey = HighlightKey;
