import type { APIRoute } from 'astro';
import { courseModules } from '../../../content/course-data';
import { bankItemsOf } from '../../../content/teacher-data';
import { giftBank } from '../../../lib/question-banks/gift';

/** One Moodle GIFT file per module: its pre-check, every lesson's exercises, and its post-check. */
export async function getStaticPaths() {
  return Promise.all(
    (await courseModules()).map(async (m) => ({
      params: { module: m.id },
      props: { text: giftBank(`Module ${m.data.order}: ${m.data.title}`, `Read the Source/Module ${m.data.order}`, await bankItemsOf(m)).text },
    })),
  );
}

export const GET: APIRoute<{ text: string }> = ({ props }) => new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
