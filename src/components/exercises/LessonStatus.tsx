import { useProgress } from './useProgress';

/** "Done" beside a lesson in an outline, once the student has finished it. */
export default function LessonStatus({ lessonId }: { lessonId: string }) {
  const { hydrated, record } = useProgress();
  if (!hydrated || !record.lessons[lessonId]) return null;
  return <span className="verdict verdict--right">✓ Done</span>;
}
