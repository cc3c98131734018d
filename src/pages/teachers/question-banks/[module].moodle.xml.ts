import type { APIRoute } from 'astro';
import { courseModules } from '../../../content/course-data';
import { bankItemsOf } from '../../../content/teacher-data';
import { moodleBank } from '../../../lib/question-banks/moodle';

/** One Moodle XML file per module, with the same items as its GIFT bank. */
export async function getStaticPaths() {
  return Promise.all(
    (await courseModules()).map(async (m) => ({
      params: { module: m.id },
      props: { xml: moodleBank(`Module ${m.data.order}: ${m.data.title}`, `Read the Source/Module ${m.data.order}`, await bankItemsOf(m)).xml },
    })),
  );
}

export const GET: APIRoute<{ xml: string }> = ({ props }) => new Response(props.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
