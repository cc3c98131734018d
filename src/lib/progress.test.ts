import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  PROGRESS_VERSION,
  emptyProgress,
  loadProgress,
  markLessonComplete,
  parseProgress,
  recordAttempt,
  saveProgress,
  savedLessons,
  type ExerciseProgress,
  type ProgressRecord,
  type ProgressStorage,
} from './progress';
import { exportProgress, importProgress, MAX_PROGRESS_FILE_CHARS, mergeProgress, readSetAsideCopy } from './progress-file';
import { readSetAside, SET_ASIDE_KEY } from './set-aside';

/** The raw texts set aside, newest first. */
const setAsideRaws = (storage: ProgressStorage) => readSetAside(storage).map((c) => c.raw);

/** An in-memory stand-in for localStorage that records every write. */
class MemoryStorage implements ProgressStorage {
  readonly items = new Map<string, string>();
  readonly writes: [string, string][] = [];
  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.items.set(k, v);
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes.push([key, value]);
    this.items.set(key, value);
  }
}

const T0 = '2025-03-01T10:00:00.000Z';
const T1 = '2025-03-02T10:00:00.000Z';
const T2 = '2025-03-03T10:00:00.000Z';

const entry = (overrides: Partial<ExerciseProgress> = {}): ExerciseProgress => ({
  answer: { choice: 'a' },
  score: 1,
  attempts: 1,
  updatedAt: T0,
  ...overrides,
});

const sample: ProgressRecord = {
  version: PROGRESS_VERSION,
  exercises: {
    'sc-1': entry({ answer: { choice: 'b' }, score: 0, attempts: 2, updatedAt: T1 }),
    'hl-1': entry({ answer: { marked: [0, 1, 4] }, score: 0.5, attempts: 1, updatedAt: T0 }),
  },
  lessons: { 'lesson-1': { completedAt: T1 } },
  reviews: {},
};

describe('emptyProgress', () => {
  it('is a current-version record with nothing in it', () => {
    expect(emptyProgress()).toEqual({ version: PROGRESS_VERSION, exercises: {}, lessons: {}, reviews: {} });
    expect(PROGRESS_VERSION).toBe(3);
  });

  it('gives a fresh object each time', () => {
    const a = emptyProgress();
    a.exercises.x = entry();
    expect(emptyProgress().exercises).toEqual({});
  });
});

