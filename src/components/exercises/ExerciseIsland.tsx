import { anchors } from '../../lib/ids';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { discernmentOf, runtimeOf, scoreExercise, scoreStored } from '../../lib/exercises/registry';
import type { AnswerOf, ExerciseOf, ExerciseType, ResultOf } from '../../lib/exercises/types';
import { percent } from '../../lib/format';
import { replayEarlyInput } from './early-input';
import { currentProgress, saveAttempt } from './progress-store';
import { GENERAL_VIEWS, type GeneralType } from './general-views';
import type { TypeView } from './view';

function Frame<T extends ExerciseType>({
  exercise,
  headingLevel,
  ref,
  children,
}: {
  exercise: ExerciseOf<T>;
  headingLevel: 2 | 3;
  ref: Ref<HTMLElement>;
  children: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const pub = exercise.public;
  return (
    <section className="exercise" ref={ref} aria-labelledby={anchors.exerciseTitle(pub.id)} data-exercise={pub.id} data-type={exercise.type}>
      <p className="exercise__type">{runtimeOf(exercise.type).label}</p>
      <Heading className="exercise__title" id={anchors.exerciseTitle(pub.id)}>
        {pub.title}
      </Heading>
      <p className="exercise__prompt">{pub.prompt}</p>
      {children}
    </section>
  );
}

export interface IslandProps<T extends ExerciseType> {
  exercise: ExerciseOf<T>;
  /** The site's base path, for links to the documents. */
  base: string;
  headingLevel?: 2 | 3;
  /** What readers without JavaScript get in place of the Check button (NoScriptAnswer, drawn on the server). */
  children?: ReactNode;
}

/**
 * One exercise, the same elements before and after its script runs: the server's HTML already holds
 * working controls, so what a student types or chooses first, and where their focus is, survive
 * hydration. Only the note and answer for readers without JavaScript give way to the Check button.
 */
export function ExerciseShell<T extends ExerciseType>({ exercise, base, headingLevel = 3, children, view }: IslandProps<T> & { view: TypeView<T> }) {
  const runtime = runtimeOf(exercise.type);
  const pub = exercise.public;
  const [answer, setAnswer] = useState<AnswerOf<T>>(() => runtime.empty(pub));
  const [result, setResult] = useState<ResultOf<T> | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [status, setStatus] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const focusResult = useRef(false);
  const frame = useRef<HTMLElement>(null);
  const [hydrated, setHydrated] = useState(false);

  useLayoutEffect(() => {
    // Not in the effect itself: events fired during React's commit would have it put the server's
    // empty value back into the box before rendering the new one, and the caret would jump. In a
    // microtask, after the commit, React handles them as it does a keystroke.
    queueMicrotask(() => {
      replayEarlyInput(frame.current!);
      setHydrated(true);
    });
  }, []);

  // Bring back the last saved answer, if it still fits this exercise.
  useEffect(() => {
    const saved = currentProgress().record.exercises[pub.id];
    if (saved && runtime.accepts(pub, saved.answer)) {
      setAnswer(saved.answer);
      setResult(scoreStored(exercise, saved.answer));
      setAttempts(saved.attempts);
    }
  }, [exercise, pub, runtime]);

  useEffect(() => {
    if (result && focusResult.current) {
      focusResult.current = false;
      resultRef.current?.focus();
    }
  }, [result]);

  const check = () => {
    const missing = runtime.missing(pub, answer);
    if (missing) {
      setStatus(missing);
      return;
    }
    const scored = scoreExercise(exercise, answer);
    const d = discernmentOf(scored);
    const saved = saveAttempt(pub.id, answer, scored.score, d ? [d.hits, d.misses, d.correctRejections, d.falseAlarms] : undefined);
    focusResult.current = true;
    setResult(scored);
    setAttempts((n) => n + 1);
    setStatus(`Checked. Your score: ${percent(scored.score)}.${saved ? '' : ' This browser could not save it.'}`);
  };

  const tryAgain = () => {
    setResult(null);
    setStatus('Your answer is open again: change it and check once more.');
  };

  const startOver = () => {
    setAnswer(runtime.empty(pub));
    setResult(null);
    setStatus('Your answer is cleared.');
  };

  return (
    <Frame exercise={exercise} headingLevel={headingLevel} ref={frame}>
      <view.Body exercise={pub} answer={answer} onChange={(next) => setAnswer(next)} locked={result !== null} base={base} />
      {hydrated ? (
        <>
          <div className="exercise__actions">
            {result === null ? (
              <button type="button" className="button" onClick={check}>
                Check my answer
              </button>
            ) : (
              <>
                <button type="button" className="button" onClick={tryAgain}>
                  Try again
                </button>
                <button type="button" className="button button--quiet" onClick={startOver}>
                  Start over
                </button>
              </>
            )}
          </div>
          <p className="exercise__status" role="status">
            {status}
          </p>
          {result && (
            <div className="exercise__result" ref={resultRef} tabIndex={-1} aria-labelledby={`${pub.id}-result`}>
              <p className="exercise__score" id={`${pub.id}-result`}>
                <strong>Your score: {percent(result.score)}</strong>
                {attempts > 0 && <span className="exercise__attempts"> · attempt {attempts}</span>}
              </p>
              <view.Feedback exercise={pub} answerKey={exercise.key} answer={answer} result={result} base={base} />
            </div>
          )}
        </>
      ) : (
        children
      )}
    </Frame>
  );
}

/**
 * The island for the lighter exercise types. Highlight and search tasks have their own islands
 * (HighlightIsland, SearchTaskIsland), so a page without them does not load their views.
 */
export default function ExerciseIsland<T extends GeneralType>(props: IslandProps<T>) {
  return <ExerciseShell {...props} view={GENERAL_VIEWS[props.exercise.type]} />;
}
