import { techniqueById } from '../../techniques';
import { ResolveError, type ResolveContext } from '../resolve-context';
import type { HighlightAuthored, HighlightKey, HighlightPublic, PassageSpan } from './schema';
import { extentOf, sentencesOf, tokenize, wordRange } from './words';

export function resolveHighlight(ex: HighlightAuthored, ctx: ResolveContext): { public: HighlightPublic; key: HighlightKey } {
  const { excerpt, annotations } = ctx.passage(ex.passage);
  const { words, gaps } = tokenize(excerpt.text);
  const spans = annotations.map((a): PassageSpan => ({ annotationId: a.id, technique: a.technique, ...wordRange(words, a.start, a.end)!, explanation: a.explanation, ...(a.detail ? { detail: a.detail } : {}) }));
  const asked = spans.filter((s) => ex.techniques.includes(s.technique));
  if (asked.length === 0) throw new ResolveError(`the passage holds no annotation of ${ex.techniques.join(' or ')} to find`);
  const others = spans.filter((s) => !asked.includes(s));
  const controls = others.filter((s) => techniqueById(s.technique).role === 'control');
  const sentences = sentencesOf(words, gaps);
  const targets = asked.map((span) => ({ ...span, extent: extentOf(span, sentences, controls) }));
  return {
    public: { type: ex.type, id: ex.id, title: ex.title, prompt: ex.prompt, excerpt, words, gaps },
    key: {
      type: ex.type,
      targets,
      controls,
      neutral: others.filter((s) => techniqueById(s.technique).role !== 'control'),
    },
  };
}
