import { useId } from 'react';
import { NO_PROBLEM, RATING_SCALE, type Category, type ClassifyPublic, type Rating } from '../../lib/exercises/types';
import { techniqueById } from '../../lib/techniques';
import { Excerpt, VerdictTag } from './common';
import type { BodyProps, FeedbackProps, KeyProps, TypeView } from './view';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function categoryLabel(category: Category): string {
  return category === NO_PROBLEM ? 'No problem here' : techniqueById(category).label;
}

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
  label: 'Classify',
  empty: (e) => ({ answers: Object.fromEntries(e.items.map((i) => [i.id, null])) }),
  missing: (e, a) => {
    const left = e.items.filter((i) => !a.answers[i.id]).length;
    return left > 0 ? `Choose an answer for every excerpt first (${left} left).` : null;
  },
  accepts: (e, s): s is { answers: Record<string, Category | null> } =>
    isObject(s) &&
    isObject(s.answers) &&
    Object.entries(s.answers).every(([id, c]) => e.items.some((i) => i.id === id) && (c === null || e.categories.includes(c as Category))),
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
    <ol className="feedback-list">
      {result.items.map((r, index) => (
        <li key={r.id}>
          <VerdictTag verdict={r.correct ? 'right' : 'wrong'} label={r.correct ? `Excerpt ${index + 1}: right` : `Excerpt ${index + 1}: you chose ${r.chosen ? categoryLabel(r.chosen) : 'nothing'}`} />{' '}
          <strong>Answer: {categoryLabel(r.answer)}.</strong> {answerKey.feedback[r.id]}
          <span className="visually-hidden"> ({exercise.items[index]!.excerpt.text})</span>
        </li>
      ))}
    </ol>
  ),
  Key: ({ exercise, answerKey }: KeyProps<'classify'>) => (
    <ol className="feedback-list">
      {exercise.items.map((item) => (
        <li key={item.id}>
          <strong>Answer: {categoryLabel(answerKey.answers[item.id]!)}.</strong> {answerKey.feedback[item.id]}
        </li>
      ))}
    </ol>
  ),
};

/* ---------------------------------------------------------------- rate the source */

const ratingLabel = (value: number) => RATING_SCALE.find((r) => r.value === value)?.label ?? String(value);

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

const RATING_VERDICTS = { 'in-range': 'right', close: 'partly', far: 'wrong', missing: 'wrong' } as const;

export const rateSourceView: TypeView<'rate-source'> = {
  label: 'Rate the source',
  empty: () => ({ rating: null, reasons: [] }),
  missing: (_e, a) => (a.rating === null ? 'Choose a rating first.' : a.reasons.length === 0 ? 'Choose at least one reason first.' : null),
  accepts: (e, s): s is { rating: Rating | null; reasons: string[] } =>
    isObject(s) &&
    (s.rating === null || RATING_SCALE.some((r) => r.value === s.rating)) &&
    Array.isArray(s.reasons) &&
    s.reasons.every((id) => e.reasons.some((r) => r.id === id)),
  Body: RateBody,
  Feedback: ({ exercise, answerKey, answer, result }: FeedbackProps<'rate-source'>) => (
    <>
      <p>
        <VerdictTag verdict={RATING_VERDICTS[result.rating]} label={`You rated it ${answer.rating ? ratingLabel(answer.rating) : '—'}`} /> An expert would rate it{' '}
        <strong>{answerKey.rating.min === answerKey.rating.max ? ratingLabel(answerKey.rating.min) : `${ratingLabel(answerKey.rating.min)} to ${ratingLabel(answerKey.rating.max)}`}</strong>.{' '}
        {answerKey.ratingExplanation}
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
  Key: ({ exercise, answerKey }: KeyProps<'rate-source'>) => (
    <>
      <p>
        Expert rating: <strong>{answerKey.rating.min === answerKey.rating.max ? ratingLabel(answerKey.rating.min) : `${ratingLabel(answerKey.rating.min)} to ${ratingLabel(answerKey.rating.max)}`}</strong>.{' '}
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
  ),
};

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

export const rewriteView: TypeView<'rewrite'> = {
  label: 'Rewrite neutrally',
  empty: () => ({ text: '', ticked: [] }),
  missing: (_e, a) => (a.text.trim() === '' ? 'Write your version first.' : null),
  accepts: (e, s): s is { text: string; ticked: number[] } =>
    isObject(s) && typeof s.text === 'string' && Array.isArray(s.ticked) && s.ticked.every((i) => Number.isInteger(i) && i >= 0 && i < e.checklist.length),
  Body: RewriteBody,
  Feedback: ({ answerKey, result }: FeedbackProps<'rewrite'>) => (
    <>
      {result.unchanged && <p>Your version is the same as the original. Try changing the loaded words.</p>}
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
      </ul>
      <p>
        <strong>One neutral version:</strong> {answerKey.modelAnswer}
      </p>
      <p className="hint">The check above only looks for the listed words. Compare your version with the model: is the claim kept, and is nothing new added?</p>
    </>
  ),
  Key: ({ answerKey }: KeyProps<'rewrite'>) => (
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
    </>
  ),
};
