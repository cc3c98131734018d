import { routes } from './routes';
/**
 * The course's reading order: for each module, its pre-check, its lessons, its post-check.
 * Pages use it for "Module 2 of 5 · Lesson 3 of 4", the outline, and previous / next links.
 */
export interface ModuleRef {
  id: string;
  order: number;
  title: string;
}

export interface LessonRef {
  module: string;
  slug: string;
  order: number;
  title: string;
}

export type Step =
  | { kind: 'pre-check'; module: string; title: string; path: string }
  | { kind: 'lesson'; module: string; title: string; path: string; lessonNumber: number; lessonCount: number }
  | { kind: 'post-check'; module: string; title: string; path: string };

export function courseSteps(modules: readonly ModuleRef[], lessons: readonly LessonRef[]): Step[] {
  const steps: Step[] = [];
  for (const m of [...modules].sort((a, b) => a.order - b.order)) {
    const own = lessons.filter((l) => l.module === m.id).sort((a, b) => a.order - b.order);
    steps.push({ kind: 'pre-check', module: m.id, title: 'Before you start: pre-check', path: routes.check(m.id, 'pre') });
    own.forEach((l, i) =>
      steps.push({ kind: 'lesson', module: m.id, title: l.title, path: routes.lesson(m.id, l.slug), lessonNumber: i + 1, lessonCount: own.length }),
    );
    steps.push({ kind: 'post-check', module: m.id, title: 'After the lessons: post-check', path: routes.check(m.id, 'post') });
  }
  return steps;
}

/** The steps before and after a page, by its path. */
export function neighbours(steps: readonly Step[], path: string): { previous: Step | null; next: Step | null } {
  const index = steps.findIndex((s) => s.path === path);
  if (index < 0) return { previous: null, next: null };
  return { previous: steps[index - 1] ?? null, next: steps[index + 1] ?? null };
}
