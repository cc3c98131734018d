import { useState } from 'react';
import { saveLessonDone } from './progress-store';
import { useProgress } from './useProgress';

interface Props {
  lessonId: string;
  exerciseIds: string[];
}

/** The end of a lesson: how many of its exercises are done, and a button to mark it finished. */
export default function LessonComplete({ lessonId, exerciseIds }: Props) {
  const { hydrated, record } = useProgress();
  const [message, setMessage] = useState('');
  if (!hydrated) return <p className="no-js-note">With JavaScript on, you can mark this lesson as done and see it on your progress page.</p>;

  const tried = exerciseIds.filter((id) => record.exercises[id]).length;
  const done = record.lessons[lessonId];
  return (
    <div className="lesson-complete">
      <p>
        You have tried {tried} of {exerciseIds.length} exercises in this lesson.
      </p>
      {done ? (
        <p className="verdict verdict--right">✓ You finished this lesson on {new Date(done.completedAt).toLocaleDateString()}.</p>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => setMessage(saveLessonDone(lessonId) ? 'Lesson marked as done.' : 'This browser could not save that.')}
        >
          Mark this lesson as done
        </button>
      )}
      <p role="status" className="exercise__status">
        {message}
      </p>
    </div>
  );
}
