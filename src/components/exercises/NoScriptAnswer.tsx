import type { ComponentType } from 'react';
import type { ExerciseOf, ExerciseType } from '../../lib/exercises/types';
import { KEYS } from './keys';
import type { KeyProps } from './view';

/**
 * Without JavaScript (or before it runs): a note, then the answer behind a disclosure. Rendered on
 * the server into the island's slot, so the keys' code stays out of the island's script.
 */
export default function NoScriptAnswer<T extends ExerciseType>({ exercise, base }: { exercise: ExerciseOf<T>; base: string }) {
  const Key: ComponentType<KeyProps<T>> = KEYS[exercise.type];
  return (
    <>
      <p className="no-js-note">
        Checking your answer needs JavaScript, and the site opened from a web server. You can still work it out, then read the answer.
      </p>
      <details className="reveal" data-pagefind-ignore="">
        <summary>Show the answer and explanation</summary>
        <Key exercise={exercise.public} answerKey={exercise.key} base={base} />
      </details>
    </>
  );
}
