import { describe, expect, it } from 'vitest';
import { withBase } from './paths';

describe('withBase', () => {
  it('joins a path to the root base', () => {
    expect(withBase('/documents/', '/')).toBe('/documents/');
  });

  it('joins a path to a nested base, with or without its trailing slash', () => {
    expect(withBase('/documents/', '/schools/media-literacy/')).toBe('/schools/media-literacy/documents/');
    expect(withBase('documents/', '/schools/media-literacy')).toBe('/schools/media-literacy/documents/');
  });
});