describe('parseProgress', () => {
  it('gives an empty record and no notice when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ record: emptyProgress(), notice: null });
    expect(parseProgress('')).toEqual({ record: emptyProgress(), notice: null });
  });

  it('reads a valid record back as it was, with no notice', () => {
    expect(parseProgress(JSON.stringify(sample))).toEqual({ record: sample, notice: null });
  });

  it('sets aside text that is not JSON', () => {
    for (const raw of ['{not json', 'undefined', '{"version":1,', '\u0000']) {
      expect(parseProgress(raw)).toEqual({
        record: emptyProgress(),
        notice: { kind: 'unreadable', message: 'Your saved progress could not be read, so it was set aside and you are starting afresh.' },
      });
    }
  });

  it('sets aside JSON that is not an object', () => {
    for (const raw of ['42', '"progress"', 'null', 'true', '[]', JSON.stringify([sample])]) {
      const { record, notice } = parseProgress(raw);
      expect(record).toEqual(emptyProgress());
      expect(notice).toEqual({ kind: 'foreign', message: 'The saved data in this browser was not progress from this course, so it was set aside.' });
    }
  });

  it('sets aside an object that is not a progress record', () => {
    for (const raw of ['{}', '{"theme":"dark"}', '{"version":"1","exercises":{},"lessons":{}}', '{"exercises":{},"lessons":{}}']) {
      const { record, notice } = parseProgress(raw);
      expect(record).toEqual(emptyProgress());
      expect(notice?.kind).toBe('foreign');
    }
  });

  it('sets aside a record of a version it cannot read, naming that version', () => {
    for (const version of [PROGRESS_VERSION + 1, 0, 99]) {
      const { record, notice } = parseProgress(JSON.stringify({ ...sample, version }));
      expect(record).toEqual(emptyProgress());
      expect(notice).toEqual({
        kind: 'unknown-version',
        message: `Your saved progress is from a version of the course this page cannot read (version ${version}), so it was set aside.`,
      });
    }
  });

  it('keeps the valid entries of a partly damaged record and says how many were set aside', () => {
    const raw = JSON.stringify({
      version: PROGRESS_VERSION,
      exercises: {
        good: entry({ score: 0.25, attempts: 3 }),
        'score-too-high': entry({ score: 1.5 }),
        'score-negative': entry({ score: -0.1 }),
        'no-attempts': entry({ attempts: 0 }),
        'fractional-attempts': entry({ attempts: 1.5 }),
        'bad-date': entry({ updatedAt: 'yesterday' }),
        'date-with-offset': entry({ updatedAt: '2025-03-01T10:00:00+02:00' }),
        'impossible-date': entry({ updatedAt: '2025-13-45T10:00:00Z' }),
        'string-score': { ...entry(), score: '1' },
        'short-discernment': { ...entry(), discernment: [1, 2, 3] },
        'text-in-discernment': { ...entry(), discernment: [1, 2, 3, 'four'] },
        'not-an-object': 7,
        'an-array': [entry()],
      },
      lessons: { done: { completedAt: T2 }, broken: { completedAt: 'soon' }, empty: {} },
      reviews: {},
    });
    const { record, notice } = parseProgress(raw);
    expect(record).toEqual({
      version: PROGRESS_VERSION,
      exercises: { good: entry({ score: 0.25, attempts: 3 }) },
      lessons: { done: { completedAt: T2 } },
      reviews: {},
    });
    expect(notice).toEqual({
      kind: 'partly-recovered',
      message: 'Part of your saved progress was damaged. 14 entries were set aside; the rest is kept.',
    });
  });

  it('uses the singular for one damaged entry', () => {
    const raw = JSON.stringify({ ...sample, lessons: { ...sample.lessons, bad: { completedAt: 3 } } });
    const { record, notice } = parseProgress(raw);
    expect(record).toEqual(sample);
    expect(notice).toEqual({
      kind: 'partly-recovered',
      message: 'Part of your saved progress was damaged. 1 entry was set aside; the rest is kept.',
    });
  });

  it('counts a whole section that is not an object as one damaged entry, and a missing section as none', () => {
    const broken = parseProgress(JSON.stringify({ version: PROGRESS_VERSION, exercises: [entry()], lessons: sample.lessons, reviews: {} }));
    expect(broken.record).toEqual({ version: PROGRESS_VERSION, exercises: {}, lessons: sample.lessons, reviews: {} });
    expect(broken.notice?.kind).toBe('partly-recovered');
    expect(broken.notice?.message).toContain(' 1 entry was set aside');

    expect(parseProgress(JSON.stringify({ version: PROGRESS_VERSION }))).toEqual({ record: emptyProgress(), notice: null });
  });

  it('keeps any JSON answer as it was stored', () => {
    const answer = { answers: { i1: 'none', i2: null }, nested: [1, [2, { x: 'y' }]] };
    const { record } = parseProgress(JSON.stringify({ version: PROGRESS_VERSION, exercises: { e: entry({ answer }) }, lessons: {}, reviews: {} }));
    expect(record.exercises.e?.answer).toEqual(answer);
  });

  it('drops unknown fields from the record and its entries', () => {
    const raw = JSON.stringify({ version: PROGRESS_VERSION, extra: true, exercises: { e: { ...entry(), junk: 1 } }, lessons: { l: { completedAt: T0, by: 'me' } }, reviews: {} });
    const { record, notice } = parseProgress(raw);
    expect(notice).toBeNull();
    expect(record).toEqual({ version: PROGRESS_VERSION, exercises: { e: entry() }, lessons: { l: { completedAt: T0 } }, reviews: {} });
  });
});

