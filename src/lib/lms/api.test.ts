import { describe, expect, it } from 'vitest';
import { connect, findApi, isHosted, openSession } from './api';

/** An LMS API that keeps values and can be told to fail. */
function fakeApi12(options: { failSet?: boolean; throwOn?: string; refuseStart?: boolean } = {}) {
  const values = new Map<string, string>();
  let error = '0';
  const answer = (ok: boolean, code: string) => {
    error = ok ? '0' : code;
    return ok ? 'true' : 'false';
  };
  return {
    LMSInitialize: () => answer(!options.refuseStart, '101'),
    LMSFinish: () => answer(true, '0'),
    LMSGetValue: (element: string) => {
      if (options.throwOn === element) throw new Error('broken');
      error = values.has(element) ? '0' : '401';
      return values.get(element) ?? '';
    },
    LMSSetValue: (element: string, value: string) => {
      if (options.failSet) return answer(false, '405');
      values.set(element, value);
      return answer(true, '0');
    },
    LMSCommit: () => answer(true, '0'),
    LMSGetLastError: () => error,
    LMSGetErrorString: (code: string) => (code === '405' ? 'Incorrect Data Type' : 'General Exception'),
  };
}

interface FakeWindow {
  parent: FakeWindow | null;
  opener: FakeWindow | null;
  [name: string]: unknown;
}
const win = (extra: Record<string, unknown> = {}, parent: FakeWindow | null = null, opener: FakeWindow | null = null): FakeWindow => {
  const w: FakeWindow = { parent: null, opener, ...extra };
  w.parent = parent ?? w;
  return w;
};

describe('findApi', () => {
  it('finds the API on the window itself, on a parent, or through the opener, by version', () => {
    const api = fakeApi12();
    expect(findApi(win({ API: api }), '1.2')).toBe(api);
    const lms = win({ API: api });
    expect(findApi(win({}, win({}, lms)), '1.2')).toBe(api);
    expect(findApi(win({}, null, lms), '1.2')).toBe(api);
    // A frame in a window the LMS opened: the top window's opener.
    expect(findApi(win({}, win({}, null, lms)), '1.2')).toBe(api);
    expect(findApi(win({ API: api }), '2004')).toBeNull();
  });

  it('ignores an object that lacks the calls, and a parent from another origin', () => {
    expect(findApi(win({ API: { LMSInitialize: () => 'true' } }), '1.2')).toBeNull();
    const foreign = new Proxy(
      {},
      {
        get() {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      },
    );
    expect(findApi({ parent: foreign, opener: null }, '1.2')).toBeNull();
  });

  it('climbs at most the 500 parents the specs allow', () => {
    const chain = (length: number) => {
      let w: FakeWindow = win({ API: fakeApi12() });
      for (let i = 0; i < length; i++) w = { parent: w, opener: null };
      return w;
    };
    expect(findApi(chain(10), '1.2')).not.toBeNull();
    expect(findApi(chain(600), '1.2')).toBeNull();
  });
});

describe('connect', () => {
  it('reports success, and the LMS error with its text when a call fails', () => {
    const api = fakeApi12();
    const lms = connect(api, '1.2');
    expect(lms.set('cmi.core.lesson_status', 'passed')).toBe(true);
    expect(lms.get('cmi.core.lesson_status')).toBe('passed');
    expect(lms.lastError()).toBeNull();
    const failing = connect(fakeApi12({ failSet: true }), '1.2');
    expect(failing.set('cmi.core.score.raw', 'x')).toBe(false);
    expect(failing.lastError()).toBe('LMSSetValue: error 405 (Incorrect Data Type)');
  });

  it('turns a thrown call into an error, not a crash', () => {
    const lms = connect(fakeApi12({ throwOn: 'cmi.suspend_data' }), '1.2');
    expect(lms.get('cmi.suspend_data')).toBeNull();
    expect(lms.lastError()).toBe('LMSGetValue: broken');
  });
});

describe('openSession', () => {
  it('starts a session, or says why not', () => {
    expect(openSession(win({ API: fakeApi12() }), '1.2').connection).not.toBeNull();
    expect(openSession(win(), '1.2')).toEqual({ connection: null, reason: 'missing' });
    const refused = openSession(win({ API: fakeApi12({ refuseStart: true }) }), '1.2');
    expect(refused.connection).toBeNull();
    expect(refused).toHaveProperty('reason', 'LMSInitialize: error 101 (General Exception)');
  });
});

describe('isHosted', () => {
  it('is true in a frame or an opened window, false at the top', () => {
    const top = win();
    expect(isHosted(top)).toBe(false);
    expect(isHosted(win({}, top))).toBe(true);
    expect(isHosted(win({}, null, top))).toBe(true);
  });
});
