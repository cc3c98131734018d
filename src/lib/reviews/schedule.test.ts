import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, recordAttempt, type ProgressRecord } from '../progress';
import {
  closeAnsweredRound,
  composeRound,
  delayedCheckState,
  finishedAt,
  keepFinishTimes,
  reviewState,
  startDueRound,
  type ReviewModule,
} from './schedule';
import { dueNotice, reviewOverview } from './overview';

const mod = (order: number, id: string): ReviewModule => ({
  id,
  order,
  postCheck: [`${id}-post-a`, `${id}-post-b`],
  delayedCheck: [`${id}-delayed-a`, `${id}-delayed-b`],
  rounds: [1, 2, 3].map((r) => [`${id}-rev${r}-a`, `${id}-rev${r}-b`, `${id}-rev${r}-c`]),
  mixIns: [`${id}-mix-a`, `${id}-mix-b`, `${id}-mix-c`],
});
const first = mod(1, 'one');
const second = mod(2, 'two');
const third = mod(3, 'three');
const modules = [first, second, third];

const day = (n: number, hour = 9) => new Date(Date.UTC(2026, 8, 1 + n, hour));
const answer = (record: ProgressRecord, ids: readonly string[], at: Date) => ids.reduce((r, id) => recordAttempt(r, id, {}, 1, at), record);
const finish = (module: ReviewModule, at: Date, record = emptyProgress()) => answer(record, module.postCheck, at);

/** Serve and answer the module's due round at the given time; the record afterwards. */
function doRound(module: ReviewModule, record: ProgressRecord, at: Date): ProgressRecord {
  const served = startDueRound(module, modules, record, at);
  const round = served.reviews[module.id]!.rounds.at(-1)!;
  return closeAnsweredRound(module, modules, answer(served, round.items, at), at);
}