describe('loadProgress', () => {
  it('reads a valid record without writing anything', () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: JSON.stringify(sample) });
    expect(loadProgress(storage)).toEqual({ record: sample, notice: null });
    expect(storage.writes).toEqual([]);
  });

  it('gives an empty record without writing anything when nothing is stored', () => {
    const storage = new MemoryStorage();
    expect(loadProgress(storage)).toEqual({ record: emptyProgress(), notice: null });
    expect(storage.writes).toEqual([]);
  });

  it('copies unreadable text to the set-aside key and saves an empty record', () => {
    const raw = '{"version": 1, "exercises": {';
    const storage = new MemoryStorage({ [PROGRESS_KEY]: raw });
    const { record, notice } = loadProgress(storage);
    expect(record).toEqual(emptyProgress());
    expect(notice?.kind).toBe('unreadable');
    expect(setAsideRaws(storage)).toEqual([raw]);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });

  it('copies a partly damaged record to the set-aside key and saves the repaired record', () => {
    const raw = JSON.stringify({ ...sample, exercises: { ...sample.exercises, bad: entry({ score: 2 }) } });
    const storage = new MemoryStorage({ [PROGRESS_KEY]: raw });
    const { record, notice } = loadProgress(storage);
    expect(record).toEqual(sample);
    expect(notice?.kind).toBe('partly-recovered');
    expect(setAsideRaws(storage)).toEqual([raw]);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual(sample);
    // The original is set aside before the repair overwrites it.
    expect(storage.writes.map(([k]) => k)).toEqual([SET_ASIDE_KEY, PROGRESS_KEY]);
    // A second load finds a clean record.
    expect(loadProgress(storage)).toEqual({ record: sample, notice: null });
  });

  it('sets aside a foreign value and a record of an unknown version', () => {
    for (const raw of ['["something else"]', JSON.stringify({ ...sample, version: 7 })]) {
      const storage = new MemoryStorage({ [PROGRESS_KEY]: raw });
      const { record, notice } = loadProgress(storage);
      expect(record).toEqual(emptyProgress());
      expect(notice).not.toBeNull();
      expect(setAsideRaws(storage)).toEqual([raw]);
      expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual(emptyProgress());
    }
  });

  it('still gives a usable empty record when the storage cannot be read', () => {
    const storage: ProgressStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('should not be called');
      },
    };
    const { record, notice } = loadProgress(storage);
    expect(record).toEqual(emptyProgress());
    expect(notice).toEqual({ kind: 'unreadable', message: 'This browser does not let the course save progress, so nothing will be kept.' });
    // The record is usable.
    expect(recordAttempt(record, 'e', { choice: 'a' }, 1, new Date(T0)).exercises.e?.attempts).toBe(1);
  });

  it('still gives the repaired record when the storage cannot be written', () => {
    const storage: ProgressStorage = {
      getItem: () => 'garbage',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const { record, notice } = loadProgress(storage);
    expect(record).toEqual(emptyProgress());
    expect(notice?.kind).toBe('unreadable');
  });
  it('keeps every copy across faults in a row, newest first, and a bounded number of them', () => {
    const storage = new MemoryStorage();
    const faults = ['{broken 1', '{broken 2', '["not ours"]', JSON.stringify({ ...sample, version: 9 }), '{broken 5', '{broken 6'];
    faults.forEach((raw, i) => {
      storage.items.set(PROGRESS_KEY, raw);
      expect(loadProgress(storage, new Date(Date.parse(T0) + i * 1000)).notice).not.toBeNull();
    });
    // The second fault no longer overwrites the first; the oldest goes only past the limit.
    expect(setAsideRaws(storage)).toEqual(faults.slice(1).reverse());
    expect(readSetAside(storage)[0]).toMatchObject({ savedAt: new Date(Date.parse(T0) + 5000).toISOString(), noticed: false });
  });

  it('leaves the damaged original in place when the browser will not keep a copy of it', () => {
    const storage = new MemoryStorage({ [PROGRESS_KEY]: '{damaged' });
    storage.setItem = (key: string, value: string) => {
      if (key === SET_ASIDE_KEY) throw new Error('QuotaExceededError');
      storage.items.set(key, value);
    };
    expect(loadProgress(storage).notice?.kind).toBe('unreadable');
    expect(storage.items.get(PROGRESS_KEY)).toBe('{damaged');
  });

  it('reads the single copy an older version set aside as the oldest copy, and keeps it', () => {
    const storage = new MemoryStorage({ [SET_ASIDE_KEY]: '{"version":1,"exercises":{', [PROGRESS_KEY]: '{new damage' });
    loadProgress(storage);
    expect(setAsideRaws(storage)).toEqual(['{new damage', '{"version":1,"exercises":{']);
    expect(readSetAside(storage)[1]).toMatchObject({ savedAt: null, noticed: true });
  });
});

