import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { loadCourseContent } from '../../src/content/load-content';
import { routes } from '../../src/lib/routes';
import { exercise } from './helpers';
import { solveByKeyboard } from './solve';

export const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));

/** A module's first lesson: its exercises sit below the fold, and islands wake when scrolled to. */
export const lesson = [...content.course.lessons.values()].find((l) => l.data.order === 1 && l.exercises.length > 0)!;
export const lessonPath = routes.lesson(lesson.data.module, lesson.slug);

/** On the lesson page: answer its first exercise right, by keyboard, and check the score. Returns its id. */
export async function solveFirstExercise(page: Page): Promise<string> {
  const id = lesson.exercises[0]!;
  const section = await exercise(page, id);
  await expect(await solveByKeyboard(page, section, content.exercises.get(id)!.exercise)).toContainText('Your score: 100%');
  return id;
}
