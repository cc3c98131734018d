import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentKey, decodeAssignment, encodeAssignment, type Assignment } from './assignment-link';

const known = new Set(['mod-a/1-one', 'mod-a/2-two', 'mod-b/1-three']);

describe('assignment links', () => {
  it('round-trip an assignment and give it a stable key', () => {
    const assignment: Assignment = { title: 'Week 3: sources', due: '2026-12-01', lessons: ['mod-a/2-two', 'mod-b/1-three'] };
    const fragment = encodeAssignment(assignment);
    const decoded = decodeAssignment(`#${fragment}`, known);
    expect(decoded).toEqual({ ok: true, assignment, key: assignmentKey(fragment) });
    expect(assignmentKey(`#${fragment}`)).toBe(assignmentKey(fragment));
  });

  it('round-trip any assignment of known lessons (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).filter((t) => t.trim() === t),
        fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
        fc.subarray([...known], { minLength: 1 }),
        (title, due, lessons) => {
          const result = decodeAssignment(encodeAssignment({ title, due, lessons }), known);
          expect(result).toMatchObject({ ok: true, assignment: { title, due, lessons } });
        },
      ),
    );
  });

  it('explain an empty, foreign, damaged or unknown assignment', () => {
    const fragment = encodeAssignment({ title: 'X', due: null, lessons: ['mod-a/1-one'] });
    expect(decodeAssignment('', known)).toMatchObject({ ok: false, error: expect.stringContaining('holds no assignment') });
    expect(decodeAssignment('#hello', known)).toMatchObject({ ok: false, error: expect.stringContaining('does not hold an assignment') });
    expect(decodeAssignment(fragment.slice(0, -2), known)).toMatchObject({ ok: false, error: expect.stringContaining('damaged or cut short') });
    expect(decodeAssignment(encodeAssignment({ title: 'X', due: null, lessons: ['gone/1-lesson'] }), known)).toMatchObject({
      ok: false,
      error: expect.stringContaining('does not have (gone/1-lesson)'),
    });
    expect(decodeAssignment(encodeAssignment({ title: 'X', due: null, lessons: [] }), known)).toMatchObject({ ok: false, error: 'This assignment has no lessons in it.' });
  });
});
