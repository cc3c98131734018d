import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import type { HighlightResult } from '../../lib/exercises/highlight';
import { wordOnAdjacentLine } from '../../lib/exercises/highlight/lines';
import { clauseState, clausesOf, toggleClause } from '../../lib/exercises/highlight/clauses';
import { MARK_METHOD_EVENT, MARK_METHOD_KEY, MARK_METHODS, parseMarkMethod, type MarkMethod } from '../../lib/exercises/highlight/method';
import { runsOf, sentencesOf, spanText } from '../../lib/exercises/highlight/words';
import { localStorageOrNull } from '../../lib/storage';
import type { HighlightPublic, PassageSpan } from '../../lib/exercises/types';
import { techniqueById } from '../../lib/techniques';
import { DiscernmentSummary, Source, useHydrated, VerdictTag } from './common';
import type { BodyProps, FeedbackProps, KeyProps, TypeView } from './view';

/** A drag across words: where it began and has reached, whether it marks or unmarks, and the marks before it. */
interface Drag {
  from: number;
  to: number;
  mark: boolean;
  before: Set<number>;
}

/** The student's marking method, kept on this device and followed by every highlight exercise on the page. */
function useMarkMethod(): [MarkMethod, (method: MarkMethod) => void] {
  // Word by word until the script runs: the server cannot know a student's choice.
  const [method, setMethod] = useState<MarkMethod>('words');
  useEffect(() => {
    try {
      setMethod(parseMarkMethod(localStorageOrNull()?.getItem(MARK_METHOD_KEY) ?? null));
    } catch {
      // Storage that refuses to be read leaves the default.
    }
    const follow = (event: Event) => {
      if (event instanceof CustomEvent) setMethod(parseMarkMethod(String(event.detail)));
    };
    window.addEventListener(MARK_METHOD_EVENT, follow);
    return () => window.removeEventListener(MARK_METHOD_EVENT, follow);
  }, []);
  const choose = (next: MarkMethod) => {
    try {
      localStorageOrNull()?.setItem(MARK_METHOD_KEY, next);
    } catch {
      // Not kept for next time, but this page still follows it.
    }
    window.dispatchEvent(new CustomEvent(MARK_METHOD_EVENT, { detail: next }));
  };
  return [method, choose];
}

const INSTRUCTIONS: Record<MarkMethod, string> = {
  words:
    'Tap a word to mark it, or drag sideways across words to mark a stretch. With a keyboard: Tab to the word marker under the passage. ' +
    'Left and right arrows move one word, up and down one line, Page Up and Page Down one sentence. Space marks or unmarks the word; ' +
    'Shift with an arrow key marks a stretch.',
  clauses:
    'Each clause of the passage is a checkbox: tap it, or Tab to it and press Space, to mark the whole clause. ' +
    'Marking a clause counts the same as marking its words.',
};

/** The passage as running text, each word a target for a tap or a drag; marks are announced in place. */
function WordPassage({ exercise, marked, cursor, canMark, onPointerDown, onPointerMove, endDrag, cancelDrag, passage }: {
  exercise: HighlightPublic;
  canMark: boolean;
  marked: ReadonlySet<number>;
  cursor: number;
  onPointerDown: (event: PointerEvent, i: number) => void;
  onPointerMove: (event: PointerEvent) => void;
  endDrag: () => void;
  cancelDrag: () => void;
  passage: Ref<HTMLQuoteElement>;
}) {
  const last = exercise.words.length - 1;
  return (
    <blockquote
      className={canMark ? 'passage' : 'passage passage--locked'}
      ref={passage}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerLeave={endDrag}
      onPointerCancel={cancelDrag}
    >
      {exercise.words.map((w, i) => (
        // Words keep their places (and their elements) as marks come and go: a drag never loses its word.
        <span key={i}>
          {marked.has(i) && !marked.has(i - 1) && <span className="visually-hidden">marked: </span>}
          <span
            className={`word${marked.has(i) ? ' word--marked' : ''}${i === cursor ? ' word--cursor' : ''}`}
            onPointerDown={(e) => onPointerDown(e, i)}
          >
            {w.text}
          </span>
          {marked.has(i) && !marked.has(i + 1) && <span className="visually-hidden"> (end of mark)</span>}
          {i < last ? exercise.gaps[i] : null}
        </span>
      ))}
    </blockquote>
  );
}