describe('migration from version 1', () => {
  it('renames lessons to their order-free ids, keeps the earlier of two dates, and changes nothing else', () => {
    const v1 = {
      version: 1,
      exercises: sample.exercises,
      lessons: {
        'claims-without-evidence/1-what-counts-as-evidence': { completedAt: T1 },
        'claims-without-evidence/what-counts-as-evidence': { completedAt: T0 },
        'who-says-so/3-named-and-unnamed': { completedAt: T2 },
        'who-says-so/10-the-tenth': { completedAt: T2 },
      },
    };
    const { record, notice } = parseProgress(JSON.stringify(v1));
    expect(notice).toBeNull();
    expect(record).toEqual({
      version: PROGRESS_VERSION,
      exercises: sample.exercises,
      lessons: {
        'claims-without-evidence/what-counts-as-evidence': { completedAt: T0 },
        'who-says-so/named-and-unnamed': { completedAt: T2 },
        'who-says-so/the-tenth': { completedAt: T2 },
      },
      reviews: {},
    });
  });

  it('reads a version 1 progress file, and still sets aside a damaged lesson entry after migrating', () => {
    const file = JSON.stringify({ app: 'read-the-source', exportedAt: T2, progress: { version: 1, exercises: {}, lessons: { 'm/2-x': { completedAt: T1 } } } });
    expect(importProgress(file)).toEqual({ ok: true, record: { version: PROGRESS_VERSION, exercises: {}, lessons: { 'm/x': { completedAt: T1 } }, reviews: {} } });
    const damaged = parseProgress(JSON.stringify({ version: 1, exercises: {}, lessons: { 'm/2-x': { completedAt: 'soon' } } }));
    expect(damaged.notice?.kind).toBe('partly-recovered');
  });
});

describe('migration from version 2, and spaced reviews', () => {
  const v2 = { version: 2, exercises: sample.exercises, lessons: sample.lessons };
  const round = (items: string[], startedAt: string, doneAt?: string) => (doneAt ? { items, startedAt, doneAt } : { items, startedAt });

  it("keeps today's (version 2) progress whole and starts with no review rounds", () => {
    expect(parseProgress(JSON.stringify(v2))).toEqual({ record: { ...sample, reviews: {} }, notice: null });
  });

  it('reads a schedule back as it was: finished, a round done and one open', () => {
    const reviews = { 'who-says-so': { finishedAt: T0, rounds: [round(['m2-rev1-a', 'm1-mix-b'], T1, T2), round(['m2-rev2-a'], T2)] } };
    expect(parseProgress(JSON.stringify({ ...sample, reviews }))).toEqual({ record: { ...sample, reviews }, notice: null });
  });

  it('sets aside a damaged module schedule with a notice, and keeps the sound ones and everything else', () => {
    const sound = { finishedAt: T0, rounds: [] };
    const damaged: Record<string, unknown> = {
      a: { finishedAt: 'yesterday', rounds: [] },
      b: { finishedAt: T0, rounds: [round(['x'], T1), round(['y'], T1)] }, // an open round before another
      c: { finishedAt: T0, rounds: [{ items: [], startedAt: T1 }] },
      d: { finishedAt: T0, rounds: [{ items: ['<script>'], startedAt: T1 }] },
      e: { finishedAt: T0, rounds: 'all of them' },
      f: { finishedAt: T0, rounds: Array.from({ length: 40 }, () => round(['x'], T1, T1)) },
      ok: sound,
    };
    const { record, notice } = parseProgress(JSON.stringify({ ...sample, reviews: damaged }));
    expect(record).toEqual({ ...sample, reviews: { ok: sound } });
    expect(notice?.kind).toBe('partly-recovered');
    expect(notice?.message).toContain('6 entries were set aside');
  });

  it('merges two copies module by module: the one further on wins whole', () => {
    const behind = { finishedAt: T0, rounds: [round(['a'], T1, T1)] };
    const ahead = { finishedAt: T1, rounds: [round(['b'], T1, T2), round(['c'], T2)] };
    const merged = mergeProgress({ ...sample, reviews: { m: behind, only: behind } }, { ...sample, reviews: { m: ahead } });
    expect(merged.reviews).toEqual({ m: { finishedAt: T1, rounds: [round(['b'], T1, T2), round(['c'], T2)] }, only: behind });
    expect(mergeProgress({ ...sample, reviews: { m: ahead } }, { ...sample, reviews: { m: behind } }).reviews).toEqual({ m: ahead });
  });
});

