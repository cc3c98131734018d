/** The browser's localStorage, or null where the page may not touch it (blocked cookies, some private modes). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
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
