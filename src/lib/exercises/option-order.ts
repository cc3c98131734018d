/**
 * The order students see options in, fixed at build time. Within one exercise file the position of
 * the right option (or of the rarer kind, right or wrong) is spread evenly, and right and wrong
 * options are interleaved, so neither "always the first" nor "the ones at the top" pays. Stable:
 * the same file gives the same order, so worksheets, keys and saved answers agree.
 */

/** FNV-1a, 32 bits: a stable number from a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = hashString(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededShuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** How often each position has held the rarer kind so far, per list shape. */
export type PositionUsage = Map<string, number[]>;

/** Every way to place `count` items of the rarer kind among `length` places, as position lists. */
function placements(length: number, count: number, from = 0): number[][] {
  if (count === 0) return [[]];
  const out: number[][] = [];
  for (let p = from; p <= length - count; p++) for (const rest of placements(length, count - 1, p + 1)) out.push([p, ...rest]);
  return out;
}

/** Interleaved: no two of the rarer kind side by side, and no long run of the commoner kind. */
function interleaved(length: number, positions: number[]): boolean {
  const count = positions.length;
  // One option of its kind can stand anywhere; spreading it over the file is what matters.
  if (count === 1) return true;
  const longestAllowed = Math.max(2, Math.ceil((length - count) / (count + 1)));
  let run = 0;
  for (let p = 0; p < length; p++) {
    if (positions.includes(p)) {
      if (positions.includes(p + 1)) return false;
      run = 0;
    } else if (++run > longestAllowed) return false;
  }
  return true;
}

export function balancedOrder<T>(items: readonly T[], isRight: (item: T, index: number) => boolean, seed: string, usage: PositionUsage): T[] {
  const random = seededRandom(seed);
  const right = items.filter((item, i) => isRight(item, i));
  const wrong = items.filter((item, i) => !isRight(item, i));
  const n = items.length;
  if (right.length === 0 || wrong.length === 0) return seededShuffle(items, random);

  const rarerIsRight = right.length <= wrong.length;
  const rarer = rarerIsRight ? right : wrong;
  const commoner = rarerIsRight ? wrong : right;
  const shape = `${n}:${rarer.length}:${rarerIsRight ? 'right' : 'wrong'}`;
  const counts = usage.get(shape) ?? Array.from({ length: n }, () => 0);

  const all = placements(n, rarer.length);
  const spread = all.filter((positions) => interleaved(n, positions));
  const candidates = spread.length > 0 ? spread : all;
  const load = (positions: number[]) => positions.reduce((sum, p) => sum + counts[p]!, 0);
  const least = Math.min(...candidates.map(load));
  const tied = candidates.filter((c) => load(c) === least);
  const chosen = tied[Math.floor(random() * tied.length)]!;
  for (const p of chosen) counts[p]!++;
  usage.set(shape, counts);

  const rarerQueue = seededShuffle(rarer, random);
  const commonerQueue = seededShuffle(commoner, random);
  const taken = new Set(chosen);
  return Array.from({ length: n }, (_, p) => (taken.has(p) ? rarerQueue.shift()! : commonerQueue.shift()!));
}