/** The passage clause by clause, each a checkbox named by its own full text. */
function ClausePassage({ exercise, marked, canMark, onToggle, describedBy, passage }: {
  exercise: HighlightPublic;
  passage: Ref<HTMLQuoteElement>;
  marked: ReadonlySet<number>;
  canMark: boolean;
  onToggle: (clause: { from: number; to: number }) => void;
  describedBy: string;
}) {
  const clauses = useMemo(() => clausesOf(exercise.words, exercise.gaps), [exercise]);
  const onKeyDown = (event: KeyboardEvent, clause: { from: number; to: number }) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    if (canMark) onToggle(clause);
  };
  return (
    <blockquote className="passage passage--clauses" ref={passage} role="group" aria-label="The passage, clause by clause" aria-describedby={describedBy}>
      {clauses.map((clause) => {
        const state = clauseState(clause, marked);
        return (
          <Fragment key={clause.from}>
            <span
              role="checkbox"
              aria-checked={state}
              aria-disabled={!canMark || undefined}
              tabIndex={0}
              className={`clause${state === true ? ' clause--marked' : state === 'mixed' ? ' clause--partly' : ''}`}
              onClick={() => canMark && onToggle(clause)}
              onKeyDown={(e) => onKeyDown(e, clause)}
            >
              {exercise.words.slice(clause.from, clause.to).map((w, k) => {
                const i = clause.from + k;
                return (
                  <Fragment key={i}>
                    <span className={marked.has(i) ? 'clause__word clause__word--marked' : 'clause__word'}>{w.text}</span>
                    {i < clause.to - 1 ? exercise.gaps[i] : null}
                  </Fragment>
                );
              })}
            </span>
            {clause.to < exercise.words.length ? exercise.gaps[clause.to - 1] : null}
          </Fragment>
        );
      })}
    </blockquote>
  );
}