describe('savedLessons', () => {
  it('gives the lessons done, as the full read does, without repairing or reporting anything', () => {
    const damaged = JSON.stringify({ ...sample, exercises: { 'sc-1': { score: 'high' } }, lessons: { 'lesson-1': { completedAt: T1 }, 'lesson-2': { completedAt: 'soon' } } });
    expect(savedLessons(damaged)).toEqual(parseProgress(damaged).record.lessons);
    expect(savedLessons(damaged)).toEqual({ 'lesson-1': { completedAt: T1 } });
  });

  it('migrates older records as the full read does', () => {
    const v1 = JSON.stringify({ version: 1, exercises: {}, lessons: { 'm/2-x': { completedAt: T1 }, 'm/x': { completedAt: T0 } } });
    expect(savedLessons(v1)).toEqual({ 'm/x': { completedAt: T0 } });
  });

  it('gives none for nothing saved, unreadable text, data from elsewhere and versions it cannot read', () => {
    for (const raw of [null, '', '{"version":', '[1,2]', '{"lessons":{}}', JSON.stringify({ ...sample, version: PROGRESS_VERSION + 1 })]) {
      expect(savedLessons(raw), String(raw)).toEqual({});
    }
  });
});

describe('readSetAsideCopy', () => {
  it('brings back what a partly damaged copy holds, and nothing from one this version cannot read', () => {
    const partly = JSON.stringify({ ...sample, exercises: { ...sample.exercises, bad: entry({ score: 2 }) } });
    expect(readSetAsideCopy(partly)).toEqual({ ok: true, record: sample, exercises: 2, lessons: 1, damaged: true });
    expect(readSetAsideCopy(JSON.stringify(sample))).toMatchObject({ ok: true, damaged: false });
    expect(readSetAsideCopy('{cut off')).toEqual({ ok: false, reason: 'This copy is not readable as progress (it is not valid JSON).' });
    expect(readSetAsideCopy(JSON.stringify({ ...sample, version: 9 }))).toMatchObject({ ok: false, reason: expect.stringContaining('a version of the course') });
    expect(readSetAsideCopy(JSON.stringify({ version: PROGRESS_VERSION, exercises: { bad: 1 }, lessons: {}, reviews: {} }))).toMatchObject({ ok: false });
  });
});

describe('saveProgress', () => {
  it('stores the record as JSON under the progress key and reports success', () => {
    const storage = new MemoryStorage();
    expect(saveProgress(storage, sample)).toBe(true);
    expect(storage.writes).toHaveLength(1);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual(sample);
    expect(loadProgress(storage).record).toEqual(sample);
  });

  it('reports failure when the storage refuses the write', () => {
    const storage: ProgressStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveProgress(storage, sample)).toBe(false);
  });
});

describe('recordAttempt', () => {
  const now = new Date(T2);

  it('adds a first attempt for a new exercise', () => {
    const next = recordAttempt(emptyProgress(), 'mc-1', { choices: ['a'] }, 0.75, now);
    expect(next.exercises['mc-1']).toEqual({ answer: { choices: ['a'] }, score: 0.75, attempts: 1, updatedAt: T2 });
  });

  it('counts attempts up and replaces the answer, score and time', () => {
    const next = recordAttempt(sample, 'sc-1', { choice: 'c' }, 1, now);
    expect(next.exercises['sc-1']).toEqual({ answer: { choice: 'c' }, score: 1, attempts: 3, updatedAt: T2 });
    const again = recordAttempt(next, 'sc-1', { choice: 'b' }, 0, new Date(T2.replace('10:00', '11:00')));
    expect(again.exercises['sc-1']?.attempts).toBe(4);
    expect(again.exercises['sc-1']?.answer).toEqual({ choice: 'b' });
  });

  it('leaves the other exercises and the lessons alone', () => {
    const next = recordAttempt(sample, 'sc-1', { choice: 'c' }, 1, now);
    expect(next.exercises['hl-1']).toEqual(sample.exercises['hl-1']);
    expect(next.lessons).toEqual(sample.lessons);
    expect(next.version).toBe(PROGRESS_VERSION);
  });

  it('clamps the score to [0, 1]', () => {
    expect(recordAttempt(sample, 'x', null, 1.2, now).exercises.x?.score).toBe(1);
    expect(recordAttempt(sample, 'x', null, -0.3, now).exercises.x?.score).toBe(0);
    expect(recordAttempt(sample, 'x', null, Number.POSITIVE_INFINITY, now).exercises.x?.score).toBe(1);
    expect(recordAttempt(sample, 'x', null, 0.4, now).exercises.x?.score).toBe(0.4);
  });

  it('is pure: the input record is not changed', () => {
    const before = structuredClone(sample);
    const next = recordAttempt(sample, 'sc-1', { choice: 'c' }, 1, now);
    expect(sample).toEqual(before);
    expect(next).not.toBe(sample);
    expect(next.exercises).not.toBe(sample.exercises);
  });

  it('produces a record that survives a save and a load', () => {
    const storage = new MemoryStorage();
    const next = recordAttempt(sample, 'new', { text: 'plain words', ticked: [0] }, 7, now);
    saveProgress(storage, next);
    expect(loadProgress(storage)).toEqual({ record: next, notice: null });
  });
});

