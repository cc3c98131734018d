import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentKey, decodeAssignment, encodeAssignment, TITLE_MAX, type Assignment } from './assignment-link';
import { deflateSync } from 'fflate';
import { bytesToBase64Url, checksum, toBase64Url } from './text-codec';

/** A link made by hand: any payload, with a right checksum. */
const handMade = (payload: unknown) => {
  const body = toBase64Url(JSON.stringify(payload));
  return `a1.${body}.${checksum(body)}`;
};

const known = new Set(['mod-a/one', 'mod-a/two', 'mod-b/three']);

describe('assignment links', () => {
  it('round-trip an assignment and give it a stable key', async () => {
    const assignment: Assignment = { title: 'Week 3: sources', due: '2026-12-01', lessons: ['mod-a/two', 'mod-b/three'] };
    const fragment = await encodeAssignment(assignment);
    const decoded = await decodeAssignment(`#${fragment}`, known);
    expect(decoded).toEqual({ ok: true, assignment, key: assignmentKey(fragment) });
    expect(assignmentKey(`#${fragment}`)).toBe(assignmentKey(fragment));
  });

  it('round-trip any assignment of known lessons (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: TITLE_MAX }).filter((t) => t.trim() === t && t !== ''),
        fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
        fc.subarray([...known], { minLength: 1 }),
        async (title, due, lessons) => {
          const result = await decodeAssignment(await encodeAssignment({ title, due, lessons }), known);
          expect(result).toMatchObject({ ok: true, assignment: { title, due, lessons } });
        },
      ),
    );
  });

  it('explain an empty, foreign, damaged or unknown assignment', async () => {
    const fragment = await encodeAssignment({ title: 'X', due: null, lessons: ['mod-a/one'] });
    expect(await decodeAssignment('', known)).toMatchObject({ ok: false, error: expect.stringContaining('holds no assignment') });
    expect(await decodeAssignment('#hello', known)).toMatchObject({ ok: false, error: expect.stringContaining('does not hold an assignment') });
    expect(await decodeAssignment(fragment.slice(0, -2), known)).toMatchObject({ ok: false, error: expect.stringContaining('damaged or cut short') });
    expect(await decodeAssignment(await encodeAssignment({ title: 'X', due: null, lessons: ['gone/lesson'] }), known)).toMatchObject({
      ok: false,
      error: expect.stringContaining('does not have (gone/lesson)'),
    });
    expect(await decodeAssignment(await encodeAssignment({ title: 'X', due: null, lessons: [] }), known)).toMatchObject({ ok: false, error: 'This assignment has no lessons in it.' });
  });

  it('refuse a hand-made link with no title, an over-long one, or a date that does not exist', async () => {
    const lessons = ['mod-a/one'];
    expect(await decodeAssignment(handMade(['  ', null, lessons]), known)).toEqual({ ok: false, error: 'This assignment has no title. Ask your teacher for the link again.' });
    expect(await decodeAssignment(handMade(['x'.repeat(TITLE_MAX + 1), null, lessons]), known)).toMatchObject({ ok: false, error: expect.stringContaining('title is too long') });
    for (const due of ['2026-02-30', '2026-13-01', '0000-00-00']) {
      expect(await decodeAssignment(handMade(['Week 1', due, lessons]), known)).toEqual({ ok: false, error: `This assignment's due date (${due}) is not a real date. Ask your teacher for the link again.` });
    }
    expect(await decodeAssignment(handMade(['Week 1', '2028-02-29', lessons]), known)).toMatchObject({ ok: true });
  });

  it('carry a text for the workbench, compressed, with or without lessons; the workbench reads it without knowing the lessons', async () => {
    const body = 'Many experts agree that the plan failed. '.repeat(150) + 'Zürich — “quoted”.';
    const withText: Assignment = { title: 'Read this one', due: null, lessons: [], text: { title: 'A local news story', body } };
    const fragment = await encodeAssignment(withText);
    expect(fragment.startsWith('a2.')).toBe(true);
    // A repetitive article compresses well: far shorter than the text itself.
    expect(fragment.length).toBeLessThan(body.length / 5);
    expect(await decodeAssignment(fragment, known)).toEqual({ ok: true, assignment: withText, key: assignmentKey(fragment) });
    const both = { ...withText, lessons: ['mod-a/one'] };
    expect(await decodeAssignment(await encodeAssignment(both), known)).toMatchObject({ ok: true, assignment: both });
    expect(await decodeAssignment(await encodeAssignment({ ...both, lessons: ['gone/lesson'] }), null)).toMatchObject({ ok: true, assignment: { text: withText.text } });
  });

  it('refuse a text link that is cut short, empty, too long or a hand-made bomb, and say why', async () => {
    const fragment = await encodeAssignment({ title: 'T', due: null, lessons: [], text: { title: 'x', body: 'Some text.' } });
    expect(await decodeAssignment(fragment.replace(/\.[^.]+$/, '.0000000'), known)).toMatchObject({ ok: false, error: expect.stringContaining('damaged or cut short') });
    expect(await decodeAssignment(await encodeAssignment({ title: 'T', due: null, lessons: [], text: { title: 'x', body: '   ' } }), known)).toMatchObject({ ok: false, error: expect.stringContaining('text is empty') });
    expect(await decodeAssignment(await encodeAssignment({ title: 'T', due: null, lessons: [], text: { title: 'x', body: 'a'.repeat(60_001) } }), known)).toMatchObject({ ok: false, error: expect.stringContaining('longer than the workbench takes') });
    // Ten megabytes of one letter deflate to a few kilobytes: refused without being unpacked in full.
    const bomb = bytesToBase64Url(deflateSync(new TextEncoder().encode(`["T",null,[],"x","${'a'.repeat(10_000_000)}"]`), { level: 9 }));
    expect(await decodeAssignment(`a2.${bomb}.${checksum(bomb)}`, known)).toMatchObject({ ok: false, error: expect.stringContaining('damaged') });
    const notDeflate = toBase64Url('not deflate at all');
    expect(await decodeAssignment(`a2.${notDeflate}.${checksum(notDeflate)}`, known)).toMatchObject({ ok: false, error: expect.stringContaining('damaged') });
  });

  it('take each lesson once, however often a hand-made link repeats it', async () => {
    const repeated = Array.from({ length: 5000 }, (_, i) => (i % 2 ? 'mod-a/one' : 'mod-b/three'));
    expect(await decodeAssignment(handMade(['Week 1', null, repeated]), known)).toMatchObject({ ok: true, assignment: { lessons: ['mod-b/three', 'mod-a/one'] } });
  });

  it('read lessons named the old way, with their order number, as today\'s lessons', async () => {
    const sentEarlier = handMade(['Week 2', '2026-10-01', ['mod-a/2-two', 'mod-b/1-three', 'mod-a/two']]);
    expect(await decodeAssignment(sentEarlier, known)).toMatchObject({ ok: true, assignment: { lessons: ['mod-a/two', 'mod-b/three'] } });
  });

  it('name at most five unknown lessons, and count the rest', async () => {
    const unknown = Array.from({ length: 8 }, (_, i) => `gone/${i}`);
    expect(await decodeAssignment(handMade(['Week 1', null, unknown]), known)).toEqual({
      ok: false,
      error: 'This assignment names lessons this copy of the site does not have (gone/0, gone/1, gone/2, gone/3, gone/4 and 3 more).',
    });
  });
});
