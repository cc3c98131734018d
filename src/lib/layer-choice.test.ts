import { describe, expect, it } from 'vitest';
import { mergeHiddenLayers, parseHiddenLayers, serializeHiddenLayers } from './layer-choice';
import { TECHNIQUES } from './techniques';

const KNOWN = new Set<string>(TECHNIQUES.map((t) => t.id));

describe('parseHiddenLayers', () => {
  it('reads back what was stored', () => {
    const stored = serializeHiddenLayers(['loaded-language', 'conspiracism']);
    expect(parseHiddenLayers(stored, KNOWN)).toEqual(new Set(['conspiracism', 'loaded-language']));
  });

  it('means every layer on when nothing is stored', () => {
    expect(parseHiddenLayers(null, KNOWN)).toEqual(new Set());
  });

  it('ignores a damaged or foreign value without throwing', () => {
    for (const raw of ['', '{"hidden": [nonsense', 'null', '42', '"loaded-language"', '[]', '{}', '{"version":1}', '{"version":1,"hidden":"loaded-language"}', '{"version":2,"hidden":["loaded-language"]}', '{"hidden":["loaded-language"]}']) {
      expect(parseHiddenLayers(raw, KNOWN), raw).toEqual(new Set());
    }
  });

  it('drops entries that are not techniques it knows', () => {
    expect(parseHiddenLayers('{"version":1,"hidden":["loaded-language",7,null,"no-such-kind",{"id":"x"}]}', KNOWN)).toEqual(new Set(['loaded-language']));
  });
});

describe('mergeHiddenLayers', () => {
  it('lets the page decide for its own layers and keeps the others as stored', () => {
    const stored = new Set(['loaded-language', 'conspiracism'] as const);
    // This page offers loaded language (now on) and named sources (now off), not conspiracism.
    expect(mergeHiddenLayers(stored, ['loaded-language', 'named-source'], ['named-source'])).toEqual(new Set(['conspiracism', 'named-source']));
  });

  it('ignores a hidden layer the page does not offer', () => {
    expect(mergeHiddenLayers(new Set(), ['loaded-language'], ['conspiracism'])).toEqual(new Set());
  });
});
