/**
 * The research desk, as the content guide asks: every note names its source (title, publisher,
 * date, address), quotes at most one sentence and says where its source stands; the results
 * pages mix the outlet's own pages with outside ones; and the tasks built on them score the first
 * click without a pattern a student could learn instead of reading.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../src/content/load-content';

const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
const notes = [...content.desk.notes.values()];
const searches = [...content.desk.searches.values()];
const tasks = [...content.exercises.values()].flatMap(({ exercise }) => (exercise.type === 'search-task' ? [exercise] : []));

describe('the research desk’s notes', () => {
  it('exist, and every one names its title, publisher, date and address', () => {
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const where = `${note.file}: note "${note.id}"`;
      expect(note.title.trim(), where).not.toBe('');
      expect(note.publisher.trim(), where).not.toBe('');
      expect(note.date, where).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/);
      expect(() => new URL(note.url), where).not.toThrow();
    }
  });

  it('quote at most one sentence, marked as a quote and kept apart from the course’s own words', () => {
    for (const note of notes) {
      const where = `${note.file}: note "${note.id}"`;
      expect(note.quote?.match(/[.!?]["”’)]?\s+["“‘(]?[A-Z]/g) ?? [], where).toEqual([]);
      // The course's own words never carry a long verbatim run from the quote.
      if (note.quote) expect(`${note.says} ${note.standpoint}`.includes(note.quote.slice(0, 40)), where).toBe(false);
    }
  });

  it('say where each source stands, and are all reachable from a search', () => {
    for (const note of notes) expect(note.standpoint.length, `${note.file}: note "${note.id}"`).toBeGreaterThanOrEqual(20);
    const listed = new Set(searches.flatMap((s) => s.results.map((r) => r.note)));
    expect(notes.filter((n) => !listed.has(n.id)).map((n) => n.id)).toEqual([]);
  });
});

describe('the tasks on the desk', () => {
  it('value every result of their search, with at least one best and one poor first click', () => {
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      const values = task.public.results.map((r) => task.key.values[r.id]);
      expect(values, task.public.id).not.toContain(undefined);
      expect(values, task.public.id).toContain('best');
      expect(values, task.public.id).toContain('poor');
    }
  });

  it('put the best first click at more than one position across the course, and never only first', () => {
    const positions = tasks.map((t) => t.public.results.findIndex((r) => t.key.values[r.id] === 'best'));
    if (tasks.length >= 3) expect(new Set(positions).size).toBeGreaterThan(1);
    expect(positions.every((p) => p === 0)).toBe(false);
  });
});