describe('markLessonComplete', () => {
  it('records the completion time of a new lesson, purely', () => {
    const before = structuredClone(sample);
    const next = markLessonComplete(sample, 'lesson-2', new Date(T2));
    expect(next.lessons).toEqual({ 'lesson-1': { completedAt: T1 }, 'lesson-2': { completedAt: T2 } });
    expect(next.exercises).toEqual(sample.exercises);
    expect(sample).toEqual(before);
  });

  it('is idempotent: a lesson already complete keeps its first completion time', () => {
    const once = markLessonComplete(emptyProgress(), 'l', new Date(T0));
    const twice = markLessonComplete(once, 'l', new Date(T2));
    expect(twice).toBe(once);
    expect(twice.lessons.l).toEqual({ completedAt: T0 });
  });
});

describe('exportProgress and importProgress', () => {
  it('exports a readable file naming the app, the time and the record', () => {
    const text = exportProgress(sample, new Date(T2));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "app": "read-the-source"');
    expect(JSON.parse(text)).toEqual({ app: 'read-the-source', exportedAt: T2, progress: sample });
  });

  it('imports what it exported', () => {
    expect(importProgress(exportProgress(sample, new Date(T2)))).toEqual({ ok: true, record: sample });
    expect(importProgress(exportProgress(emptyProgress(), new Date(T2)))).toEqual({ ok: true, record: emptyProgress() });
  });

  it('property: any valid record survives an export and an import', () => {
    const iso = fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true }).map((d) => d.toISOString());
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
    const exerciseArb: fc.Arbitrary<ExerciseProgress> = fc.record({
      answer: fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown),
      score: fc.double({ min: 0, max: 1, noNaN: true }).map((s) => (Object.is(s, -0) ? 0 : s)),
      attempts: fc.integer({ min: 1, max: 1000 }),
      updatedAt: iso,
    });
    const recordArb: fc.Arbitrary<ProgressRecord> = fc.record({
      version: fc.constant(PROGRESS_VERSION),
      exercises: fc.dictionary(id, exerciseArb, { maxKeys: 6 }),
      lessons: fc.dictionary(id, fc.record({ completedAt: iso }), { maxKeys: 4 }),
      reviews: fc.dictionary(
        id,
        fc.record({
          finishedAt: iso,
          rounds: fc.array(fc.record({ items: fc.uniqueArray(fc.constantFrom('m1-rev1-a', 'm2-mix-b', 'x9'), { minLength: 1 }), startedAt: iso, doneAt: iso }), { maxLength: 3 }),
        }),
        { maxKeys: 3 },
      ),
    });
    fc.assert(
      fc.property(recordArb, iso, (record, exportedAt) => {
        expect(importProgress(exportProgress(record, new Date(exportedAt)))).toEqual({ ok: true, record });
      }),
    );
  });

  it('refuses a file that is not JSON', () => {
    for (const text of ['', 'progress', '{"app": "read-the-source",']) {
      expect(importProgress(text)).toEqual({ ok: false, error: 'This file is not a progress file: it is not valid JSON.' });
    }
  });

  it('refuses JSON from another app, or without a progress object', () => {
    const notOurs = 'This file is not a progress file from Read the Source.';
    const files = [
      { app: 'another-app', exportedAt: T0, progress: sample },
      { exportedAt: T0, progress: sample },
      { app: 'read-the-source', exportedAt: T0 },
      { app: 'read-the-source', progress: [sample] },
      { app: 'read-the-source', progress: 'everything' },
      sample,
      [sample],
      null,
    ];
    for (const file of files) expect(importProgress(JSON.stringify(file))).toEqual({ ok: false, error: notOurs });
  });

  it('refuses a whole file with one damaged entry', () => {
    const text = exportProgress({ ...sample, exercises: { ...sample.exercises, bad: entry({ attempts: 0 }) } }, new Date(T2));
    expect(importProgress(text)).toEqual({
      ok: false,
      error: 'This progress file cannot be used: some of its entries are damaged. Your current progress is unchanged.',
    });
  });

  it('refuses a file whose progress is not a course record, or of an unknown version', () => {
    const foreign = JSON.stringify({ app: 'read-the-source', exportedAt: T0, progress: { exercises: {} } });
    expect(importProgress(foreign)).toEqual({
      ok: false,
      error: 'This progress file cannot be used: it does not hold progress from this course. Your current progress is unchanged.',
    });
    const future = JSON.stringify({ app: 'read-the-source', exportedAt: T0, progress: { ...sample, version: PROGRESS_VERSION + 1 } });
    expect(importProgress(future)).toEqual({
      ok: false,
      error: 'This progress file cannot be used: it comes from a version of the course this page cannot read. Your current progress is unchanged.',
    });
  });
});

