import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../src/content/load-content';
import { decodeAssignment, encodeAssignment } from '../../src/lib/assignments/assignment-link';
import { parseProgress } from '../../src/lib/progress';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const copies: string[] = [];
/** The real course, copied so a test can rename its files. */
function courseCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lesson-identity-'));
  cpSync(CONTENT, dir, { recursive: true });
  copies.push(dir);
  return dir;
}
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const original = loadCourseContent(CONTENT);
const ids = [...original.course.lessons.keys()].sort();

describe("a lesson's identity", () => {
  it('is its module and slug, never its order number', () => {
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id, id).toMatch(/^[a-z0-9-]+\/[a-z][a-z0-9-]*$/);
  });

  it('survives reordering: renumbered files keep their ids, and progress and links from before still find the lessons', async () => {
    const dir = courseCopy();
    const lessonsDir = join(dir, 'lessons', 'claims-without-evidence');
    renameSync(join(lessonsDir, '1-what-counts-as-evidence.mdx'), join(lessonsDir, '7-what-counts-as-evidence.mdx'));
    renameSync(join(lessonsDir, '2-who-says-so.mdx'), join(lessonsDir, '1-who-says-so.mdx'));
    const reordered = loadCourseContent(dir);
    expect(reordered.problems).toEqual([]);
    expect([...reordered.course.lessons.keys()].sort()).toEqual(ids);

    // Saved by the version that named lessons by file (record version 1), and a link sent then.
    const known = new Set(reordered.course.lessons.keys());
    const saved = parseProgress(JSON.stringify({ version: 1, exercises: {}, lessons: { 'claims-without-evidence/1-what-counts-as-evidence': { completedAt: '2026-10-01T09:00:00.000Z' } } }));
    expect(Object.keys(saved.record.lessons).every((id) => known.has(id))).toBe(true);
    expect(Object.keys(saved.record.lessons)).toHaveLength(1);
    const link = await encodeAssignment({ title: 'Week 1', due: null, lessons: ['claims-without-evidence/1-what-counts-as-evidence', 'claims-without-evidence/2-who-says-so'] });
    expect(await decodeAssignment(link, known)).toMatchObject({ ok: true, assignment: { lessons: ['claims-without-evidence/what-counts-as-evidence', 'claims-without-evidence/who-says-so'] } });
  });

  it('must be unique: two files of one module with the same name after the number fail, naming both', () => {
    const dir = courseCopy();
    const lessonsDir = join(dir, 'lessons', 'claims-without-evidence');
    cpSync(join(lessonsDir, '2-who-says-so.mdx'), join(lessonsDir, '9-who-says-so.mdx'));
    const problems = loadCourseContent(dir).problems.join('\n');
    expect(problems).toContain('9-who-says-so.mdx');
    expect(problems).toContain('2-who-says-so.mdx');
    expect(problems).toContain('same name once its order number is left out');
  });
});
