import { describe, expect, it } from 'vitest';
import { encodeAssignment } from './assignment-link';
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

const known = new Set(['m1/a', 'm1/b', 'm2/c']);
const link = (title: string, lessons: string[]) => `#${encodeAssignment({ title, due: null, lessons })}`;
const at = (n: number) => new Date(Date.UTC(2026, 11, 1, 9, n));

describe('remembered assignments', () => {
  it('keeps each assignment once, the most recently opened first, and no more than the limit', () => {
    const storage = new MemoryStorage();
    expect(rememberAssignment(storage, link('Week 1', ['m1/a']), at(0))).toBe(true);
    expect(rememberAssignment(storage, link('Week 2', ['m1/b', 'm2/c']), at(1))).toBe(true);
    expect(rememberAssignment(storage, link('Week 1', ['m1/a']), at(2))).toBe(true);
    const list = rememberedAssignments(storage, known);
    expect(list.map((r) => r.assignment.title)).toEqual(['Week 1', 'Week 2']);
    expect(list[0]!.openedAt).toBe(at(2).toISOString());
    expect(list[0]!.fragment.startsWith('#')).toBe(false);

    for (let i = 0; i < REMEMBER_AT_MOST + 3; i++) rememberAssignment(storage, link(`Week ${i + 3}`, ['m1/a']), at(3 + i));
    expect(rememberedAssignments(storage, known)).toHaveLength(REMEMBER_AT_MOST);
  });

  it('leads a lesson back to the latest assignment that includes it', () => {
    const storage = new MemoryStorage();
    rememberAssignment(storage, link('Both', ['m1/a', 'm1/b']), at(0));
    rememberAssignment(storage, link('Only b', ['m1/b']), at(1));
    const list = rememberedAssignments(storage, known);
    expect(assignmentWithLesson(list, 'm1/b')?.assignment.title).toBe('Only b');
    expect(assignmentWithLesson(list, 'm1/a')?.assignment.title).toBe('Both');
    expect(assignmentWithLesson(list, 'm2/c')).toBeNull();
  });

  it('reads damaged storage as no assignments, and skips entries that no longer decode', () => {
    const storage = new MemoryStorage();
    storage.setItem(REMEMBERED_ASSIGNMENTS_KEY, '{not json');
    expect(rememberedAssignments(storage, known)).toEqual([]);
    storage.setItem(REMEMBERED_ASSIGNMENTS_KEY, JSON.stringify({ fragment: 'x' }));
    expect(rememberedAssignments(storage, known)).toEqual([]);
    const good = link('Good', ['m1/a']).slice(1);
    storage.setItem(
      REMEMBERED_ASSIGNMENTS_KEY,
      JSON.stringify([{ fragment: `${good}x`, openedAt: 'x' }, 7, { fragment: good, openedAt: at(0).toISOString() }, { fragment: link('Gone', ['m9/z']).slice(1), openedAt: 'x' }]),
    );
    expect(rememberedAssignments(storage, known).map((r) => r.assignment.title)).toEqual(['Good']);
    // Remembering again keeps the readable entry.
    rememberAssignment(storage, link('New', ['m1/b']), at(1));
    expect(rememberedAssignments(storage, known).map((r) => r.assignment.title)).toEqual(['New', 'Good']);
  });

  it('says so when the browser will not keep the list', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(rememberAssignment(storage, link('Week 1', ['m1/a']), at(0))).toBe(false);
  });
});
