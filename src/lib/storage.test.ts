import { describe, expect, it } from 'vitest';
import { removeAndVerify, standardStorage, type RemovableStorage } from './storage';

function storage(items: Record<string, string>, removal: 'works' | 'ignored' | 'throws'): RemovableStorage {
  const map = new Map(Object.entries(items));
  return {
    getItem: (key) => map.get(key) ?? null,
    removeItem: (key) => {
      if (removal === 'throws') throw new Error('SecurityError');
      if (removal === 'works') map.delete(key);
    },
  };
}

describe('removeAndVerify', () => {
  it('reports nothing left when the browser removed every key', () => {
    expect(removeAndVerify(storage({ a: '1', b: '2' }, 'works'), ['a', 'b', 'never-stored'])).toEqual([]);
  });

  it('reports the keys still stored when the browser ignores or refuses the removal', () => {
    expect(removeAndVerify(storage({ a: '1', b: '2' }, 'ignored'), ['a', 'b', 'c'])).toEqual(['a', 'b']);
    expect(removeAndVerify(storage({ a: '1' }, 'throws'), ['a'])).toEqual(['a']);
  });
});

describe('standardStorage', () => {
  it("reads a stand-in storage's undefined for a missing key as null, as browsers answer, and passes the rest through", () => {
    // As Kolibri's sandbox gives apps: a plain object whose getItem answers undefined for a key it lacks.
    const data: Record<string, string> = {};
    const kolibri = {
      get length() {
        return Object.keys(data).length;
      },
      key: (index: number) => Object.keys(data)[index] as string,
      getItem: (key: string) => data[key] as string,
      setItem: (key: string, value: string) => void (data[key] = String(value)),
      removeItem: (key: string) => void delete data[key],
      clear: () => Object.keys(data).forEach((k) => delete data[k]),
    };
    const storage = standardStorage(kolibri);
    expect(storage.getItem('read-the-source:progress')).toBeNull();
    expect(storage.key(3)).toBeNull();
    storage.setItem('a', '1');
    expect(storage.getItem('a')).toBe('1');
    expect(storage.length).toBe(1);
    expect(storage.key(0)).toBe('a');
    storage.removeItem('a');
    expect(data).toEqual({});
  });
});