describe('importProgress: limits', () => {
  it('refuses an answer nested deeper than any exercise makes, so saving it later cannot fail', () => {
    const text = `{"app":"read-the-source","exportedAt":"${T0}","progress":{"version":1,"exercises":{"a":{"answer":${'['.repeat(50_000)}1${']'.repeat(50_000)},"score":1,"attempts":1,"updatedAt":"${T0}"}},"lessons":{}}}`;
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('some of its entries are damaged');
    // A shallow answer of the same exercise still imports.
    expect(importProgress(exportProgress({ version: PROGRESS_VERSION, exercises: { a: entry({ answer: { marked: [[1, 2]] } }) }, lessons: {}, reviews: {} }, new Date(T0))).ok).toBe(true);
  });

  it('refuses a file far larger than any progress can be, before reading it', () => {
    const huge = `{"app":"read-the-source","padding":"${'x'.repeat(MAX_PROGRESS_FILE_CHARS)}"}`;
    expect(importProgress(huge)).toEqual({ ok: false, error: expect.stringMatching(/^This file is too large to be a progress file/) });
  });
});

describe('mergeProgress', () => {
  it('merges entries named like built-in properties as ordinary entries', () => {
    const current: ProgressRecord = { version: PROGRESS_VERSION, exercises: {}, lessons: {}, reviews: {} };
    const incoming: ProgressRecord = { version: PROGRESS_VERSION, exercises: { constructor: entry(), toString: entry({ updatedAt: T1 }) }, lessons: { hasOwnProperty: { completedAt: T1 } }, reviews: {} };
    const merged = mergeProgress(current, incoming);
    expect(merged.exercises).toEqual({ constructor: entry(), toString: entry({ updatedAt: T1 }) });
    expect(merged.lessons).toEqual({ hasOwnProperty: { completedAt: T1 } });
    expect(() => exportProgress(merged, new Date(T2))).not.toThrow();
  });

  it('keeps the exercises and lessons found on only one side', () => {
    const current: ProgressRecord = { version: PROGRESS_VERSION, exercises: { a: entry({ updatedAt: T0 }) }, lessons: { l1: { completedAt: T0 } }, reviews: {} };
    const incoming: ProgressRecord = { version: PROGRESS_VERSION, exercises: { b: entry({ updatedAt: T1 }) }, lessons: { l2: { completedAt: T1 } }, reviews: {} };
    expect(mergeProgress(current, incoming)).toEqual({
      version: PROGRESS_VERSION,
      exercises: { a: entry({ updatedAt: T0 }), b: entry({ updatedAt: T1 }) },
      lessons: { l1: { completedAt: T0 }, l2: { completedAt: T1 } },
      reviews: {},
    });
  });

  it('takes the latest answer and score, and the larger attempt count', () => {
    const older = entry({ answer: { choice: 'a' }, score: 0, attempts: 5, updatedAt: T0 });
    const newer = entry({ answer: { choice: 'b' }, score: 1, attempts: 2, updatedAt: T1 });
    const one: ProgressRecord = { version: PROGRESS_VERSION, exercises: { e: older }, lessons: {}, reviews: {} };
    const two: ProgressRecord = { version: PROGRESS_VERSION, exercises: { e: newer }, lessons: {}, reviews: {} };
    const expected = { answer: { choice: 'b' }, score: 1, attempts: 5, updatedAt: T1 };
    expect(mergeProgress(one, two).exercises.e).toEqual(expected);
    expect(mergeProgress(two, one).exercises.e).toEqual(expected);
  });

  it('keeps the current entry on a tie of times, still with the larger attempt count', () => {
    const mine = entry({ answer: 'mine', attempts: 1, updatedAt: T1 });
    const theirs = entry({ answer: 'theirs', attempts: 3, updatedAt: T1 });
    const merged = mergeProgress({ version: PROGRESS_VERSION, exercises: { e: mine }, lessons: {}, reviews: {} }, { version: PROGRESS_VERSION, exercises: { e: theirs }, lessons: {}, reviews: {} });
    expect(merged.exercises.e).toEqual({ ...mine, attempts: 3 });
  });

  it('keeps the earliest completion of a lesson', () => {
    const early: ProgressRecord = { version: PROGRESS_VERSION, exercises: {}, lessons: { l: { completedAt: T0 } }, reviews: {} };
    const late: ProgressRecord = { version: PROGRESS_VERSION, exercises: {}, lessons: { l: { completedAt: T2 } }, reviews: {} };
    expect(mergeProgress(early, late).lessons.l).toEqual({ completedAt: T0 });
    expect(mergeProgress(late, early).lessons.l).toEqual({ completedAt: T0 });
  });

  it('does not change either input', () => {
    const current = structuredClone(sample);
    const incoming: ProgressRecord = {
      version: PROGRESS_VERSION,
      exercises: { 'sc-1': entry({ attempts: 9, updatedAt: T2 }), other: entry() },
      lessons: { 'lesson-1': { completedAt: T0 } },
      reviews: {},
    };
    const incomingBefore = structuredClone(incoming);
    const merged = mergeProgress(current, incoming);
    expect(current).toEqual(sample);
    expect(incoming).toEqual(incomingBefore);
    expect(merged.exercises['sc-1']).toEqual(entry({ attempts: 9, updatedAt: T2 }));
    expect(merged.lessons['lesson-1']).toEqual({ completedAt: T0 });
  });

  it('merging a record with itself or with an empty record changes nothing', () => {
    expect(mergeProgress(sample, sample)).toEqual(sample);
    expect(mergeProgress(sample, emptyProgress())).toEqual(sample);
    expect(mergeProgress(emptyProgress(), sample)).toEqual(sample);
  });
});

