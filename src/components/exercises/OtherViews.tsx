import { useId } from 'react';
import { acceptedAnswers, acceptedLabel, categoryLabel } from '../../lib/exercises/classify';
import { rangeLabel, ratingLabel, type RatingDistance } from '../../lib/exercises/rate-source';
import { keyWordLabel } from '../../lib/exercises/rewrite/words';
import { RATING_SCALE, type Category, type ClassifyPublic } from '../../lib/exercises/types';
import { ChoiceSummary, DiscernmentSummary, Excerpt, VerdictTag } from './common';
import type { BodyProps, FeedbackProps, KeyProps, TypeView } from './view';

/* ---------------------------------------------------------------- classify */

function ClassifyItem({ exercise, itemId, index, value, onPick, locked, base }: {
  exercise: ClassifyPublic;
  itemId: string;
  index: number;
  value: Category | null;
  onPick: (c: Category) => void;
  locked: boolean;
  base: string;
}) {
  const name = useId();
  const item = exercise.items.find((i) => i.id === itemId)!;
  return (
    <li className="classify-item">
      <Excerpt excerpt={item.excerpt} base={base} />
      <fieldset className="answer-group answer-group--inline">
        <legend>What is excerpt {index + 1}?</legend>
        {exercise.categories.map((c) => (
          <label className="option option--chip" key={c}>
            <input type="radio" name={name} value={c} checked={value === c} disabled={locked} onChange={() => onPick(c)} />
            <span>{categoryLabel(c)}</span>
          </label>
        ))}
      </fieldset>
    </li>
  );
}

export const classifyView: TypeView<'classify'> = {
  Body: ({ exercise, answer, onChange, locked, base }: BodyProps<'classify'>) => (
    <ol className="classify-list">
      {exercise.items.map((item, index) => (
        <ClassifyItem
          key={item.id}
          exercise={exercise}
          itemId={item.id}
          index={index}
          value={answer.answers[item.id] ?? null}
          locked={locked}
          base={base}
          onPick={(c) => onChange({ answers: { ...answer.answers, [item.id]: c } })}
        />
      ))}
    </ol>
  ),
  Feedback: ({ exercise, answerKey, result }: FeedbackProps<'classify'>) => (
    <>
    <DiscernmentSummary discernment={result.discernment} />
    <ol className="feedback-list">
      {result.items.map((r, index) => (
        <li key={r.id}>
          <VerdictTag verdict={r.correct ? 'right' : 'wrong'} label={r.correct ? `Excerpt ${index + 1}: right` : `Excerpt ${index + 1}: you chose ${r.chosen ? categoryLabel(r.chosen) : 'nothing'}`} />{' '}
          <strong>Answer: {acceptedLabel(r.accepted)}.</strong> {answerKey.feedback[r.id]}
          <span className="visually-hidden"> ({exercise.items[index]!.excerpt.text})</span>
        </li>
      ))}
    </ol>
    </>
  ),
};

export const classifyKey = ({ exercise, answerKey }: KeyProps<'classify'>) => (
  <ol className="feedback-list">
    {exercise.items.map((item) => (
      <li key={item.id}>
        <strong>Answer: {acceptedLabel(acceptedAnswers(answerKey, item.id))}.</strong> {answerKey.feedback[item.id]}
      </li>
    ))}
  </ol>
);

/* ---------------------------------------------------------------- rate the source */


