/**
 * Reads what a lesson's MDX source uses, without running it: its frontmatter, the course
 * components it places (in order, with their attributes), and its prose. The content checks use
 * this to prove every reference resolves and every lesson follows the arc.
 */
import { parse as parseYaml } from 'yaml';

export interface ComponentUse {
  name: string;
  attributes: Record<string, string | number>;
  /** Offset in the body, to tell which section a use sits in. */
  at: number;
}

export interface LessonSource {
  frontmatter: unknown;
  body: string;
  components: ComponentUse[];
}

/** The components lessons may use, as `<Name ...>`. Anything else capitalised is an error. */
export const LESSON_COMPONENTS = ['Hook', 'Teach', 'WorkedExample', 'Practice', 'Check', 'TakeAway', 'Exercise', 'Excerpt', 'Term'] as const;
/** The arc every lesson follows, as section components in this order (the goal comes from the frontmatter). */
export const LESSON_ARC = ['Hook', 'Teach', 'Practice', 'Check', 'TakeAway'] as const;

const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|\{\s*"((?:[^"\\]|\\.)*)"\s*\}|\{\s*'((?:[^'\\]|\\.)*)'\s*\}|\{\s*(\d+)\s*\})/g;

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

export function parseLessonSource(source: string): LessonSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  const frontmatter = match ? parseYaml(match[1]!) : undefined;
  const body = match ? source.slice(match[0].length) : source;
  const components: ComponentUse[] = [];
  for (const tag of body.matchAll(/<([A-Z][A-Za-z]*)((?:\s+[A-Za-z]+=(?:"[^"]*"|\{[^}]*\}))*)\s*\/?>/g)) {
    const attributes: Record<string, string | number> = {};
    for (const a of tag[2]!.matchAll(ATTRIBUTE)) {
      const [, name, plain, double, single, number] = a;
      attributes[name!] = number !== undefined ? Number(number) : plain ?? unescape(double ?? single ?? '');
    }
    components.push({ name: tag[1]!, attributes, at: tag.index });
  }
  return { frontmatter, body, components };
}

/**
 * The lesson's own prose, for reading-level checks: no frontmatter, no components or their
 * attributes, no Markdown markers, and no quoted source text (anything in curly quotes).
 */
export function lessonProse(body: string): string {
  return body
    .replace(/<[A-Z][A-Za-z]*(?:\s+[A-Za-z]+=(?:"[^"]*"|\{[^}]*\}))*\s*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/^#+\s+/gm, '')
    .replace(/[*_`]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}
