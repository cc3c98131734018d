/**
 * The LMS launch page (pages/lms/index.astro): start one SCORM session, bring back the LMS's saved
 * copy, show the course in the frame, and report each saved answer as it lands (the course's pages
 * save to localStorage, and a `storage` event tells this page). Whatever the LMS does wrong, the
 * course stays usable and a notice says what the LMS will not get.
 */
import { idList } from '../lib/ids';
import { isHosted, openSession, SUSPEND_LIMIT, ELEMENTS, type LmsConnection, type ScormVersion } from '../lib/lms/api';
import { readLaunchData, scopeOf, startPage, type LaunchModule } from '../lib/lms/launch-data';
import { answersToJournal, interactionValues, outcomeOf, packagePage, passingScoreOf, sessionTime, statusValues, type Assignment } from '../lib/lms/report';
import { decodeSuspend, encodeSuspend } from '../lib/lms/suspend';
import { storedSignature } from '../lib/exercises/registry';
import { loadProgress, PROGRESS_KEY, saveProgress, type ProgressRecord } from '../lib/progress';
import { mergeProgress } from '../lib/progress-file';
import { setAside } from '../lib/set-aside';
import { localStorageOrNull } from '../lib/storage';

/** The LMS learner whose work this browser holds, so a second student on a shared computer starts from their own. */
const LEARNER_KEY = 'read-the-source:lms-learner';
const KEEP_WORKING = 'You can go on working: your answers are kept in this browser.';

type NoticeKind = 'start' | 'storage' | 'resume' | 'reporting' | 'copy';
type Notify = (kind: NoticeKind, message: string) => void;

/** A way to put the notice away once read: it stays out of the course's way on a small screen. */
function hideButton(box: HTMLElement, frame: HTMLIFrameElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Hide this note';
  button.addEventListener('click', () => {
    box.hidden = true;
    frame.focus();
  });
  return button;
}

const asVersion = (value: string | undefined): ScormVersion | null => (value === '1.2' || value === '2004' ? value : null);

export async function startLaunch(): Promise<void> {
  const root = document.documentElement;
  const frame = document.querySelector<HTMLIFrameElement>('[data-lms-frame]');
  const noticeBox = document.querySelector<HTMLElement>('[data-lms-notice]');
  document.querySelector<HTMLElement>('[data-lms-fallback]')?.remove();
  const version = asVersion(root.dataset.lmsVersion);
  const moduleIds = idList(root.dataset.lmsModules);
  const packageRoot = new URL('../', location.href);
  const open = (page: string) => new URL(page, packageRoot).href;
  const start = startPage(moduleIds);
  if (!frame) return;

  // One line per kind of trouble, so an LMS that refuses every write says so once, not at every save.
  const lines = new Map<NoticeKind, HTMLParagraphElement>();
  const notify: Notify = (kind, message) => {
    if (!noticeBox) return;
    const line = lines.get(kind) ?? document.createElement('p');
    line.textContent = message;
    if (lines.has(kind)) return;
    lines.set(kind, line);
    const hide = noticeBox.querySelector('button');
    if (hide) hide.before(line);
    else noticeBox.append(line, hideButton(noticeBox, frame));
  };

  // Not a package (the plain site's /lms/ page), or a package opened straight from its folder: the plain course.
  if (!version || !isHosted(window)) {
    location.replace(open(start));
    return;
  }
  const session = openSession(window, version);
  if (!session.connection) {
    notify(
      'start',
      session.reason === 'missing'
        ? `This course could not find your LMS, so your LMS will not get your score. ${KEEP_WORKING}`
        : `Your LMS would not start this course's session (${session.reason}), so it will not get your score. ${KEEP_WORKING}`,
    );
    frame.src = open(start);
    return;
  }
  const data = await fetch(new URL('launch-data.json', location.href))
    .then((response) => (response.ok ? response.json() : null))
    .then(readLaunchData)
    .catch(() => null);
  if (!data) {
    notify('start', `This package is missing part of itself (lms/launch-data.json), so your LMS will not get your score. ${KEEP_WORKING}`);
    frame.src = open(start);
    return;
  }
  const scope = scopeOf(data, moduleIds);
  const storage = localStorageOrNull();
  const page = await resume(session.connection, storage, notify);
  frame.src = open(page ?? start);
  follow(session.connection, storage, scope, frame, packageRoot, notify);
}

