import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { catalogEntryOf } from '../../../../lib/exercises/reports';
import type { CatalogEntry } from '../../../../lib/exercises/runtime';
import { catalogFileName } from '../../../../content/teacher-data';

/**
 * What the results page needs to name each exercise and put its mistakes into words, one file per
 * exercise file (a module's exercises), so the page fetches only those its results are about.
 */
export const getStaticPaths = (async () => {
  const byFile = new Map<string, Record<string, CatalogEntry>>();
  for (const entry of await getCollection('exercises')) {
    const name = catalogFileName(entry.data.file);
    byFile.set(name, { ...byFile.get(name), [entry.id]: catalogEntryOf(entry.data) });
  }
  return [...byFile].map(([file, entries]) => ({ params: { file }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: Record<string, CatalogEntry> }> = ({ props }) => new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json' } });
