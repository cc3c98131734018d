import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deflateRaw, inflateRaw } from './deflate';

const text = new TextEncoder().encode('Many experts agree. '.repeat(200));

describe.each([
  ['with the browser’s compression streams', false],
  ['with fflate, where a browser has none', true],
])('raw DEFLATE %s', (_name, withoutStreams) => {
  afterEach(() => vi.unstubAllGlobals());
  const setUp = () => {
    if (withoutStreams) {
      vi.stubGlobal('CompressionStream', undefined);
      vi.stubGlobal('DecompressionStream', undefined);
    }
  };

  it('round-trips, and shrinks a repetitive text', async () => {
    setUp();
    const packed = await deflateRaw(text);
    expect(packed.length).toBeLessThan(text.length / 10);
    expect(await inflateRaw(packed, 1_000_000)).toEqual(text);
  });

  it('reads the other kind’s output: links made in one browser open in another', async () => {
    setUp();
    expect(await inflateRaw(deflateSync(text), 1_000_000)).toEqual(text);
  });

  it('stops at the limit, and gives null for what is not DEFLATE', async () => {
    setUp();
    expect(await inflateRaw(await deflateRaw(text), text.length - 1)).toBeNull();
    expect(await inflateRaw(await deflateRaw(text), text.length)).toEqual(text);
    expect(await inflateRaw(new TextEncoder().encode('not deflate at all'), 1000)).toBeNull();
  });
});
