import { describe, expect, it } from 'vitest';
import { courseSteps, neighbours } from './course-order';

const modules = [
  { id: 'second', order: 2, title: 'Two' },
  { id: 'first', order: 1, title: 'One' },
];
const lessons = [
  { module: 'first', slug: 'b', order: 2, title: 'B' },
  { module: 'first', slug: 'a', order: 1, title: 'A' },
  { module: 'second', slug: 'c', order: 1, title: 'C' },
];

describe('courseSteps', () => {
  it('orders modules and lessons, each module framed by its checks', () => {
    expect(courseSteps(modules, lessons).map((s) => s.path)).toEqual([
      '/modules/first/pre-check/',
      '/modules/first/a/',
      '/modules/first/b/',
      '/modules/first/post-check/',
      '/modules/second/pre-check/',
      '/modules/second/c/',
      '/modules/second/post-check/',
    ]);
  });

  it('numbers lessons within their module', () => {
    const b = courseSteps(modules, lessons).find((s) => s.path === '/modules/first/b/');
    expect(b).toMatchObject({ kind: 'lesson', lessonNumber: 2, lessonCount: 2 });
  });
});

describe('neighbours', () => {
  const steps = courseSteps(modules, lessons);
  it('gives the steps on either side, across modules', () => {
    expect(neighbours(steps, '/modules/first/post-check/')).toMatchObject({
      previous: { path: '/modules/first/b/' },
      next: { path: '/modules/second/pre-check/' },
    });
  });

  it('has no previous step at the start and no next at the end', () => {
    expect(neighbours(steps, steps[0]!.path).previous).toBeNull();
    expect(neighbours(steps, steps[steps.length - 1]!.path).next).toBeNull();
    expect(neighbours(steps, '/nowhere/')).toEqual({ previous: null, next: null });
  });
});
