import { useId, useRef, useState } from 'react';
import type { FirstClickValue } from '../../lib/exercises/search-task/schema';
import { ordinal } from '../../lib/format';
import { NoteCard } from '../research/NoteCard';
import { OptionList } from './ChoiceViews';
import { VerdictTag, type Verdict } from './common';
import type { BodyProps, FeedbackProps, KeyProps, TypeView } from './view';

const VALUE_WORDS: Record<FirstClickValue, string> = { best: 'a best first click', fair: 'a fair first click', poor: 'a poor first click' };
const VALUE_VERDICTS: Record<FirstClickValue, Verdict> = { best: 'right', fair: 'partly', poor: 'wrong' };

/**
 * A results page, as on the research desk: each title opens its page below the results, like a
 * new tab, and the order of opening is the answer's first half. Focus moves to the page opened and
 * back to its result, so a keyboard or screen-reader user never loses their place.
 */
function SearchBody({ exercise, answer, onChange, locked }: BodyProps<'search-task'>) {
  const name = useId();
  const [viewing, setViewing] = useState<string | null>(null);
  const pageHeading = useRef<HTMLHeadingElement>(null);
  const resultButtons = useRef(new Map<string, HTMLButtonElement>());
  const open = (id: string) => {
    setViewing(id);
    if (!locked && !answer.opened.includes(id)) onChange({ ...answer, opened: [...answer.opened, id] });
    queueMicrotask(() => pageHeading.current?.focus());
  };
  const back = () => {
    const from = viewing;
    setViewing(null);
    if (from) queueMicrotask(() => resultButtons.current.get(from)?.focus());
  };
  const shown = exercise.results.find((r) => r.id === viewing) ?? null;
  return (
    <>
      <div className="search-page">
        <p className="search-page__box">
          <span className="search-page__box-label">Search</span> <span className="search-page__query">{exercise.query}</span>
        </p>
        <ol className="search-results" aria-label={`Results for “${exercise.query}”`}>
          {exercise.results.map((r) => {
            const place = answer.opened.indexOf(r.id);
            return (
              <li key={r.id} className="search-result" data-result={r.id}>
                <p className="search-result__address" id={`${name}-${r.id}-address`}>
                  {r.note.address}
                </p>
                <h3 className="search-result__title">
                  <button
                    type="button"
                    className="search-result__open"
                    aria-expanded={viewing === r.id}
                    // Mirrors share a title: the address and snippet tell them apart, for a screen reader too.
                    aria-describedby={`${name}-${r.id}-address ${name}-${r.id}-snippet`}
                    ref={(el) => {
                      if (el) resultButtons.current.set(r.id, el);
                      else resultButtons.current.delete(r.id);
                    }}
                    onClick={() => open(r.id)}
                  >
                    {r.note.title}
                  </button>
                </h3>
                <p className="search-result__snippet" id={`${name}-${r.id}-snippet`}>
                  {r.snippet}
                </p>
                {place >= 0 && <p className="search-result__opened">Opened {ordinal(place + 1)}</p>}
              </li>
            );
          })}
        </ol>
        {shown && (
          <section className="search-page__tab" aria-label={`Opened page: ${shown.note.title}`}>
            <NoteCard note={shown.note} headingRef={pageHeading} level={3} />
            <button type="button" className="button button--quiet" onClick={back}>
              Back to the results
            </button>
          </section>
        )}
      </div>
      <fieldset className="answer-group">
        <legend>{exercise.question}</legend>
        <OptionList options={exercise.options} name={name} type="radio" checked={(id) => answer.judgement === id} onToggle={(id) => onChange({ ...answer, judgement: id })} locked={locked} />
      </fieldset>
    </>
  );
}

function ResultValues({ exercise, answerKey, opened }: { exercise: KeyProps<'search-task'>['exercise']; answerKey: KeyProps<'search-task'>['answerKey']; opened?: readonly string[] }) {
  return (
    <ol className="feedback-list">
      {exercise.results.map((r) => {
        const value = answerKey.values[r.id] ?? 'poor';
        const place = opened?.indexOf(r.id) ?? -1;
        return (
          <li key={r.id}>
            <VerdictTag verdict={VALUE_VERDICTS[value]} label={`${VALUE_WORDS[value][0]!.toUpperCase()}${VALUE_WORDS[value].slice(1)}`} /> <strong>{r.note.title}</strong>
            {place >= 0 && <> (you opened it {ordinal(place + 1)})</>} {answerKey.resultFeedback[r.id]}
          </li>
        );
      })}
    </ol>
  );
}

/** The same task for a class with the open web. */
function LiveWeb({ task }: { task: KeyProps<'search-task'>['exercise'] }) {
  return (
    <p className="search-task__live">
      <strong>On the open web:</strong> {task.liveWeb}
    </p>
  );
}

function SearchFeedback({ exercise, answerKey, answer, result }: FeedbackProps<'search-task'>) {
  const first = exercise.results.find((r) => r.id === result.firstOpened);
  const chosen = exercise.options.find((o) => o.id === answer.judgement);
  const correct = exercise.options.find((o) => o.id === answerKey.correct)!;
  return (
    <>
      <dl className="discernment">
        <div>
          <dt>First click</dt>
          <dd>{result.firstValue ?? 'none'}</dd>
        </div>
        <div>
          <dt>Conclusion</dt>
          <dd>{result.judgementRight ? 'right' : 'not right'}</dd>
        </div>
      </dl>
      <p>
        {first && result.firstValue ? (
          <VerdictTag verdict={VALUE_VERDICTS[result.firstValue]} label={`You opened “${first.note.title}” first: ${VALUE_WORDS[result.firstValue]}`} />
        ) : (
          <VerdictTag verdict="wrong" label="You opened nothing" />
        )}
      </p>
      <h4 className="feedback-heading">Every result, as a first click</h4>
      <ResultValues exercise={exercise} answerKey={answerKey} opened={answer.opened} />
      <h4 className="feedback-heading">Your conclusion</h4>
      <ul className="feedback-list">
        {chosen && chosen.id !== correct.id && (
          <li>
            <VerdictTag verdict="wrong" label="Your conclusion" /> <strong>{chosen.text}</strong> {answerKey.feedback[chosen.id]}
          </li>
        )}
        <li>
          <VerdictTag verdict="right" label={chosen?.id === correct.id ? 'Your conclusion is right' : 'The fairest conclusion'} /> <strong>{correct.text}</strong> {answerKey.feedback[correct.id]}
        </li>
      </ul>
      <LiveWeb task={exercise} />
    </>
  );
}

export const searchTaskView: TypeView<'search-task'> = { Body: SearchBody, Feedback: SearchFeedback };

export function searchTaskKey({ exercise, answerKey }: KeyProps<'search-task'>) {
  return (
    <>
      <h4 className="feedback-heading">Every result, as a first click</h4>
      <ResultValues exercise={exercise} answerKey={answerKey} />
      <h4 className="feedback-heading">The conclusion</h4>
      <ul className="feedback-list">
        {exercise.options.map((o) => (
          <li key={o.id}>
            <VerdictTag verdict={o.id === answerKey.correct ? 'right' : 'wrong'} label={o.id === answerKey.correct ? 'Correct' : 'Not correct'} /> <strong>{o.text}</strong> {answerKey.feedback[o.id]}
          </li>
        ))}
      </ul>
      <LiveWeb task={exercise} />
    </>
  );
}
