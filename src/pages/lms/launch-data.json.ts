import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { courseLessons, courseModules, lessonExerciseIds } from '../../content/course-data';
import { moduleExerciseIds } from '../../content/schemas';
import type { LaunchData, PublicExercise } from '../../lib/lms/launch-data';

/**
 * What the LMS launch page (lms/index.html) reads: every module's checks and its exercises' public
 * parts. npm run lms writes each package its own modules' part.
 */
export const GET: APIRoute = async () => {
  const lessons = await courseLessons();
  // The key stays out: the LMS needs only what the student saw, to read their answer back.
  const publicOf = async (id: string): Promise<PublicExercise> => {
    const { data } = (await getEntry('exercises', id))!;
    return { id, type: data.type, title: data.public.title, public: data.public };
  };
  const launch: LaunchData = {
    modules: await Promise.all(
      (await courseModules()).map(async (m) => ({
        id: m.id,
        title: `Module ${m.data.order}: ${m.data.title}`,
        preCheck: m.data.preCheck,
        postCheck: m.data.postCheck,
        delayedCheck: m.data.delayedCheck,
        exercises: await Promise.all(
          moduleExerciseIds(
            m.data,
            lessons.filter((l) => l.module === m.id).flatMap((l) => lessonExerciseIds(l.entry.body)),
          ).map(publicOf),
        ),
      })),
    ),
  };
  return new Response(JSON.stringify(launch), { headers: { 'Content-Type': 'application/json' } });
};
