/**
 * Raw DEFLATE for assignment links that carry a text, with the browser's own compression streams
 * (no code to download) and fflate, loaded only when a browser lacks them.
 */

const hasStreams = (format: 'compress' | 'decompress') =>
  typeof (format === 'compress' ? globalThis.CompressionStream : globalThis.DecompressionStream) === 'function';

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

const streamOf = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  if (hasStreams('compress')) return (await readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Infinity))!;
  const { deflateSync } = await import('fflate');
  return deflateSync(bytes, { level: 9 });
}

/** The inflated bytes; null when they would pass `limit` (read no further) or are not DEFLATE at all. */
export async function inflateRaw(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  try {
    if (hasStreams('decompress')) return await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), limit);
    const { inflateSync } = await import('fflate');
    const out = inflateSync(bytes, { out: new Uint8Array(limit + 1) });
    return out.length > limit ? null : out;
  } catch {
    return null;
  }
}
