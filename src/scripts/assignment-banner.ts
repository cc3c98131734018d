import { assignmentWithLesson, rememberedAssignments } from '../lib/assignments/remembered';
import { currentProgress } from '../components/exercises/progress-store';
import { dayInWords } from '../lib/format';
import { localStorageOrNull } from '../lib/storage';

/**
 * On a lesson page: if the student opened an assignment that includes this lesson, say so and link
 * back to it. Plain DOM, built with textContent: the title comes from a link anyone can make.
 */
export function initAssignmentBanner(root: Document): void {
  const banner = root.querySelector<HTMLElement>('[data-assignment-banner]');
  const storage = localStorageOrNull();
  if (!banner || !storage) return;
  const lessonId = banner.dataset.lesson ?? '';
  const found = assignmentWithLesson(rememberedAssignments(storage), lessonId);
  if (!found) return;

  const { title, due, lessons } = found.assignment;
  const done = currentProgress().record.lessons;
  const doneCount = lessons.filter((id) => done[id]).length;
  const text = root.createElement('p');
  const label = root.createElement('strong');
  label.textContent = 'Your assignment: ';
  const details = [
    `lesson ${lessons.indexOf(lessonId) + 1} of ${lessons.length}`,
    `${doneCount} of ${lessons.length} done`,
    ...(due ? [`due ${dayInWords(due)}`] : []),
  ];
  const link = root.createElement('a');
  link.href = `${banner.dataset.href}#${found.fragment}`;
  link.textContent = 'Back to the assignment';
  text.append(label, `“${title}” · ${details.join(' · ')}. `, link);
  banner.replaceChildren(text);
  banner.hidden = false;
}
