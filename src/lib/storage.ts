/** The browser's localStorage, or null where the page may not touch it (blocked cookies, some private modes). */
export function localStorageOrNull(): Storage | null {
  try {
    return standardStorage(window.localStorage);
  } catch {
    return null;
  }
}

/** What a stand-in storage offers: Kolibri gives apps one that saves to the learner's account. */
type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'clear' | 'key' | 'length'>;

/**
 * A storage that answers as the standard says. Kolibri's stand-in answers a key it does not hold
 * with undefined, where a browser's answers null; the course reads null as "nothing saved".
 */
export function standardStorage(storage: StorageLike): Storage {
  return {
    getItem: (key) => storage.getItem(key) ?? null,
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    clear: () => storage.clear(),
    key: (index) => storage.key(index) ?? null,
    get length() {
      return storage.length;
    },
  };
}

/** Browser storage that may refuse: used only through these checks. */
export type RemovableStorage = Pick<Storage, 'getItem' | 'removeItem'>;

/**
 * Remove each key, then read it back. Some browsers (full storage, locked-down school profiles)
 * refuse or silently ignore a removal, and a page must not say data is gone when it is not.
 * Returns the keys that are still stored.
 */
export function removeAndVerify(storage: RemovableStorage, keys: readonly string[]): string[] {
  for (const key of keys) {
    try {
      storage.removeItem(key);
    } catch {
      // Checked below.
    }
  }
  return keys.filter((key) => {
    try {
      return storage.getItem(key) !== null;
    } catch {
      return true;
    }
  });
}
