/**
 * One exercise in an answer key: the question as a student sees it (the type's own Body, locked
 * and empty; on paper without the instructions for the screen), then the answer with every
 * explanation (the type's own Key). Rendered on the server only: used in .astro pages without a
 * client: directive, so it ships no JavaScript.
 */
import type { ComponentType } from 'react';
import { runtimeOf } from '../../lib/exercises/registry';
import { splitScreenOnly } from '../../lib/teacher-guide';
import type { ExerciseOf, ExerciseType } from '../../lib/exercises/types';
import { KEYS } from '../exercises/keys';
import type { KeyProps } from '../exercises/view';
import { VIEWS } from '../exercises/views';

interface Props<T extends ExerciseType> {
  exercise: ExerciseOf<T>;
  base: string;
  /** The level of the exercise's title; the answer's heading is one below. */
  headingLevel?: 2 | 3;
  /** Shown before the type label, e.g. "Exercise 2". */
  number?: string;
}

export default function KeyExercise<T extends ExerciseType>({ exercise, base, headingLevel = 3, number }: Props<T>) {
  const view = VIEWS[exercise.type];
  const Key: ComponentType<KeyProps<T>> = KEYS[exercise.type];
  const runtime = runtimeOf(exercise.type);
  const pub = exercise.public;
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const Answer = headingLevel === 2 ? 'h3' : 'h4';
  const prompt = splitScreenOnly(pub.prompt);
  return (
    <section className="key-exercise" aria-labelledby={`${pub.id}-key-title`} data-exercise={pub.id} data-type={exercise.type} id={pub.id}>
      <p className="key-exercise__type">
        {number ? `${number} · ` : ''}
        {runtime.label}
      </p>
      <Title className="key-exercise__title" id={`${pub.id}-key-title`}>
        {pub.title}
      </Title>
      <p className="key-exercise__prompt">
        {prompt.paper}
        {prompt.screenOnly && <span className="no-print">{prompt.screenOnly}</span>}
      </p>
      <div className="key-exercise__question">
        <view.Body exercise={pub} answer={runtime.empty(pub)} onChange={() => {}} locked base={base} />
      </div>
      <div className="key-exercise__answer">
        <Answer className="key-exercise__answer-title">Answer and explanations</Answer>
        <Key exercise={pub} answerKey={exercise.key} base={base} />
      </div>
    </section>
  );
}
