import { describe, expect, it } from 'vitest';
import { removeAndVerify, type RemovableStorage } from './storage';

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
