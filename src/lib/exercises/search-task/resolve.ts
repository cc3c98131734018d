import { resolveOptions } from '../choices';
import { ResolveError, type ResolveContext } from '../resolve-context';
import type { SearchTaskAuthored, SearchTaskKey, SearchTaskPublic } from './schema';

/**
 * The results keep the desk's order (the order is the lesson: the first result is often the
 * outlet's own page); the judgement's options are balanced like any other list.
 */
export function resolveSearchTask(ex: SearchTaskAuthored, ctx: ResolveContext): { public: SearchTaskPublic; key: SearchTaskKey } {
  const search = ctx.search(ex.search);
  const shown = new Set(search.results.map((r) => r.id));
  const valued = new Set(ex.results.map((r) => r.note));
  const unvalued = [...shown].filter((id) => !valued.has(id));
  const extra = [...valued].filter((id) => !shown.has(id));
  if (unvalued.length) throw new ResolveError(`give a value and feedback for every result of search "${ex.search}"; missing: ${unvalued.join(', ')}`);
  if (extra.length) throw new ResolveError(`search "${ex.search}" does not list ${extra.join(', ')}`);
  if (valued.size !== ex.results.length) throw new ResolveError('a result is valued twice');
  const { options, correct, feedback } = resolveOptions(ex.judgement.options, ctx);
  return {
    public: {
      type: ex.type,
      id: ex.id,
      title: ex.title,
      prompt: ex.prompt,
      search: search.id,
      query: search.query,
      results: search.results,
      question: ex.judgement.question,
      options,
      liveWeb: ex.liveWeb,
    },
    key: {
      type: ex.type,
      values: Object.fromEntries(ex.results.map((r) => [r.note, r.value])),
      resultFeedback: Object.fromEntries(ex.results.map((r) => [r.note, r.feedback])),
      correct: correct[0]!,
      feedback,
    },
  };
}