function RateBody({ exercise, answer, onChange, locked, base }: BodyProps<'rate-source'>) {
  const name = useId();
  return (
    <>
      <Excerpt excerpt={exercise.excerpt} base={base} />
      <fieldset className="answer-group answer-group--inline">
        <legend>1. Your rating</legend>
        {RATING_SCALE.map((r) => (
          <label className="option option--chip" key={r.value}>
            <input type="radio" name={name} value={r.value} checked={answer.rating === r.value} disabled={locked} onChange={() => onChange({ ...answer, rating: r.value })} />
            <span>
              {r.value}. {r.label}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="answer-group">
        <legend>2. Your reasons: choose every one that applies</legend>
        <ul className="options">
          {exercise.reasons.map((r) => (
            <li key={r.id}>
              <label className="option">
                <input
                  type="checkbox"
                  checked={answer.reasons.includes(r.id)}
                  disabled={locked}
                  onChange={() =>
                    onChange({ ...answer, reasons: answer.reasons.includes(r.id) ? answer.reasons.filter((x) => x !== r.id) : [...answer.reasons, r.id] })
                  }
                />
                <span>{r.text}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}

const DISTANCE_VERDICTS = { 0: 'right', 1: 'partly', 2: 'wrong', 3: 'wrong' } as const;
const DISTANCE_WORDS: Record<RatingDistance, string> = {
  0: 'within the expert’s range',
  1: 'one step from the expert’s range',
  2: 'two steps from the expert’s range',
  3: 'three steps from the expert’s range',
};

export const rateSourceView: TypeView<'rate-source'> = {
  Body: RateBody,
  Feedback: ({ exercise, answerKey, answer, result }: FeedbackProps<'rate-source'>) => (
    <>
      <ChoiceSummary counts={result.counts} rightLabel="Expert reasons you gave" wrongLabel="Other reasons you gave" />
      <p>
        <VerdictTag
          verdict={result.distance === null ? 'wrong' : DISTANCE_VERDICTS[result.distance]}
          label={answer.rating ? `You rated it ${ratingLabel(answer.rating)}, ${DISTANCE_WORDS[result.distance ?? 3]}` : 'No rating'}
        />{' '}
        An expert would rate it <strong>{rangeLabel(answerKey.rating)}</strong>. {answerKey.ratingExplanation}
      </p>
      <ul className="feedback-list">
        {result.reasons.map((r) => {
          const text = exercise.reasons.find((x) => x.id === r.id)!.text;
          const label = r.expert ? (r.chosen ? 'An expert reason, and you gave it' : 'An expert reason you missed') : r.chosen ? 'Not a good reason' : 'Rightly left out';
          return (
            <li key={r.id}>
              <VerdictTag verdict={r.expert === r.chosen ? 'right' : 'wrong'} label={label} /> <strong>{text}</strong> {answerKey.feedback[r.id]}
            </li>
          );
        })}
      </ul>
    </>
  ),
};

export const rateSourceKey = ({ exercise, answerKey }: KeyProps<'rate-source'>) => (
  <>
    <p>
      Expert rating: <strong>{rangeLabel(answerKey.rating)}</strong>.{' '}
      {answerKey.ratingExplanation}
    </p>
    <ul className="feedback-list">
      {exercise.reasons.map((r) => (
        <li key={r.id}>
          <VerdictTag verdict={answerKey.expertReasons.includes(r.id) ? 'right' : 'wrong'} label={answerKey.expertReasons.includes(r.id) ? 'An expert reason' : 'Not a good reason'} />{' '}
          <strong>{r.text}</strong> {answerKey.feedback[r.id]}
        </li>
      ))}
    </ul>
  </>
);

/* ---------------------------------------------------------------- rewrite */

function RewriteBody({ exercise, answer, onChange, locked, base }: BodyProps<'rewrite'>) {
  const id = useId();
  return (
    <>
      <Excerpt excerpt={exercise.excerpt} base={base} />
      <label className="field-label" htmlFor={id}>
        Your neutral version
      </label>
      <textarea id={id} className="rewrite" rows={4} value={answer.text} readOnly={locked} onChange={(e) => onChange({ ...answer, text: e.target.value })} />
      <fieldset className="answer-group">
        <legend>Check your own version</legend>
        <ul className="options">
          {exercise.checklist.map((item, i) => (
            <li key={i}>
              <label className="option">
                <input
                  type="checkbox"
                  checked={answer.ticked.includes(i)}
                  disabled={locked}
                  onChange={() => onChange({ ...answer, ticked: answer.ticked.includes(i) ? answer.ticked.filter((x) => x !== i) : [...answer.ticked, i] })}
                />
                <span>{item}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}

const REWRITE_VERDICTS = {
  empty: 'Your version is empty, so it scores 0. Write the sentence again in neutral words.',
  unchanged: 'Your version is the same as the original, so it scores 0. Change the loaded words.',
  'loaded-kept': 'Every loaded word is still there, so it scores 0. A neutral version says the same thing without them.',
  'claim-lost': 'Your version leaves out most of the claim, so it scores 0: a neutral version says the same thing in calmer words. Words it should keep:',
  checked: null,
} as const;

export const rewriteView: TypeView<'rewrite'> = {
  Body: RewriteBody,
  Feedback: ({ answerKey, result }: FeedbackProps<'rewrite'>) => (
    <>
      {REWRITE_VERDICTS[result.verdict] && (
        <p className="rewrite-verdict">
          <VerdictTag verdict="wrong" label="Scored 0" /> {REWRITE_VERDICTS[result.verdict]}
          {result.verdict === 'claim-lost' && ` ${answerKey.keep.map(keyWordLabel).join(', ')}.`}
        </p>
      )}
      {result.verdict === 'checked' && (
        <ul className="feedback-list">
          {result.remaining.map((w) => (
            <li key={w.text}>
              <VerdictTag verdict="wrong" label="Still there" /> <strong>“{w.text}”</strong> {w.why}
            </li>
          ))}
          {result.removed.map((w) => (
            <li key={w.text}>
              <VerdictTag verdict="right" label="Gone" /> <strong>“{w.text}”</strong> {w.why}
            </li>
          ))}
          <li>
            <VerdictTag verdict={result.lost.length === 0 ? 'right' : 'partly'} label={`Claim kept: ${result.kept.length} of ${answerKey.keep.length} key words`} />
            {result.lost.length > 0 && <> Missing: {result.lost.map(keyWordLabel).join(', ')}. Is the claim still all there?</>}
          </li>
          {result.added.map((w) => (
            <li key={w.text}>
              <VerdictTag verdict="wrong" label="Added" /> <strong>“{w.text}”</strong> {w.why}
            </li>
          ))}
        </ul>
      )}
      <p>
        <strong>One neutral version:</strong> {answerKey.modelAnswer}
      </p>
      <p className="hint">
        A machine can only check the listed words. Use the checklist above and compare with the model: is the claim kept, is nothing new added, and
        does it read fairly to every side?
      </p>
    </>
  ),
};

export const rewriteKey = ({ answerKey }: KeyProps<'rewrite'>) => (
  <>
    <ul className="feedback-list">
      {answerKey.loadedWords.map((w) => (
        <li key={w.text}>
          <strong>“{w.text}”</strong> {w.why}
        </li>
      ))}
    </ul>
    <p>
      <strong>One neutral version:</strong> {answerKey.modelAnswer}
    </p>
    <div className="rubric">
      <p className="rubric__title">
        <strong>Marking by hand:</strong> an answer at each level, and why it sits there.
      </p>
      <dl className="rubric__levels">
        {RUBRIC_LEVELS.map(([level, label]) => (
          <div key={level} className="rubric__level" data-level={level}>
            <dt>{label}</dt>
            <dd>
              <span className="rubric__answer">“{answerKey.rubric[level].answer}”</span> {answerKey.rubric[level].why}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  </>
);

const RUBRIC_LEVELS = [
  ['strong', 'Strong'],
  ['partial', 'Partial'],
  ['weak', 'Weak'],
] as const;
