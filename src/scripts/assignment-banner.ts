import { assignmentWithLesson, rememberedAssignments } from '../lib/assignments/remembered';
import { dayInWords } from '../lib/format';
import { PROGRESS_KEY, savedLessons } from '../lib/progress';
import type { AssignmentStorage } from '../lib/assignments/remembered';

/**
 * On a lesson page: if the student opened an assignment that includes this lesson, say so and link
 * back to it. It runs inline, straight after the banner's place, while the lesson below is still
 * unread, so showing it pushes nothing down (scripts/inline-scripts.mjs). So it only reads saved
 * progress: repairing damaged progress, and saying so, is the progress notice's work later on.
 * Plain DOM, built with textContent: the title comes from a link anyone can make.
 */
export function initAssignmentBanner(root: Document, storage: AssignmentStorage | null): void {
  const banner = root.querySelector<HTMLElement>('[data-assignment-banner]');
  if (!banner || !storage) return;
  const lessonId = banner.dataset.lesson ?? '';
  const found = assignmentWithLesson(rememberedAssignments(storage), lessonId);
  if (!found) return;

  const { title, due, lessons } = found.assignment;
  const done = lessonsDone(storage);
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

function lessonsDone(storage: AssignmentStorage): Record<string, unknown> {
  try {
    return savedLessons(storage.getItem(PROGRESS_KEY));
  } catch {
    // The browser refused to read storage: the banner still leads back, without the count.
    return {};
  }
}
