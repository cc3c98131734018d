import { useEffect, useRef, useState, type ReactNode } from 'react';
import { discernmentOf, scoreExercise, type ExerciseResult } from '../../lib/exercises/score';
import type { Answer, Exercise, ExerciseType } from '../../lib/exercises/types';
import { DiscernmentSummary, percent, useHydrated } from './common';
import { compareView, multipleChoiceView, singleChoiceView } from './ChoiceViews';
import { highlightView } from './HighlightView';
import { classifyView, rateSourceView, rewriteView } from './OtherViews';
import { currentProgress, saveAttempt } from './progress-store';
import type { TypeView } from './view';

export const VIEWS: { [T in ExerciseType]: TypeView<T> } = {
  'single-choice': singleChoiceView,
  'multiple-choice': multipleChoiceView,
  highlight: highlightView,
  classify: classifyView,
  compare: compareView,
  'rate-source': rateSourceView,
  rewrite: rewriteView,
};

export interface ExerciseIslandProps {
  exercise: Exercise;
  /** The site's base path, for links to the documents. */
  base: string;
  headingLevel?: 2 | 3;
}

// The views are typed per exercise type; this is the one place that joins a view to its exercise.
type AnyView = TypeView<ExerciseType>;
const viewOf = (exercise: Exercise) => VIEWS[exercise.type] as unknown as AnyView;

function Frame({ exercise, headingLevel, children }: { exercise: Exercise; headingLevel: 2 | 3; children: ReactNode }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const pub = exercise.public;
  return (
    <section className="exercise" aria-labelledby={`${pub.id}-title`} data-exercise={pub.id} data-type={exercise.type}>
      <p className="exercise__type">{viewOf(exercise).label}</p>
      <Heading className="exercise__title" id={`${pub.id}-title`}>
        {pub.title}
      </Heading>
      <p className="exercise__prompt">{pub.prompt}</p>
      {children}
    </section>
  );
}

/** Without JavaScript (or before it runs): the question, then the answer behind a disclosure. */
function StaticExercise({ exercise, base }: ExerciseIslandProps) {
  const view = viewOf(exercise);
  return (
    <>
      <view.Body exercise={exercise.public} answer={view.empty(exercise.public)} onChange={() => {}} locked base={base} />
      <p className="no-js-note">
        Checking your answer needs JavaScript, and the site opened from a web server. You can still work it out, then read the answer.
      </p>
      <details className="reveal" data-pagefind-ignore="">
        <summary>Show the answer and explanation</summary>
        <view.Key exercise={exercise.public} answerKey={exercise.key} base={base} />
      </details>
    </>
  );
}

function InteractiveExercise({ exercise, base }: ExerciseIslandProps) {
  const view = viewOf(exercise);
  const pub = exercise.public;
  const [answer, setAnswer] = useState<Answer>(() => view.empty(pub));
  const [result, setResult] = useState<ExerciseResult | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [status, setStatus] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const focusResult = useRef(false);

  // Bring back the last saved answer, if it still fits this exercise.
  useEffect(() => {
    const saved = currentProgress().record.exercises[pub.id];
    if (saved && view.accepts(pub, saved.answer)) {
      setAnswer(saved.answer);
      setResult(scoreExercise(exercise, saved.answer));
      setAttempts(saved.attempts);
    }
  }, [exercise, pub, view]);

  useEffect(() => {
    if (result && focusResult.current) {
      focusResult.current = false;
      resultRef.current?.focus();
    }
  }, [result]);

  const check = () => {
    const missing = view.missing(pub, answer);
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
    setAnswer(view.empty(pub));
    setResult(null);
    setStatus('Your answer is cleared.');
  };

  return (
    <>
      <view.Body exercise={pub} answer={answer} onChange={(next) => setAnswer(next)} locked={result !== null} base={base} />
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
          {'discernment' in result && <DiscernmentSummary discernment={result.discernment} />}
          <view.Feedback exercise={pub} answerKey={exercise.key} answer={answer} result={result as never} base={base} />
        </div>
      )}
    </>
  );
}

export default function ExerciseIsland({ exercise, base, headingLevel = 3 }: ExerciseIslandProps) {
  const hydrated = useHydrated();
  // The frame stays the same element when the island hydrates; only what is inside it changes.
  return (
    <Frame exercise={exercise} headingLevel={headingLevel}>
      {hydrated ? <InteractiveExercise exercise={exercise} base={base} /> : <StaticExercise exercise={exercise} base={base} />}
    </Frame>
  );
}
