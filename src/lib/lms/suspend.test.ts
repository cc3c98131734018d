import { describe, expect, it } from 'vitest';
import { deflateRaw } from '../assignments/deflate';
import { bytesToBase64Url } from '../assignments/text-codec';
import { emptyProgress, type ProgressRecord } from '../progress';
import type { ScopeModule } from './report';
import { decodeSuspend, encodeSuspend, scopeSlice, SUSPEND_PREFIX } from './suspend';

const scope: ScopeModule[] = [
  { id: 'm1', title: 'Module 1', preCheck: ['m1-pre'], postCheck: ['m1-post'], delayedCheck: [], exercises: [{ id: 'm1-pre', type: 'rewrite', title: 'Rewrite' }, { id: 'm1-post', type: 'single-choice', title: 'Pick' }] },
];
const at = '2026-12-02T10:20:30.000Z';
const record: ProgressRecord = {
  ...emptyProgress(),
  exercises: {
    'm1-pre': { answer: { text: 'A calm version of the claim.', ticked: [0, 1] }, score: 0.5, attempts: 2, updatedAt: at },
    'm1-post': { answer: { choice: 'b' }, score: 1, attempts: 1, updatedAt: at },
    'm2-pre': { answer: { choice: 'a' }, score: 0, attempts: 1, updatedAt: at },
  },
  lessons: { 'm1/first': { completedAt: at }, 'm2/first': { completedAt: at } },
  reviews: { m1: { finishedAt: at, rounds: [{ items: ['m1-r1'], startedAt: at, doneAt: at }] }, m2: { finishedAt: at, rounds: [] } },
};

describe('suspend data', () => {
  it("keeps only the package's exercises, lessons and reviews", () => {
    const slice = scopeSlice(record, scope);
    expect(Object.keys(slice.exercises)).toEqual(['m1-pre', 'm1-post']);
    expect(Object.keys(slice.lessons)).toEqual(['m1/first']);
    expect(Object.keys(slice.reviews)).toEqual(['m1']);
  });

  it('comes back as it went, in plain characters SCORM allows', async () => {
    const encoded = (await encodeSuspend(record, scope, 4096))!;
    expect(encoded.kept).toBe('all');
    expect(encoded.data).toMatch(/^rts1\.[A-Za-z0-9_-]+$/);
    expect(await decodeSuspend(encoded.data)).toEqual({ ok: true, record: scopeSlice(record, scope), notice: null });
  });

  it('keeps the scores without the answers when the answers do not fit, then the checks alone, and gives up when nothing fits', async () => {
    // Letters from a simple generator: text deflate cannot shrink much, as a long real answer would be.
    let seed = 1;
    const text = Array.from({ length: 8000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
    const long = { ...record, exercises: { ...record.exercises, 'm1-pre': { ...record.exercises['m1-pre']!, answer: { text, ticked: [] } } } };
    const trimmed = (await encodeSuspend(long, scope, 4096))!;
    expect(trimmed.kept).toBe('scores');
    expect(trimmed.data.length).toBeLessThanOrEqual(4096);
    const back = await decodeSuspend(trimmed.data);
    expect(back.ok && back.record.exercises['m1-pre']).toMatchObject({ answer: null, score: 0.5, attempts: 2 });
    // Tighter still, the checks' scores alone: the lesson practice is left to this browser.
    const many = { ...long, exercises: { ...long.exercises, ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`m1-practice-${i}`, { answer: null, score: 0.5, attempts: 3, updatedAt: new Date(Date.parse(at) - i * 7919).toISOString() }])) } };
    const practice = [{ ...scope[0]!, exercises: [...scope[0]!.exercises, ...Object.keys(many.exercises).filter((id) => id.startsWith('m1-practice')).map((id) => ({ id, type: 'single-choice' as const, title: id }))] }];
    const checksOnly = (await encodeSuspend(many, practice, 1000))!;
    expect(checksOnly.kept).toBe('check scores');
    const checks = await decodeSuspend(checksOnly.data);
    expect(checks.ok && Object.keys(checks.record.exercises)).toEqual(['m1-pre', 'm1-post']);
    expect(await encodeSuspend(long, scope, 20)).toBeNull();
  });

  it('reads damaged or foreign data as an error, never a crash', async () => {
    const pack = async (text: string) => SUSPEND_PREFIX + bytesToBase64Url(await deflateRaw(new TextEncoder().encode(text)));
    for (const [data, error] of [
      ['', 'it was not written by this course'],
      ['lesson=3;slide=4', 'it was not written by this course'],
      ['rts1.@@@', 'it is damaged (not base64url)'],
      ['rts1.AAAA', 'it is damaged (it does not unpack)'],
      [await pack('{not json'), 'it is damaged (not readable data)'],
    ] as const) {
      expect(await decodeSuspend(data)).toEqual({ ok: false, error });
    }
    expect(await decodeSuspend(await pack('{"hello":1}'))).toMatchObject({ ok: false });
  });

  it('keeps what it can of a partly damaged copy, and says so', async () => {
    const damaged = { ...scopeSlice(record, scope), exercises: { ...scopeSlice(record, scope).exercises, 'm1-post': { score: 7 } } };
    const data = SUSPEND_PREFIX + bytesToBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(damaged))));
    const back = await decodeSuspend(data);
    expect(back.ok && Object.keys(back.record.exercises)).toEqual(['m1-pre']);
    expect(back.ok && back.notice?.kind).toBe('partly-recovered');
  });
});
