import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { lessonId } from './lib/routes';
import { loadCourseContentOrThrow, type CourseContent } from './content/load-content';
import { deskNoteSchema, deskSearchSchema } from './lib/research/schema';
import { annotationEntrySchema, documentSchema, exerciseEntrySchema, glossaryTermSchema, lessonSchema, moduleSchema, primerEntrySchema } from './content/schemas';

/**
 * The course, read and checked once per build however many collections ask for it; a change under
 * the content folder (dev server) makes the next sync read it again.
 */
const courseCache = new Map<string, CourseContent>();

function courseContent(contentDir: string): CourseContent {
  let content = courseCache.get(contentDir);
  if (!content) {
    content = loadCourseContentOrThrow(contentDir);
    courseCache.set(contentDir, content);
  }
  return content;
}

/**
 * A loader over the whole content folder: it checks every document and annotation together
 * (quotes against documents, ids across files) and fails the build naming file and entry.
 */
function courseLoader(name: string, entries: (content: CourseContent) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name,
    load: async ({ config, store, parseData, watcher }) => {
      const contentDir = fileURLToPath(new URL('content/', config.root));
      const sync = async () => {
        const content = courseContent(contentDir);
        store.clear();
        for (const { id, data } of entries(content)) {
          store.set({ id, data: await parseData({ id, data }) });
        }
      };
      await sync();
      watcher?.add(contentDir);
      watcher?.on('change', (path) => {
        if (!path.startsWith(contentDir)) return;
        courseCache.delete(contentDir);
        void sync();
      });
    },
  };
}

const documents = defineCollection({
  loader: courseLoader('course-documents', (c) => [...c.documents.values()].map((d) => ({ id: d.id, data: d.data }))),
  schema: documentSchema,
});

const annotations = defineCollection({
  loader: courseLoader('course-annotations', (c) => c.annotations.map((a) => ({ id: a.id, data: a }))),
  schema: annotationEntrySchema,
});

const exercises = defineCollection({
  loader: courseLoader('course-exercises', (c) =>
    [...c.exercises.values()].map(({ exercise, file }) => ({ id: exercise.public.id, data: { ...exercise, file } })),
  ),
  schema: exerciseEntrySchema,
});

const modules = defineCollection({
  loader: courseLoader('course-modules', (c) => [...c.course.modules.values()].map((m) => ({ id: m.id, data: m.data }))),
  schema: moduleSchema,
});

/** Lessons are MDX, rendered by Astro; their references are checked with the rest of the course. */
const lessons = defineCollection({
  // The id leaves out the file's order number (lessonId), so reordering keeps saved progress and links.
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons', generateId: ({ entry }) => lessonId(entry) }),
  schema: lessonSchema,
});

const glossary = defineCollection({
  loader: courseLoader('course-glossary', (c) => [...c.course.glossary.values()].map(({ file: _file, ...term }) => ({ id: term.id, data: term }))),
  schema: glossaryTermSchema,
});

const primer = defineCollection({
  loader: courseLoader('course-primer', (c) => [...c.course.primer.values()].map(({ file: _file, ...entry }) => ({ id: entry.id, data: entry }))),
  schema: primerEntrySchema,
});

/** The research desk: reference notes, and the captured search pages that list them. */
const deskNotes = defineCollection({
  loader: courseLoader('desk-notes', (c) => [...c.desk.notes.values()].map(({ file: _file, ...note }) => ({ id: note.id, data: note }))),
  schema: deskNoteSchema,
});
const deskSearches = defineCollection({
  loader: courseLoader('desk-searches', (c) => [...c.desk.searches.values()].map(({ file: _file, ...search }) => ({ id: search.id, data: search }))),
  schema: deskSearchSchema,
});

export const collections = { documents, annotations, exercises, modules, lessons, glossary, primer, deskNotes, deskSearches };
