import { describe, expect, it } from 'vitest';
import { assignmentWithLesson, REMEMBER_AT_MOST, REMEMBERED_ASSIGNMENTS_KEY, rememberAssignment, rememberedAssignments, type AssignmentStorage } from './remembered';

class MemoryStorage implements AssignmentStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}

const assignment = (title: string, lessons: string[]) => ({ title, due: null, lessons });
const at = (n: number) => new Date(Date.UTC(2026, 11, 1, 9, n));

describe('remembered assignments', () => {
  it('keeps each assignment once, the most recently opened first, and no more than the limit', () => {
    const storage = new MemoryStorage();
    expect(rememberAssignment(storage, '#a1.week1', assignment('Week 1', ['m1/a']), at(0))).toBe(true);
    expect(rememberAssignment(storage, '#a1.week2', assignment('Week 2', ['m1/b', 'm2/c']), at(1))).toBe(true);
    expect(rememberAssignment(storage, '#a1.week1', assignment('Week 1', ['m1/a']), at(2))).toBe(true);
    const list = rememberedAssignments(storage);
    expect(list.map((r) => r.assignment.title)).toEqual(['Week 1', 'Week 2']);
    expect(list[0]).toEqual({ fragment: 'a1.week1', openedAt: at(2).toISOString(), assignment: assignment('Week 1', ['m1/a']) });

    for (let i = 0; i < REMEMBER_AT_MOST + 3; i++) rememberAssignment(storage, `a1.more${i}`, assignment(`Week ${i + 3}`, ['m1/a']), at(3 + i));
    expect(rememberedAssignments(storage)).toHaveLength(REMEMBER_AT_MOST);
  });

  it('keeps an assignment’s text in its link only, not a second time beside it', () => {
    const storage = new MemoryStorage();
    const body = 'A long article. '.repeat(500);
    rememberAssignment(storage, 'a2.withtext', { ...assignment('Read this', []), text: { title: 'Article', body } }, at(0));
    expect(storage.items.get(REMEMBERED_ASSIGNMENTS_KEY)).not.toContain('A long article');
    expect(rememberedAssignments(storage)[0]).toEqual({ fragment: 'a2.withtext', openedAt: at(0).toISOString(), assignment: assignment('Read this', []) });
  });

  it('leads a lesson back to the latest assignment that includes it', () => {
    const storage = new MemoryStorage();
    rememberAssignment(storage, 'a1.both', assignment('Both', ['m1/a', 'm1/b']), at(0));
    rememberAssignment(storage, 'a1.b', assignment('Only b', ['m1/b']), at(1));
    const list = rememberedAssignments(storage);
    expect(assignmentWithLesson(list, 'm1/b')?.assignment.title).toBe('Only b');
    expect(assignmentWithLesson(list, 'm1/a')?.assignment.title).toBe('Both');
    expect(assignmentWithLesson(list, 'm2/c')).toBeNull();
  });

  it('reads damaged storage as no assignments, leaves out entries that do not fit, and keeps the rest when remembering again', () => {
    const storage = new MemoryStorage();
    storage.setItem(REMEMBERED_ASSIGNMENTS_KEY, '{not json');
    expect(rememberedAssignments(storage)).toEqual([]);
    storage.setItem(REMEMBERED_ASSIGNMENTS_KEY, JSON.stringify({ fragment: 'x' }));
    expect(rememberedAssignments(storage)).toEqual([]);
    const good = { fragment: 'a1.good', openedAt: at(0).toISOString(), title: 'Good', due: '2026-12-11', lessons: ['m1/a'] };
    storage.setItem(
      REMEMBERED_ASSIGNMENTS_KEY,
      JSON.stringify([7, { ...good, lessons: 'm1/a' }, { ...good, due: 5 }, { ...good, title: undefined }, good]),
    );
    expect(rememberedAssignments(storage).map((r) => r.assignment)).toEqual([{ title: 'Good', due: '2026-12-11', lessons: ['m1/a'] }]);
    rememberAssignment(storage, 'a1.new', assignment('New', ['m1/b']), at(1));
    expect(rememberedAssignments(storage).map((r) => r.assignment.title)).toEqual(['New', 'Good']);
  });

  it('says so when the browser will not keep the list', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(rememberAssignment(storage, 'a1.x', assignment('Week 1', ['m1/a']), at(0))).toBe(false);
  });
});
