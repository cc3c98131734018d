import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { courseLessons, courseModules, lessonExerciseIds } from '../../../content/course-data';
import { giftBank, type BankItem } from '../../../lib/question-banks/gift';

/** One Moodle GIFT file per module: its pre-check, every lesson's exercises, and its post-check. */
export async function getStaticPaths() {
  const lessons = await courseLessons();
  return Promise.all(
    (await courseModules()).map(async (m) => {
      const exerciseOf = async (id: string) => (await getEntry('exercises', id))!.data;
      const own = lessons.filter((l) => l.module === m.id);
      const items: BankItem[] = [
        ...(await Promise.all(m.data.preCheck.map(async (id) => ({ exercise: await exerciseOf(id), where: 'Pre-check' })))),
        ...(
          await Promise.all(
            own.map((l, i) => Promise.all(lessonExerciseIds(l.entry.body).map(async (id) => ({ exercise: await exerciseOf(id), where: `Lesson ${i + 1}: ${l.entry.data.title}` })))),
          )
        ).flat(),
        ...(await Promise.all(m.data.postCheck.map(async (id) => ({ exercise: await exerciseOf(id), where: 'Post-check' })))),
      ];
      return { params: { module: m.id }, props: { text: giftBank(`Module ${m.data.order}: ${m.data.title}`, `Read the Source/Module ${m.data.order}`, items).text } };
    }),
  );
}

export const GET: APIRoute<{ text: string }> = ({ props }) => new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