describe('mergeProgress with timestamps written differently', () => {
  it('compares times, not text: with and without milliseconds', () => {
    const older = entry({ updatedAt: '2025-03-01T10:00:00Z', score: 0.2 });
    const newer = entry({ updatedAt: '2025-03-01T10:00:00.500Z', score: 0.9 });
    const merged = mergeProgress({ version: PROGRESS_VERSION, exercises: { e: older }, lessons: {}, reviews: {} }, { version: PROGRESS_VERSION, exercises: { e: newer }, lessons: {}, reviews: {} });
    expect(merged.exercises.e!.score).toBe(0.9);
    const lessons = mergeProgress(
      { version: PROGRESS_VERSION, exercises: {}, lessons: { l: { completedAt: '2025-03-01T10:00:00.500Z' } }, reviews: {} },
      { version: PROGRESS_VERSION, exercises: {}, lessons: { l: { completedAt: '2025-03-01T10:00:00Z' } }, reviews: {} },
    );
    expect(lessons.lessons.l).toEqual({ completedAt: '2025-03-01T10:00:00Z' });
  });
});

describe('recordAttempt with a score that is not a number', () => {
  it('stores zero rather than NaN', () => {
    expect(recordAttempt(emptyProgress(), 'x', null, Number.NaN, new Date(T0)).exercises.x!.score).toBe(0);
  });
});

describe('parseProgress with a "__proto__" entry', () => {
  it('sets it aside with a notice instead of losing it silently', () => {
    const raw = `{"version":1,"exercises":{"__proto__":${JSON.stringify(entry())},"ok":${JSON.stringify(entry())}},"lessons":{}}`;
    const { record, notice } = parseProgress(raw);
    expect(Object.keys(record.exercises)).toEqual(['ok']);
    expect(notice?.kind).toBe('partly-recovered');
  });
});
