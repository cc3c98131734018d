/**
 * Quality gates over the built site: every page is valid HTML, and every internal link, asset
 * and #fragment resolves. Run after the build (npm test builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/built-pages.mjs';
import { checkLinks } from '../../scripts/link-check.mjs';
import { loadCourseContent } from '../../src/content/load-content';
import { mentionedEntries } from '../../src/lib/primer';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const pages = existsSync(DIST) ? builtPages(DIST) : [];

describe('HTML validation (html-validate, recommended rules; see .htmlvalidate.json)', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(10));
  it.each(pages.map((p) => [p.slice(DIST.length), p]))('%s has no errors', async (_name, file) => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector})`));
    expect(messages).toEqual([]);
  });
});

describe('text around inline elements', () => {
  // A line break before an inline element in a template is dropped at build: "see<a>privacy</a>",
  // "as usual.<a>See your progress</a>", "good practice:<strong>named</strong>".
  it.each(pages.map((p) => [p.slice(DIST.length), p]))('%s has no words run into a link, code or bold words', (_name, file) => {
    const html = readFileSync(file, 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
    expect(html.match(/[A-Za-z]<(a|code) [^>]*>[^<]{0,20}|[A-Za-z]<code>[^<]{0,20}|[A-Za-z.:;,]<(a|strong|em)[ >][^<]{0,20}|<\/(a|code)>[A-Za-z]{1,20}/g) ?? []).toEqual([]);
  });
});

describe('the reader', () => {
  const readers = pages.filter((p) => /[\\/]documents[\\/][^\\/]+[\\/]index\.html$/.test(p));
  it.each(readers.map((p) => [p.slice(DIST.length), p]))('%s offers a layer only for a kind of mark the document has', (_name, file) => {
    const html = readFileSync(file, 'utf8');
    expect(html.match(/legend__count">\(\d+\)/g)?.length ?? 0).toBeGreaterThan(2);
    expect(html.match(/legend__count">\(0\)/g) ?? []).toEqual([]);
  });
});

describe('internal links and fragments', () => {
  it('all resolve in the site built for the root', () => {
    const { checked, broken } = checkLinks(DIST, '/');
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it('all resolve, and stay inside the folder, in the site built for a nested folder', () => {
    const nested = fileURLToPath(new URL('../../dist-nested', import.meta.url));
    const { checked, broken } = checkLinks(nested, '/schools/media-literacy/');
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });
});


describe('context where students need it', () => {
  const content = loadCourseContent(fileURLToPath(new URL('../../content', import.meta.url)));
  const entries = [...content.course.primer.values()];
  const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const linksTo = (html: string, id: string) => html.includes(`href="/primer/#${id}"`);

  it.each([...content.course.lessons.values()].map((l) => [l.id, l]))('lesson %s links to the primer entry of every actor it names', (_id, lesson) => {
    const html = page(`modules/${lesson.data.module}/${lesson.slug}`);
    const named = mentionedEntries(lesson.source.body, entries).map((e) => e.id);
    expect(named.filter((id) => !linksTo(html, id))).toEqual([]);
  });

  it.each([...content.documents.values()].map((d) => [d.data.number, d]))('document %s links to the primer, shows why it has its publisher kind, and says it argues one side', (_n, doc) => {
    const html = page(`documents/${doc.id}`);
    const named = mentionedEntries(doc.text.text, entries).map((e) => e.id);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !linksTo(html, id))).toEqual([]);
    expect(html).toContain('class="publisher-evidence');
    expect(html).toContain('class="one-side"');
  });
});
