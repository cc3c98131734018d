import { useId } from 'react';
import type { ChoiceOption } from '../../lib/exercises/types';
import { ChoiceSummary, Excerpt, VerdictTag } from './common';
import type { BodyProps, FeedbackProps, KeyProps, TypeView } from './view';

export function OptionList({ options, name, type, checked, onToggle, locked }: {
  options: ChoiceOption[];
  /** Radios only: it makes them one group. Checkboxes stand alone, and a shared name would be invalid HTML. */
  name?: string;
  type: 'radio' | 'checkbox';
  checked: (id: string) => boolean;
  onToggle: (id: string) => void;
  locked: boolean;
}) {
  return (
    <ul className="options">
      {options.map((o) => (
        <li key={o.id}>
          <label className="option">
            <input type={type} name={name} value={o.id} checked={checked(o.id)} disabled={locked} onChange={() => onToggle(o.id)} />
            <span>{o.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

function SingleBody({ exercise, answer, onChange, locked, base }: BodyProps<'single-choice'>) {
  const name = useId();
  return (
    <>
      {exercise.excerpt && <Excerpt excerpt={exercise.excerpt} base={base} />}
      <fieldset className="answer-group">
        <legend>Choose one answer</legend>
        <OptionList options={exercise.options} name={name} type="radio" checked={(id) => answer.choice === id} onToggle={(id) => onChange({ choice: id })} locked={locked} />
      </fieldset>
    </>
  );
}

function SingleFeedback({ exercise, answerKey, answer }: FeedbackProps<'single-choice'>) {
  return (
    <ul className="feedback-list">
      {exercise.options
        .filter((o) => o.id === answer.choice || o.id === answerKey.correct)
        .map((o) => (
          <li key={o.id}>
            {o.id === answer.choice ? (
              <VerdictTag verdict={o.id === answerKey.correct ? 'right' : 'wrong'} label={o.id === answerKey.correct ? 'Your answer is right' : 'Your answer'} />
            ) : (
              <VerdictTag verdict="right" label="The answer" />
            )}{' '}
            <strong>{o.text}</strong> {answerKey.feedback[o.id]}
          </li>
        ))}
    </ul>
  );
}

function SingleKey({ exercise, answerKey }: KeyProps<'single-choice'>) {
  return <ChoiceKey options={exercise.options} correct={[answerKey.correct]} feedback={answerKey.feedback} />;
}

function ChoiceKey({ options, correct, feedback }: { options: ChoiceOption[]; correct: string[]; feedback: Record<string, string> }) {
  return (
    <ul className="feedback-list">
      {options.map((o) => (
        <li key={o.id}>
          <VerdictTag verdict={correct.includes(o.id) ? 'right' : 'wrong'} label={correct.includes(o.id) ? 'Correct' : 'Not correct'} /> <strong>{o.text}</strong>{' '}
          {feedback[o.id]}
        </li>
      ))}
    </ul>
  );
}

export const singleChoiceView: TypeView<'single-choice'> = {
  Body: SingleBody,
  Feedback: SingleFeedback,
};

export const singleChoiceKey = SingleKey;

function toggle(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

function ManyFeedback({ exercise, answerKey, answer, result }: FeedbackProps<'multiple-choice'> | FeedbackProps<'compare'>) {
  return (
    <>
    <ChoiceSummary counts={result.counts} />
    <ul className="feedback-list">
      {exercise.options.map((o) => {
        const should = answerKey.correct.includes(o.id);
        const did = answer.choices.includes(o.id);
        const label = should ? (did ? 'You chose it: right' : 'You missed this one') : did ? 'You chose it: not right' : 'You left it: right';
        return (
          <li key={o.id}>
            <VerdictTag verdict={should === did ? 'right' : 'wrong'} label={label} /> <strong>{o.text}</strong> {answerKey.feedback[o.id]}
          </li>
        );
      })}
    </ul>
    </>
  );
}

function ManyOptions({ options, answer, onChange, locked }: { options: ChoiceOption[]; answer: { choices: string[] }; onChange: (a: { choices: string[] }) => void; locked: boolean }) {
  return (
    <fieldset className="answer-group">
      <legend>Choose every answer that fits</legend>
      <OptionList options={options} type="checkbox" checked={(id) => answer.choices.includes(id)} onToggle={(id) => onChange({ choices: toggle(answer.choices, id) })} locked={locked} />
    </fieldset>
  );
}

export const multipleChoiceView: TypeView<'multiple-choice'> = {
  Body: ({ exercise, answer, onChange, locked, base }) => (
    <>
      {exercise.excerpt && <Excerpt excerpt={exercise.excerpt} base={base} />}
      <ManyOptions options={exercise.options} answer={answer} onChange={onChange} locked={locked} />
    </>
  ),
  Feedback: ManyFeedback,
};

export const multipleChoiceKey = ({ exercise, answerKey }: KeyProps<'multiple-choice'>) => (
  <ChoiceKey options={exercise.options} correct={answerKey.correct} feedback={answerKey.feedback} />
);

function CompareSides({ exercise, base }: { exercise: BodyProps<'compare'>['exercise']; base: string }) {
  return (
    <div className="compare">
      {[exercise.left, exercise.right].map((side) => (
        <section key={side.label} className="compare__side" aria-label={side.label}>
          <p className="compare__label">{side.label}</p>
          {side.excerpts.map((excerpt, i) => (
            <Excerpt key={i} excerpt={excerpt} base={base} />
          ))}
        </section>
      ))}
    </div>
  );
}

export const compareView: TypeView<'compare'> = {
  Body: ({ exercise, answer, onChange, locked, base }) => (
    <>
      <CompareSides exercise={exercise} base={base} />
      <ManyOptions options={exercise.options} answer={answer} onChange={onChange} locked={locked} />
    </>
  ),
  Feedback: ManyFeedback,
};

export const compareKey = ({ exercise, answerKey }: KeyProps<'compare'>) => (
  <ChoiceKey options={exercise.options} correct={answerKey.correct} feedback={answerKey.feedback} />
);
