/** The course as pages need it, from the collections. Build time only. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { courseSteps, type Step } from '../lib/course-order';
import { lessonSlug, routes } from '../lib/routes';
import type { ReviewModule } from '../lib/reviews/schedule';

export interface CourseLesson {
  entry: CollectionEntry<'lessons'>;
  module: string;
  slug: string;
  path: string;
}

export async function courseModules(): Promise<CollectionEntry<'modules'>[]> {
  return (await getCollection('modules')).sort((a, b) => a.data.order - b.data.order);
}

export async function courseLessons(): Promise<CourseLesson[]> {
  return (await getCollection('lessons'))
    .map((entry) => {
      const slug = lessonSlug(entry.id.split('/').pop()!);
      return { entry, module: entry.data.module, slug, path: routes.lesson(entry.data.module, slug) };
    })
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

export async function allSteps(): Promise<Step[]> {
  const modules = await courseModules();
  const lessons = await courseLessons();
  return courseSteps(
    modules.map((m) => ({ id: m.id, order: m.data.order, title: m.data.title })),
    lessons.map((l) => ({ module: l.module, slug: l.slug, order: l.entry.data.order, title: l.entry.data.title })),
  );
}

/** The exercise ids a lesson embeds, read from its source, in order. */
export function lessonExerciseIds(body: string | undefined): string[] {
  return [...(body ?? '').matchAll(/<Exercise\s+id="([^"]+)"/g)].map((m) => m[1]!);
}

/** Each module as the review schedule needs it, with its title, for the pages that show reviews. */
export async function reviewModules(): Promise<(ReviewModule & { title: string })[]> {
  return (await courseModules()).map((m) => ({
    id: m.id,
    order: m.data.order,
    title: m.data.title,
    postCheck: m.data.postCheck,
    delayedCheck: m.data.delayedCheck,
    rounds: m.data.reviews.rounds,
    mixIns: m.data.reviews.mixIns,
  }));
}
