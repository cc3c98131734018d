import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode, NAME_MAX, type Submission } from './result-code';

const sample: Submission = {
  assignment: '0abc123',
  title: 'Week 3: who says so?',
  student: 'Zoë Ångström',
  submittedAt: '2026-11-20T09:15:00.000Z',
  items: [
    { exercise: 'm1-l1-which-give-evidence', score: 0.75, discernment: [2, 1, 3, 0], answer: 'ab' },
    { exercise: 'm3-l4-rewrite', score: 1, discernment: null, answer: 'The police ended the protest.' },
  ],
  assigned: ['m1-l1-which-give-evidence', 'm3-l4-rewrite', 'm3-l4-not-tried'],
  checks: [
    { module: 'who-says-so', pre: 0.5, post: 0.83, delayed: null, reviewsDone: 1 },
    { module: 'words-that-push', pre: null, post: null, delayed: null, reviewsDone: 0 },
  ],
};

const submissionArb: fc.Arbitrary<Submission> = fc.record({
  assignment: fc.string({ maxLength: 10 }),
  title: fc.string({ minLength: 1, maxLength: 60 }).filter((t) => t.trim() !== ''),
  student: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''),
  submittedAt: fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => new Date(s * 1000).toISOString()),
  items: fc.uniqueArray(
    fc.record({
      exercise: fc.stringMatching(/^[a-z0-9-]{1,30}$/),
      score: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
      discernment: fc.option(fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(50)), { nil: null }),
      answer: fc.string({ maxLength: 20 }),
    }),
    { maxLength: 12, selector: (i) => i.exercise },
  ),
  assigned: fc.array(fc.stringMatching(/^[a-z0-9-]{1,30}$/), { maxLength: 12 }),
  checks: fc.array(
    fc.record({
      module: fc.stringMatching(/^[a-z0-9-]{1,30}$/),
      pre: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 100)),
      post: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 100)),
      delayed: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => n / 100)),
      reviewsDone: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 6 },
  ),
});

