import { describe, expect, it } from 'vitest';
import { markNoticed, readSetAside, removeSetAside, SET_ASIDE_KEY, SET_ASIDE_LIMIT, setAside, untoldNotice, type SetAsideStorage } from './set-aside';

class MemoryStorage implements SetAsideStorage {
  readonly items = new Map<string, string>();
  /** Refuse writes larger than this many characters, as a full browser storage does. */
  quota = Infinity;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (value.length > this.quota) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n));

describe('set-aside copies', () => {
  it('are kept newest first, at most the limit, each unnoticed until the student dismisses it', () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < SET_ASIDE_LIMIT + 2; i++) expect(setAside(storage, `raw ${i}`, `message ${i}`, at(i))).toBe(true);
    const copies = readSetAside(storage);
    expect(copies.map((c) => c.raw)).toEqual(['raw 6', 'raw 5', 'raw 4', 'raw 3', 'raw 2']);
    expect(copies[0]).toEqual({ savedAt: at(6).toISOString(), message: 'message 6', raw: 'raw 6', noticed: false });
    expect(untoldNotice(storage)).toBe('message 6');
    expect(markNoticed(storage)).toBe(true);
    expect(untoldNotice(storage)).toBeNull();
    expect(readSetAside(storage)).toHaveLength(SET_ASIDE_LIMIT);
  });

  it('drop the oldest copies, never the newest, when the browser is short of room', () => {
    const storage = new MemoryStorage();
    setAside(storage, 'a'.repeat(100), 'old', at(0));
    setAside(storage, 'b'.repeat(100), 'older', at(1));
    storage.quota = 250;
    expect(setAside(storage, 'c'.repeat(100), 'new', at(2))).toBe(true);
    expect(readSetAside(storage).map((c) => c.raw[0])).toEqual(['c']);
    storage.quota = 50;
    expect(setAside(storage, 'd'.repeat(100), 'too big', at(3))).toBe(false);
    // A refused copy changes nothing that was kept.
    expect(readSetAside(storage).map((c) => c.raw[0])).toEqual(['c']);
  });

  it('read the old one-copy form as one copy, already noticed', () => {
    const storage = new MemoryStorage();
    storage.items.set(SET_ASIDE_KEY, '{"version":1,"exercises":{');
    expect(readSetAside(storage)).toEqual([{ savedAt: null, message: expect.any(String), raw: '{"version":1,"exercises":{', noticed: true }]);
    expect(untoldNotice(storage)).toBeNull();
  });

  it('skip entries that are not copies, and survive a storage that cannot be read', () => {
    const storage = new MemoryStorage();
    storage.items.set(SET_ASIDE_KEY, JSON.stringify({ setAside: [{ raw: 1 }, null, { savedAt: null, message: 'm', raw: 'r', noticed: false }] }));
    expect(readSetAside(storage).map((c) => c.raw)).toEqual(['r']);
    const blocked: SetAsideStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readSetAside(blocked)).toEqual([]);
    expect(untoldNotice(blocked)).toBeNull();
  });

  it('can be removed one at a time', () => {
    const storage = new MemoryStorage();
    for (const i of [0, 1, 2]) setAside(storage, `raw ${i}`, 'm', at(i));
    expect(removeSetAside(storage, 1)).toBe(true);
    expect(readSetAside(storage).map((c) => c.raw)).toEqual(['raw 2', 'raw 0']);
    expect(removeSetAside(storage, 5)).toBe(false);
  });
});
