/**
 * The one place that talks to an LMS's SCORM API. SCORM 1.2 calls it `API` and names its calls
 * LMSInitialize…; SCORM 2004 calls it `API_1484_11` with Initialize…. Both hand strings back and
 * forth, and "true"/"false" for success. The rest of the course sees one small connection.
 */

export type ScormVersion = '1.2' | '2004';

/** The data model elements the course uses, in each version's names. */
export const ELEMENTS = {
  '1.2': {
    learner: 'cmi.core.student_id',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    passingScore: 'cmi.student_data.mastery_score',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    interactionCount: 'cmi.interactions._count',
  },
  '2004': {
    learner: 'cmi.learner_id',
    entry: 'cmi.entry',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    passingScore: 'cmi.scaled_passing_score',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    interactionCount: 'cmi.interactions._count',
  },
} as const;

/** What SCORM 1.2 allows in cmi.suspend_data; 2004 allows 64,000. */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

const CALLS = {
  '1.2': { name: 'API', initialize: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', error: 'LMSGetLastError', errorText: 'LMSGetErrorString' },
  '2004': { name: 'API_1484_11', initialize: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit', error: 'GetLastError', errorText: 'GetErrorString' },
} as const;

type Call = (...args: string[]) => unknown;
type ApiObject = Record<string, Call>;

/** A window as the search sees it: any object with parent and opener (another origin throws on access). */
interface Searchable {
  parent?: unknown;
  opener?: unknown;
}

const isSearchable = (value: unknown): value is Searchable & Record<string, unknown> => typeof value === 'object' && value !== null;

/** The API object on this window, if it has one with every call the version needs. */
function apiOn(win: unknown, version: ScormVersion): ApiObject | null {
  try {
    if (!isSearchable(win)) return null;
    const calls = CALLS[version];
    const api = win[calls.name];
    if (typeof api !== 'object' || api === null) return null;
    const needed = [calls.initialize, calls.finish, calls.get, calls.set, calls.commit, calls.error];
    return needed.every((call) => typeof (api as Record<string, unknown>)[call] === 'function') ? (api as ApiObject) : null;
  } catch {
    // A window from another origin: its properties cannot be read, so it holds no API for us.
    return null;
  }
}

/** How far up the frames the specs' own search goes before giving up. */
const MAX_PARENTS = 500;

function searchUp(start: unknown, version: ScormVersion): ApiObject | null {
  let win = start;
  for (let tries = 0; tries <= MAX_PARENTS && isSearchable(win); tries++) {
    const api = apiOn(win, version);
    if (api) return api;
    let parent: unknown;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (parent === win || parent === null || parent === undefined) return null;
    win = parent;
  }
  return null;
}

function openerOf(win: unknown): unknown {
  try {
    return isSearchable(win) ? win.opener : null;
  } catch {
    return null;
  }
}

/**
 * Find the LMS's API as the ADL specs say: this window and its parents, then the window that opened
 * it (and that window's parents), then the opener of the top window.
 */
export function findApi(win: unknown, version: ScormVersion): ApiObject | null {
  const found = searchUp(win, version) ?? searchUp(openerOf(win), version);
  if (found) return found;
  let top = win;
  try {
    for (let i = 0; i < MAX_PARENTS && isSearchable(top) && top.parent && top.parent !== top; i++) top = top.parent;
  } catch {
    return null;
  }
  return top === win ? null : searchUp(openerOf(top), version);
}

/** Is this window framed or opened by another, as it would be when an LMS launches it? */
export function isHosted(win: { parent: unknown; opener: unknown }): boolean {
  try {
    return win.parent !== win || (win.opener !== null && win.opener !== undefined);
  } catch {
    return true;
  }
}

export interface LmsConnection {
  version: ScormVersion;
  /** The value, or null when the LMS reports an error (an element it never set is "" in SCORM). */
  initialize(): boolean;
  get(element: string): string | null;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  /** The last error the LMS reported, in its own words, or null if the last call went well. */
  lastError(): string | null;
}

/** Wrap an API object; every call is guarded, since an LMS's API may throw or answer nonsense. */
export function connect(api: ApiObject, version: ScormVersion): LmsConnection {
  const calls = CALLS[version];
  let error: string | null = null;
  const call = (name: string, ...args: string[]): unknown => {
    try {
      const result = api[name]!(...args);
      const code = String(api[calls.error]!() ?? '0');
      if (code !== '0' && code !== '') {
        let text = '';
        try {
          text = typeof api[calls.errorText] === 'function' ? String(api[calls.errorText]!(code) ?? '') : '';
        } catch {
          // The error text is only for the notice; the code is enough.
        }
        error = `${name}: error ${code}${text ? ` (${text})` : ''}`;
      } else error = null;
      return result;
    } catch (thrown) {
      error = `${name}: ${thrown instanceof Error ? thrown.message : String(thrown)}`;
      return undefined;
    }
  };
  const succeeded = (result: unknown) => String(result) === 'true' && error === null;
  return {
    version,
    initialize: () => succeeded(call(calls.initialize, '')),
    get: (element) => {
      const value = call(calls.get, element);
      return error === null && (typeof value === 'string' || typeof value === 'number') ? String(value) : null;
    },
    set: (element, value) => succeeded(call(calls.set, element, value)),
    commit: () => succeeded(call(calls.commit, '')),
    finish: () => succeeded(call(calls.finish, '')),
    lastError: () => error,
  };
}

/** Find the API, then start a session: the connection, or why there is none. */
export function openSession(win: unknown, version: ScormVersion): { connection: LmsConnection } | { connection: null; reason: string } {
  const api = findApi(win, version);
  if (!api) return { connection: null, reason: 'missing' };
  const connection = connect(api, version);
  return connection.initialize() ? { connection } : { connection: null, reason: connection.lastError() ?? 'the LMS refused to start the session' };
}