describe('the review schedule', () => {
  it('starts only when the post-check is done, at the last post-check answer', () => {
    expect(reviewState(first, answer(emptyProgress(), [first.postCheck[0]!], day(0)), day(9)).kind).toBe('not-finished');
    const record = answer(answer(emptyProgress(), [first.postCheck[0]!], day(0)), [first.postCheck[1]!], day(1));
    expect(finishedAt(first, record)).toBe(day(1).toISOString());
  });

  it('falls due 2 days after finishing, then about 1 week and 1 month after finishing when done on time', () => {
    let record = finish(first, day(0));
    expect(reviewState(first, record, day(1))).toEqual({ kind: 'coming', round: 0, dueAt: day(2) });
    expect(reviewState(first, record, day(2))).toMatchObject({ kind: 'due', round: 0, started: null });
    record = doRound(first, record, day(2));
    expect(reviewState(first, record, day(3))).toEqual({ kind: 'coming', round: 1, dueAt: day(7) });
    record = doRound(first, record, day(7));
    expect(reviewState(first, record, day(8))).toEqual({ kind: 'coming', round: 2, dueAt: day(30) });
    record = doRound(first, record, day(30));
    expect(reviewState(first, record, day(400))).toEqual({ kind: 'all-done', rounds: 3 });
  });

  it('lets a missed review wait: after months away only the next round is due, and the one after counts from when it is done', () => {
    let record = finish(first, day(0));
    expect(reviewState(first, record, day(120))).toMatchObject({ kind: 'due', round: 0 });
    record = doRound(first, record, day(120));
    expect(reviewState(first, record, day(121))).toEqual({ kind: 'coming', round: 1, dueAt: day(125) });
    expect(reviewOverview(modules, record, day(121)).due).toEqual([]);
  });

  it('keeps a served round open, with the same items, until every item is answered', () => {
    const record = startDueRound(first, modules, finish(first, day(0)), day(3));
    const round = record.reviews.one!.rounds[0]!;
    expect(startDueRound(first, modules, record, day(4))).toBe(record);
    const partly = answer(record, round.items.slice(0, 2), day(3));
    expect(closeAnsweredRound(first, modules, partly, day(3))).toBe(partly);
    expect(reviewState(first, partly, day(50))).toMatchObject({ kind: 'due', round: 0, started: round });
    const closed = closeAnsweredRound(first, modules, answer(partly, round.items, day(5)), day(5));
    expect(closed.reviews.one!.rounds[0]!.doneAt).toBe(day(5).toISOString());
  });

  it('does not let an item the course no longer has hold a round open', () => {
    const record = finish(first, day(0));
    const served: ProgressRecord = { ...record, reviews: { one: { finishedAt: day(0).toISOString(), rounds: [{ items: ['one-rev1-a', 'withdrawn-item'], startedAt: day(2).toISOString() }] } } };
    const closed = closeAnsweredRound(first, modules, answer(served, ['one-rev1-a'], day(2)), day(2));
    expect(closed.reviews.one!.rounds[0]!.doneAt).toBeDefined();
  });

  it('has at most one review due per module, whatever happened', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...modules), fc.integer({ min: -40, max: 400 }), fc.boolean()), { maxLength: 12 }), fc.integer({ min: -40, max: 800 }), (steps, last) => {
        let record = emptyProgress();
        for (const [module, when, answerAll] of steps) {
          record = finish(module, day(Math.abs(when)), record);
          record = startDueRound(module, modules, record, day(when));
          const round = record.reviews[module.id]?.rounds.at(-1);
          if (round && answerAll) record = closeAnsweredRound(module, modules, answer(record, round.items, day(when)), day(when));
        }
        const due = reviewOverview(modules, record, day(last)).due.map((d) => d.module.id);
        expect(new Set(due).size).toBe(due.length);
        for (const module of modules) expect(record.reviews[module.id]?.rounds.filter((r) => !r.doneAt).length ?? 0).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('the clock', () => {
  it('treats a finishing time from the future (a clock set back) as now: the review comes, never breaks', () => {
    const record = finish(first, day(30));
    expect(reviewState(first, record, day(0))).toEqual({ kind: 'coming', round: 0, dueAt: day(2) });
    expect(delayedCheckState(first, record, day(0))).toEqual({ kind: 'coming', opensAt: day(21) });
  });

  it('keeps the finishing time, never later than now, so answering the post-check again does not move the schedule', () => {
    const record = keepFinishTimes(modules, finish(first, day(10)), day(5));
    expect(record.reviews.one!.finishedAt).toBe(day(5).toISOString());
    const again = answer(record, first.postCheck, day(40));
    expect(keepFinishTimes(modules, again, day(40))).toBe(again);
    expect(reviewState(first, again, day(40))).toMatchObject({ kind: 'due', dueAt: day(7) });
  });

  it('survives a corrupted schedule: the damaged module is set aside with a notice and its post-check starts it again', () => {
    const record = finish(first, day(0));
    const raw = JSON.stringify({ ...record, reviews: { one: { finishedAt: 'never', rounds: [{}] } } });
    const { record: read, notice } = parseProgress(raw);
    expect(notice?.kind).toBe('partly-recovered');
    expect(reviewState(first, read, day(3))).toMatchObject({ kind: 'due', round: 0 });
  });
});

describe('composing a round', () => {
  it("serves the module's own round, then one unseen item of an earlier module's skill, preferring finished modules", () => {
    const record = finish(second, day(0), finish(first, day(0)));
    const items = composeRound(third, 0, modules, record);
    expect(items.slice(0, 3)).toEqual(third.rounds[0]);
    expect(items).toHaveLength(4);
    expect([...first.mixIns, ...second.mixIns]).toContain(items[3]);
    const onlySecond = composeRound(third, 0, modules, finish(second, day(0)));
    expect(second.mixIns).toContain(onlySecond[3]);
  });

  it('serves the first module with no mix-in, there being no earlier skill', () => {
    expect(composeRound(first, 0, modules, finish(first, day(0)))).toEqual(first.rounds[0]);
  });

  it('never serves an item twice in a round, nor one the student has met, across any history', () => {
    const ids = modules.flatMap((m) => [...m.rounds.flat(), ...m.mixIns]);
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(modules), fc.constantFrom(...modules), fc.integer({ min: 0, max: 2 }), (met, finishedModules, module, round) => {
        const record = finishedModules.reduce((r, m) => finish(m, day(0), r), answer(emptyProgress(), met, day(0)));
        const items = composeRound(module, round, modules, record);
        expect(new Set(items).size).toBe(items.length);
        for (const id of items) expect(met).not.toContain(id);
        expect(items.filter((id) => !module.rounds[round]!.includes(id)).length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('reaches a different mix-in in each of a module’s rounds, and never one served in another module’s round', () => {
    let record = finish(third, day(0), finish(second, day(0), finish(first, day(0))));
    const mixedIn: string[] = [];
    for (const [n, at] of [2, 7, 30].entries()) {
      record = doRound(second, record, day(at));
      record = doRound(third, record, day(at));
      for (const m of [second, third]) mixedIn.push(record.reviews[m.id]!.rounds[n]!.items.at(-1)!);
    }
    expect(new Set(mixedIn).size).toBe(6);
  });
});

describe('the delayed check and the notice', () => {
  it('opens the delayed check 3 weeks after the post-check and stays open once begun', () => {
    const record = finish(first, day(0));
    expect(delayedCheckState(first, record, day(20))).toEqual({ kind: 'coming', opensAt: day(21) });
    expect(delayedCheckState(first, record, day(21))).toEqual({ kind: 'open', opensAt: day(21), done: 0 });
    expect(delayedCheckState(first, answer(record, first.delayedCheck, day(25)), day(25))).toEqual({ kind: 'done' });
  });

  it('says quietly how many reviews are due, and nothing when none are', () => {
    const record = finish(second, day(0), finish(first, day(0)));
    expect(dueNotice(reviewOverview(modules, record, day(1)))).toBeNull();
    expect(reviewOverview(modules, record, day(1)).notFinished.map((m) => m.id)).toEqual(['three']);
    expect(dueNotice(reviewOverview(modules, record, day(2)))).toBe('2 short reviews are due.');
    expect(dueNotice(reviewOverview(modules, finish(first, day(0)), day(22)))).toBe('1 short review is due, and a delayed check is open.');
  });
});
