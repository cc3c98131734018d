/**
 * Reads and checks the research desk (content/research/*.yaml): reference notes and the captured
 * search pages that list them. Problems name the file and the entry, like the rest of the loader.
 */
import { join, relative } from 'node:path';
import { addEntries, filesIn, formatIssues, readYaml } from './content-files';
import { deskFileSchema, type DeskNote, type DeskSearch, type NoteKind } from '../lib/research/schema';
import { normaliseQuery } from '../lib/research/desk';

export interface Desk {
  notes: Map<string, DeskNote & { file: string }>;
  searches: Map<string, DeskSearch & { file: string }>;
}

/** A page about the outlet from itself or its friends, and one from outside: the mix lateral reading weighs. */
const INSIDE: readonly NoteKind[] = ['self-description', 'friendly'];
const OUTSIDE: readonly NoteKind[] = ['reference', 'news', 'original', 'hostile'];

export function loadDesk(contentDir: string, documentIds: ReadonlySet<string>, problems: string[]): Desk {
  const name = (file: string) => relative(join(contentDir, '..'), file);
  const desk: Desk = { notes: new Map(), searches: new Map() };
  for (const file of filesIn(join(contentDir, 'research'), '.yaml')) {
    const fileName = name(file);
    const raw = readYaml(file, fileName, problems);
    if (raw === undefined) continue;
    const parsed = deskFileSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${fileName}: ${formatIssues(parsed.error)}`);
      continue;
    }
    addEntries(desk.notes, parsed.data.notes, fileName, 'note', problems);
    addEntries(desk.searches, parsed.data.searches, fileName, 'search', problems);
  }

  const listed = new Set<string>();
  const phrasings = new Map<string, string>();
  for (const search of desk.searches.values()) {
    const where = `${search.file}: search "${search.id}"`;
    for (const doc of search.documents) if (!documentIds.has(doc)) problems.push(`${where}: unknown document "${doc}"`);
    const kinds = new Set<NoteKind>();
    const seen = new Set<string>();
    for (const result of search.results) {
      const note = desk.notes.get(result.note);
      if (!note) {
        problems.push(`${where}: unknown note "${result.note}"`);
        continue;
      }
      if (seen.has(result.note)) problems.push(`${where}: note "${result.note}" is listed twice`);
      seen.add(result.note);
      listed.add(result.note);
      kinds.add(note.kind);
    }
    if (seen.size === search.results.length && (!INSIDE.some((k) => kinds.has(k)) || !OUTSIDE.some((k) => kinds.has(k)))) {
      problems.push(`${where}: a results page needs a page from the outlet or its friends and one from outside (a reference, news report, original or critic), so there is something to weigh`);
    }
    for (const phrasing of [search.query, ...search.alsoMatches]) {
      const key = normaliseQuery(phrasing);
      const owner = phrasings.get(key);
      if (owner && owner !== search.id) problems.push(`${where}: "${phrasing}" already finds search "${owner}"; the box could not tell them apart`);
      phrasings.set(key, search.id);
    }
  }
  for (const note of desk.notes.values()) {
    if (!listed.has(note.id)) problems.push(`${note.file}: note "${note.id}": no search lists it, so no student can reach it`);
  }
  return desk;
}
