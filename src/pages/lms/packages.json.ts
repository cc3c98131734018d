import type { APIRoute } from 'astro';
import { courseModules } from '../../content/course-data';
import { startPage } from '../../lib/lms/launch-data';
import { DEFAULT_PASSING_SCORE } from '../../lib/lms/report';

/** What npm run lms needs to describe each package (its manifest, its first page): one per module, and the whole course. */
export const GET: APIRoute = async () => {
  const modules = await courseModules();
  const packages = [
    ...modules.map((m) => ({ id: m.id, modules: [m.id], start: startPage([m.id]), title: `Read the Source, module ${m.data.order}: ${m.data.title}`, description: m.data.summary, minutes: m.data.minutes })),
    {
      id: 'course',
      modules: [],
      start: startPage([]),
      title: 'Read the Source: the whole course',
      description: `A media-literacy course built on five real web articles: ${modules.map((m) => m.data.title).join('; ')}.`,
      minutes: modules.reduce((sum, m) => sum + m.data.minutes, 0),
    },
  ];
  return new Response(JSON.stringify({ language: 'en', passingScore: DEFAULT_PASSING_SCORE, packages }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