/** Set the previous learner's work aside if another learner is here, then merge in the LMS's saved copy; the page to resume at. */
async function resume(lms: LmsConnection, storage: Storage | null, notify: Notify): Promise<string | null> {
  const names = ELEMENTS[lms.version];
  if (!storage) {
    notify('storage', 'This browser does not let the course save anything, so your LMS will not get your work, and it will be gone when you close the page.');
    return packagePage(lms.get(names.location));
  }
  const now = new Date();
  const learner = lms.get(names.learner) ?? '';
  const previous = storage.getItem(LEARNER_KEY);
  const held = storage.getItem(PROGRESS_KEY);
  if (previous !== null && previous !== learner && held) {
    setAside(storage, held, 'Another LMS learner worked in this browser before you; their work was set aside, not mixed with yours.', now);
    storage.removeItem(PROGRESS_KEY);
  }
  storage.setItem(LEARNER_KEY, learner);

  const saved = lms.get(names.suspendData);
  if (saved) {
    const decoded = await decodeSuspend(saved);
    if (decoded.ok) {
      saveProgress(storage, mergeProgress(loadProgress(storage, now).record, decoded.record));
      if (decoded.notice) notify('resume', `Your LMS's copy of your work was partly damaged; the rest is back. ${decoded.notice.message}`);
    } else {
      setAside(storage, saved, `Your LMS's copy of your work could not be read: ${decoded.error}.`, now);
      notify('resume', `Your LMS's saved copy of your work could not be read (${decoded.error}), so it was set aside; you go on from what this browser holds.`);
    }
  }
  return packagePage(lms.get(names.location));
}

/** Report now and after every save; keep the page as the place to resume; close the session when the page goes. */
function follow(lms: LmsConnection, storage: Storage | null, scope: LaunchModule[], frame: HTMLIFrameElement, packageRoot: URL, notify: Notify): void {
  const names = ELEMENTS[lms.version];
  const startedAt = Date.now();
  const passing = passingScoreOf(lms.version, lms.get(names.passingScore));
  const exercises = new Map(scope.flatMap((m) => m.exercises.map((e) => [e.id, e] as const)));
  const current = (): ProgressRecord => loadProgress(storage ?? { getItem: () => null, setItem: () => undefined }).record;
  // What the LMS already has: everything saved before this session was reported then.
  const journaled = new Map(Object.entries(current().exercises).map(([id, e]) => [id, e.updatedAt]));

  const send = (values: Assignment[], what: string) => {
    for (const [element, value] of values) {
      if (!lms.set(element, value)) {
        notify('reporting', `Your LMS did not accept ${what} (${lms.lastError() ?? element}), so it may not have your latest work. ${KEEP_WORKING}`);
        return false;
      }
    }
    return true;
  };

  let reporting = Promise.resolve();
  const report = () => {
    reporting = reporting.then(async () => {
      const record = current();
      send(statusValues(lms.version, outcomeOf(scope, record), passing), 'your score');
      let index = Number(lms.get(names.interactionCount)) || 0;
      for (const { exercise, entry } of answersToJournal(scope, record, journaled)) {
        const full = exercises.get(exercise.id)!;
        let signature = '';
        try {
          signature = storedSignature(full.type, full.public, entry.answer) ?? '';
        } catch {
          // An answer this page cannot read still counts; the LMS gets its result without the response.
        }
        if (send(interactionValues(lms.version, index, exercise, entry, signature), 'an answer')) index++;
        journaled.set(exercise.id, entry.updatedAt);
      }
      const suspend = await encodeSuspend(record, scope, SUSPEND_LIMIT[lms.version]);
      if (suspend) send([[names.suspendData, suspend.data]], 'a copy of your work');
      else notify('copy', `Your work is too large for your LMS to keep a copy, so it stays in this browser only. ${KEEP_WORKING}`);
      if (!lms.commit()) notify('reporting', `Your LMS did not save your progress (${lms.lastError() ?? 'no reason given'}), so it may not have your latest work. ${KEEP_WORKING}`);
    });
  };

  report();
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) report();
  });
  frame.addEventListener('load', () => {
    let page: string | null = null;
    try {
      const path = frame.contentWindow?.location.pathname ?? '';
      page = packagePage(path.startsWith(packageRoot.pathname) ? path.slice(packageRoot.pathname.length) || 'index.html' : '');
    } catch {
      // A page from elsewhere in the frame: keep the last place.
    }
    if (page && lms.set(names.location, page)) lms.commit();
  });
  let finished = false;
  window.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    lms.set(names.sessionTime, sessionTime(lms.version, Date.now() - startedAt));
    lms.set(names.exit, 'suspend');
    lms.commit();
    lms.finish();
  });
}
