import { describe, expect, it } from 'vitest';
import { currentLessonId, lessonId, lessonSlug, routes } from './routes';

describe('lesson identity', () => {
  it('leaves out the order number, so renumbering a file keeps the id', () => {
    expect(lessonId('who-says-so/2-named-and-unnamed.mdx')).toBe('who-says-so/named-and-unnamed');
    expect(lessonId('who-says-so/7-named-and-unnamed.mdx')).toBe(lessonId('who-says-so/2-named-and-unnamed.mdx'));
    expect(lessonId('who-says-so\\3-x.mdx')).toBe('who-says-so/x');
    expect(lessonSlug('12-a-2-b')).toBe('a-2-b');
  });

  it('turns an id written the old way into today\'s, and leaves today\'s alone', () => {
    expect(currentLessonId('who-says-so/2-named-and-unnamed')).toBe('who-says-so/named-and-unnamed');
    expect(currentLessonId('who-says-so/named-and-unnamed')).toBe('who-says-so/named-and-unnamed');
    expect(currentLessonId('module-2/3-step-4')).toBe('module-2/step-4');
  });

  it('gives a lesson the path its slug names', () => {
    expect(routes.lesson('who-says-so', 'named-and-unnamed')).toBe('/modules/who-says-so/named-and-unnamed/');
    expect(routes.check('who-says-so', 'pre')).toBe('/modules/who-says-so/pre-check/');
    expect(routes.document('d', 'p-2')).toBe('/documents/d/#p-2');
  });
});
