/**
 * The LMS's saved copy of a student's work (suspend data) for the real course, at its largest:
 * each module's package must fit SCORM 1.2's 4,096 characters with the answers themselves, and
 * the whole course's must fit 2004's 64,000 whole and 1.2's with its checks' scores.
 * With PRINT_SUSPEND=1 the sizes are printed (npm run bench does this).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourseContent } from '../../src/content/load-content';
import { moduleExerciseIds } from '../../src/content/schemas';
import { SUSPEND_LIMIT } from '../../src/lib/lms/api';
import type { ScopeModule } from '../../src/lib/lms/report';
import { encodeSuspend } from '../../src/lib/lms/suspend';
import { largestRecord, type WorstCaseModule } from '../../src/lib/lms/worst-case';

const content = loadCourseContent(fileURLToPath(new URL('../../content/', import.meta.url)));
const modules = [...content.course.modules.values()].sort((a, b) => a.data.order - b.data.order);
const lessonsOf = (moduleId: string) => [...content.course.lessons.values()].filter((l) => l.data.module === moduleId).sort((a, b) => a.data.order - b.data.order);

const packaged = modules.map((m) => {
  const exercises = moduleExerciseIds(m.data, lessonsOf(m.id).flatMap((l) => l.exercises)).map((id) => content.exercises.get(id)!.exercise);
  const scope: ScopeModule = { id: m.id, title: m.data.title, preCheck: m.data.preCheck, postCheck: m.data.postCheck, delayedCheck: m.data.delayedCheck, exercises: exercises.map((e) => ({ id: e.public.id, type: e.type, title: e.public.title })) };
  const worst: WorstCaseModule = { id: m.id, lessons: lessonsOf(m.id).map((l) => l.id.replace(/\/\d+-/, '/')), rounds: m.data.reviews.rounds.length, exercises };
  return { scope, worst };
});
const now = new Date('2026-12-02T10:00:00.000Z');

async function largest(label: string, part: typeof packaged) {
  const record = largestRecord(part.map((p) => p.worst), now);
  const scope = part.map((p) => p.scope);
  const full = (await encodeSuspend(record, scope, Infinity))!;
  const fitted12 = await encodeSuspend(record, scope, SUSPEND_LIMIT['1.2']);
  return { label, exercises: scope.flatMap((s) => s.exercises).length, characters: full.data.length, fitted12 };
}

describe('suspend data at its largest', () => {
  it('loads the course without problems', () => {
    expect(content.problems).toEqual([]);
  });

  it.each(packaged.map((p) => [p.scope.id, p]))("module %s's package keeps every answer within SCORM 1.2's 4,096 characters", async (_id, p) => {
    const size = await largest(p.scope.id, [p]);
    expect(size.characters).toBeLessThanOrEqual(SUSPEND_LIMIT['1.2']);
    expect(size.fitted12?.kept).toBe('all');
  });

  it("the whole course's package fits SCORM 2004's 64,000 characters with every answer, and 1.2's with the checks' scores", async () => {
    const size = await largest('course', packaged);
    expect(size.characters).toBeLessThanOrEqual(SUSPEND_LIMIT['2004']);
    expect(size.fitted12?.kept).toBe('check scores');
  });

  if (process.env.PRINT_SUSPEND) {
    it('prints the sizes', async () => {
      const rows = await Promise.all([...packaged.map((p) => largest(p.scope.id, [p])), largest('whole course', packaged)]);
      console.log('\nLargest suspend data a package can produce (characters; SCORM 1.2 allows 4,096, 2004 allows 64,000):');
      console.table(rows.map((r) => ({ package: r.label, exercises: r.exercises, 'with answers': r.characters, 'in SCORM 1.2': r.fitted12 ? `${r.fitted12.data.length} (${r.fitted12.kept === 'all' ? 'every answer' : r.fitted12.kept === 'scores' ? 'scores, no answers' : "the checks' scores only"})` : 'does not fit' })));
    });
  }
});
