import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMark, fileNameFor, MAX_FILE_BYTES, MAX_TEXT_LENGTH, newWork, readWork, serializeWork, type WorkbenchRecord } from './record';

const now = new Date('2026-12-01T10:00:00Z');
const work = (): WorkbenchRecord => ({
  ...newWork('A test text', 'Many experts agree that it happened. The minister said so on Monday.', now),
  marks: [
    { from: 0, to: 3, technique: 'unverified-claim', voice: 'author' },
    { from: 6, to: 9, technique: 'named-source', voice: 'author' },
  ],
  answers: { 'claims-without-evidence:0': 'That it happened.' },
  verdict: { weight: 'little', why: 'Only the minister is named.' },
});

describe('readWork', () => {
  it('reads back what serializeWork wrote', () => {
    const w = work();
    expect(readWork(serializeWork(w))).toEqual({ ok: true, work: w, dropped: 0 });
  });

  it('refuses a file that is not ours, one cut short, one too large, and one from a newer version, each with its reason', () => {
    const text = serializeWork(work());
    expect(readWork('Dear teacher, here is my essay.')).toMatchObject({ ok: false, error: expect.stringContaining('not a workbench file') });
    expect(readWork('{"format":"something-else"}')).toMatchObject({ ok: false, error: expect.stringContaining('not a workbench file') });
    expect(readWork(text.slice(0, text.length / 2))).toMatchObject({ ok: false, error: expect.stringContaining('cut short') });
    expect(readWork('x'.repeat(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false, error: expect.stringContaining('too large') });
    expect(readWork(text.replace('"version": 1', '"version": 2'))).toMatchObject({ ok: false, error: expect.stringContaining('newer version') });
    expect(readWork(serializeWork({ ...work(), text: 'a '.repeat(MAX_TEXT_LENGTH) }))).toMatchObject({ ok: false, error: expect.stringContaining('longer than') });
  });

  it('leaves out, and counts, marks that do not fit the text, keeping the rest', () => {
    const w = work();
    const raw = JSON.stringify({ ...w, marks: [...w.marks, { from: 5, to: 99, technique: 'unverified-claim', voice: 'author' }, { from: 1, to: 2, technique: 'gossip', voice: 'author' }, 'junk'] });
    expect(readWork(raw)).toEqual({ ok: true, work: w, dropped: 3 });
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string(), (s) => void readWork(s)));
    fc.assert(fc.property(fc.jsonValue(), (v) => void readWork(JSON.stringify(v))));
  });
});

describe('addMark and fileNameFor', () => {
  it('keeps marks in reading order and replaces a mark of the same words and technique', () => {
    const marks = addMark(addMark([], { from: 5, to: 7, technique: 'loaded-language', voice: 'author' }), { from: 1, to: 2, technique: 'unverified-claim', voice: 'author' });
    expect(marks.map((m) => m.from)).toEqual([1, 5]);
    expect(addMark(marks, { from: 5, to: 7, technique: 'loaded-language', voice: 'quoted' })).toEqual([marks[0], { from: 5, to: 7, technique: 'loaded-language', voice: 'quoted' }]);
  });

  it('names the file after the title', () => {
    expect(fileNameFor(work())).toBe('workbench-a-test-text.json');
    expect(fileNameFor({ ...work(), title: '' })).toBe('workbench-text.json');
  });
});