describe('result codes', () => {
  it('round-trip a sample, names and all', () => {
    const code = encodeResultCode(sample);
    expect(code).toMatch(/^RTS3\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
    expect(decodeResultCode(code)).toEqual({ ok: true, submission: sample });
  });

  it('round-trip any submission (property)', () => {
    fc.assert(
      fc.property(submissionArb, (submission) => {
        expect(decodeResultCode(encodeResultCode(submission))).toEqual({ ok: true, submission });
      }),
    );
  });

  it('ignore surrounding whitespace', () => {
    expect(decodeResultCode(`  ${encodeResultCode(sample)}\n`).ok).toBe(true);
  });

  it('reject every single-character change of a sample code', () => {
    const code = encodeResultCode(sample);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    let tried = 0;
    for (let i = 0; i < code.length; i++) {
      for (const replacement of alphabet) {
        if (replacement === code[i]) continue;
        const corrupted = code.slice(0, i) + replacement + code.slice(i + 1);
        tried++;
        expect(decodeResultCode(corrupted).ok, `changed position ${i} to ${replacement}`).toBe(false);
      }
      expect(decodeResultCode(code.slice(0, i) + code.slice(i + 1)).ok, `dropped position ${i}`).toBe(false);
    }
    expect(tried).toBeGreaterThan(code.length * 60);
  });

  it('reject a truncated code at every length', () => {
    const code = encodeResultCode(sample);
    for (let n = 0; n < code.length; n++) expect(decodeResultCode(code.slice(0, n)).ok).toBe(false);
  });

  it('say why a code is rejected', () => {
    const code = encodeResultCode(sample);
    expect(decodeResultCode('')).toEqual({ ok: false, error: 'The line is empty.' });
    expect(decodeResultCode('hello world')).toEqual({ ok: false, error: 'This is not a Read the Source result code.' });
    expect(decodeResultCode(code.replace('RTS3', 'RTS4'))).toMatchObject({ ok: false, error: expect.stringContaining('different version of the site (version 4)') });
    expect(decodeResultCode(code.slice(0, -3))).toMatchObject({ ok: false, error: expect.stringContaining('cut short') });
    const [head, body, sum] = code.split('.');
    const flipped = `${head}.${body!.slice(0, 5)}${body![5] === 'A' ? 'B' : 'A'}${body!.slice(6)}.${sum}`;
    expect(decodeResultCode(flipped)).toMatchObject({ ok: false, error: expect.stringContaining('does not match its checksum') });
  });

  it('still read a version 1 code, which did not list the assigned exercises', async () => {
    const { checksum, toBase64Url } = await import('./text-codec');
    const body = toBase64Url(JSON.stringify(['k1', 'Week 1', 'Ana', 1_700_000_000, [['e1', 50, 0, 'a']]]));
    expect(decodeResultCode(`RTS1.${body}.${checksum(body)}`)).toEqual({
      ok: true,
      submission: { assignment: 'k1', title: 'Week 1', student: 'Ana', submittedAt: new Date(1_700_000_000_000).toISOString(), items: [{ exercise: 'e1', score: 0.5, discernment: null, answer: 'a' }], assigned: null, checks: [] },
    });
  });

  it('still read a version 2 code, from before checks and reviews travelled in it', async () => {
    const { checksum, toBase64Url } = await import('./text-codec');
    const body = toBase64Url(JSON.stringify(['k1', 'Week 1', 'Ana', 1_700_000_000, [['e1', 50, 0, 'a']], ['e1', 'e2']]));
    expect(decodeResultCode(`RTS2.${body}.${checksum(body)}`)).toMatchObject({ ok: true, submission: { assigned: ['e1', 'e2'], checks: [] } });
  });

  it('carry each module’s checks, a check not finished as none, and the reviews done', () => {
    const decoded = decodeResultCode(encodeResultCode(sample));
    expect(decoded).toMatchObject({ ok: true, submission: { checks: sample.checks } });
  });

  it('reject checks that no version of the site writes', async () => {
    const { checksum, toBase64Url } = await import('./text-codec');
    const withChecks = (checks: unknown) => {
      const body = toBase64Url(JSON.stringify(['k1', 'Week 1', 'Ana', 1_700_000_000, [['e1', 50, 0, 'a']], ['e1'], checks]));
      return decodeResultCode(`RTS3.${body}.${checksum(body)}`);
    };
    expect(withChecks([['m', 50, 80, -1, 2]]).ok).toBe(true);
    for (const bad of [[['m', 150, 80, -1, 2]], [['m', 50, 80, -2, 2]], [['m', 50, 80, -1, -1]], [['m', 50, 80, -1]], 'none', [[7, 50, 80, -1, 2]]]) {
      expect(withChecks(bad)).toEqual({ ok: false, error: 'The code is damaged: its content cannot be read.' });
    }
  });

  it('reject a code whose checksum is right but whose content is not a submission', async () => {
    const { checksum, toBase64Url } = await import('./text-codec');
    const body = toBase64Url(JSON.stringify({ hello: 'world' }));
    expect(decodeResultCode(`RTS1.${body}.${checksum(body)}`)).toEqual({ ok: false, error: 'The code is damaged: its content cannot be read.' });
  });

  it('reject a hand-made code with no name or title, an over-long name, or an exercise listed twice', () => {
    const code = (changes: Partial<Submission>) => encodeResultCode({ ...sample, ...changes });
    expect(decodeResultCode(code({ student: '   ' }))).toEqual({ ok: false, error: 'The code has no student name in it.' });
    expect(decodeResultCode(code({ title: '' }))).toEqual({ ok: false, error: 'The code has no assignment title in it.' });
    expect(decodeResultCode(code({ student: 'x'.repeat(NAME_MAX + 1) }))).toEqual({ ok: false, error: `The student name in the code is longer than ${NAME_MAX} characters: it was not made by this site.` });
    const twice = code({ items: [sample.items[0]!, sample.items[0]!] });
    expect(decodeResultCode(twice)).toEqual({ ok: false, error: 'The code lists an exercise twice (m1-l1-which-give-evidence): it was not made by this site.' });
  });
});
