import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentKey, decodeAssignment, encodeAssignment, TITLE_MAX, type Assignment } from './assignment-link';
import { checksum, toBase64Url } from './text-codec';

/** A link made by hand: any payload, with a right checksum. */
const handMade = (payload: unknown) => {
  const body = toBase64Url(JSON.stringify(payload));
  return `a1.${body}.${checksum(body)}`;
};

const known = new Set(['mod-a/one', 'mod-a/two', 'mod-b/three']);

describe('assignment links', () => {
  it('round-trip an assignment and give it a stable key', () => {
    const assignment: Assignment = { title: 'Week 3: sources', due: '2026-12-01', lessons: ['mod-a/two', 'mod-b/three'] };
    const fragment = encodeAssignment(assignment);
    const decoded = decodeAssignment(`#${fragment}`, known);
    expect(decoded).toEqual({ ok: true, assignment, key: assignmentKey(fragment) });
    expect(assignmentKey(`#${fragment}`)).toBe(assignmentKey(fragment));
  });

  it('round-trip any assignment of known lessons (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: TITLE_MAX }).filter((t) => t.trim() === t && t !== ''),
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
    const fragment = encodeAssignment({ title: 'X', due: null, lessons: ['mod-a/one'] });
    expect(decodeAssignment('', known)).toMatchObject({ ok: false, error: expect.stringContaining('holds no assignment') });
    expect(decodeAssignment('#hello', known)).toMatchObject({ ok: false, error: expect.stringContaining('does not hold an assignment') });
    expect(decodeAssignment(fragment.slice(0, -2), known)).toMatchObject({ ok: false, error: expect.stringContaining('damaged or cut short') });
    expect(decodeAssignment(encodeAssignment({ title: 'X', due: null, lessons: ['gone/lesson'] }), known)).toMatchObject({
      ok: false,
      error: expect.stringContaining('does not have (gone/lesson)'),
    });
    expect(decodeAssignment(encodeAssignment({ title: 'X', due: null, lessons: [] }), known)).toMatchObject({ ok: false, error: 'This assignment has no lessons in it.' });
  });

  it('refuse a hand-made link with no title, an over-long one, or a date that does not exist', () => {
    const lessons = ['mod-a/one'];
    expect(decodeAssignment(handMade(['  ', null, lessons]), known)).toEqual({ ok: false, error: 'This assignment has no title. Ask your teacher for the link again.' });
    expect(decodeAssignment(handMade(['x'.repeat(TITLE_MAX + 1), null, lessons]), known)).toMatchObject({ ok: false, error: expect.stringContaining('title is too long') });
    for (const due of ['2026-02-30', '2026-13-01', '0000-00-00']) {
      expect(decodeAssignment(handMade(['Week 1', due, lessons]), known)).toEqual({ ok: false, error: `This assignment's due date (${due}) is not a real date. Ask your teacher for the link again.` });
    }
    expect(decodeAssignment(handMade(['Week 1', '2028-02-29', lessons]), known)).toMatchObject({ ok: true });
  });

  it('take each lesson once, however often a hand-made link repeats it', () => {
    const repeated = Array.from({ length: 5000 }, (_, i) => (i % 2 ? 'mod-a/one' : 'mod-b/three'));
    expect(decodeAssignment(handMade(['Week 1', null, repeated]), known)).toMatchObject({ ok: true, assignment: { lessons: ['mod-b/three', 'mod-a/one'] } });
  });

  it('read lessons named the old way, with their order number, as today\'s lessons', () => {
    const sentEarlier = handMade(['Week 2', '2026-10-01', ['mod-a/2-two', 'mod-b/1-three', 'mod-a/two']]);
    expect(decodeAssignment(sentEarlier, known)).toMatchObject({ ok: true, assignment: { lessons: ['mod-a/two', 'mod-b/three'] } });
  });

  it('name at most five unknown lessons, and count the rest', () => {
    const unknown = Array.from({ length: 8 }, (_, i) => `gone/${i}`);
    expect(decodeAssignment(handMade(['Week 1', null, unknown]), known)).toEqual({
      ok: false,
      error: 'This assignment names lessons this copy of the site does not have (gone/0, gone/1, gone/2, gone/3, gone/4 and 3 more).',
    });
  });
});