/** A highlight passage a student marks word by word (pointer, or the word marker by keyboard) or clause by clause. */
function HighlightBody({ exercise, answer, onChange, locked, base }: BodyProps<'highlight'>) {
  // Unlike a form control, a word can be marked only by the script: until it runs, say so.
  const hydrated = useHydrated();
  const canMark = hydrated && !locked;
  const [method, chooseMethod] = useMarkMethod();
  const marked = new Set(answer.marked);
  const [cursor, setCursor] = useState(0);
  const anchor = useRef<number | null>(null);
  const drag = useRef<Drag | null>(null);
  const passage = useRef<HTMLQuoteElement>(null);
  const clausePassage = useRef<HTMLQuoteElement>(null);
  const marker = useRef<HTMLDivElement>(null);
  const sentences = useMemo(() => sentencesOf(exercise.words, exercise.gaps), [exercise]);
  const words = exercise.words;
  const last = words.length - 1;
  const how = `${exercise.id}-how`;

  const wordElements = () => [...(passage.current?.querySelectorAll<HTMLElement>('.word') ?? [])];
  const commit = (next: Iterable<number>) => onChange({ marked: [...next].sort((a, b) => a - b) });
  const setRange = (from: number, to: number, mark: boolean, start: ReadonlySet<number> = marked) => {
    const next = new Set(start);
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
      if (mark) next.add(i);
      else next.delete(i);
    }
    commit(next);
  };
  const moveCursor = (i: number) => {
    setCursor(i);
    wordElements()[i]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  /** The word a key moves the marker to: along the passage, a line up or down, or a sentence on or back. */
  const wordAfter = (key: string, i: number): number | null => {
    switch (key) {
      case 'ArrowRight':
      case 'ArrowLeft':
        return Math.min(last, Math.max(0, i + (key === 'ArrowRight' ? 1 : -1)));
      case 'ArrowDown':
      case 'ArrowUp':
        return wordOnAdjacentLine(
          wordElements().map((el) => el.getBoundingClientRect()),
          i,
          key === 'ArrowDown' ? 1 : -1,
        );
      case 'PageDown':
        return sentences.find((s) => s.from > i)?.from ?? last;
      case 'PageUp':
        return sentences.findLast((s) => s.from < i)?.from ?? 0;
      case 'Home':
        return 0;
      case 'End':
        return last;
      default:
        return null;
    }
  };

  const onMarkerKeyDown = (event: KeyboardEvent) => {
    if (!hydrated) return;
    const next = wordAfter(event.key, cursor);
    if (next !== null) {
      event.preventDefault();
      if (event.shiftKey && event.key.startsWith('Arrow') && !locked) {
        // Shift + arrow extends a marked stretch from where the extension began.
        if (anchor.current === null) anchor.current = cursor;
        setRange(anchor.current, next, true);
      } else anchor.current = null;
      moveCursor(next);
    } else if ((event.key === ' ' || event.key === 'Enter') && canMark) {
      event.preventDefault();
      anchor.current = null;
      setRange(cursor, cursor, !marked.has(cursor));
    }
  };

  const onPointerDown = (event: PointerEvent, i: number) => {
    if (!canMark || event.button !== 0) return;
    event.preventDefault();
    anchor.current = null;
    drag.current = { from: i, to: i, mark: !marked.has(i), before: marked };
    // preventDefault stops text selection, and with it the focus a click would give: the word marker
    // takes it, at this word, so the keyboard can go on from here.
    setCursor(i);
    marker.current?.focus({ preventScroll: true });
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
    setCursor(i);
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

  // The button goes with the marks: the focus goes back to the passage, not to the page.
  const clearMarks = () => {
    commit([]);
    const control = method === 'words' ? marker.current : clausePassage.current?.querySelector<HTMLElement>('[role="checkbox"]');
    control?.focus();
  };

  const runs = runsOf(answer.marked);
  const current = words[cursor];
  const state = marked.has(cursor) ? 'marked' : 'not marked';
  return (
    <>
      {/* Instructions and the method are for the screen: answer keys print this view, and on paper they mean nothing. */}
      <fieldset className="mark-method no-print">
        <legend>Mark</legend>
        {MARK_METHODS.map((m) => (
          <label key={m}>
            <input type="radio" name={`${exercise.id}-method`} value={m} checked={method === m} onChange={() => chooseMethod(m)} />{' '}
            {m === 'words' ? 'word by word' : 'clause by clause'}
          </label>
        ))}
      </fieldset>
      <p className="hint no-print" id={how}>
        {INSTRUCTIONS[method]}
      </p>
      <figure className="excerpt">
        {method === 'words' ? (
          <WordPassage
            exercise={exercise}
            marked={marked}
            cursor={cursor}
            canMark={canMark}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            endDrag={endDrag}
            cancelDrag={cancelDrag}
            passage={passage}
          />
        ) : (
          <ClausePassage exercise={exercise} marked={marked} canMark={canMark} onToggle={(clause) => commit(toggleClause(clause, marked))} describedBy={how} passage={clausePassage} />
        )}
        <figcaption>
          {/* The document's page shows the expert notes, so it is linked only once the answer is in. */}
          <Source excerpt={exercise.excerpt} base={base} linked={locked} />
        </figcaption>
      </figure>
      {method === 'words' && current && (
        <div className="word-marker no-print">
          <span className="word-marker__label" id={`${exercise.id}-marker`}>
            Word marker
          </span>
          <div
            ref={marker}
            role="slider"
            tabIndex={0}
            className="word-marker__control"
            aria-labelledby={`${exercise.id}-marker`}
            aria-describedby={how}
            aria-valuemin={1}
            aria-valuemax={words.length}
            aria-valuenow={cursor + 1}
            aria-valuetext={`“${current.text}”, ${state}, word ${cursor + 1} of ${words.length}`}
            aria-disabled={!canMark || undefined}
            onKeyDown={onMarkerKeyDown}
          >
            Word {cursor + 1} of {words.length}: <strong>“{current.text}”</strong> · {state}
          </div>
        </div>
      )}
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
          <button type="button" className="button button--quiet button--small" onClick={clearMarks}>
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
