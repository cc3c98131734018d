import { resolveOptions } from '../choices';
import type { ResolveContext } from '../resolve-context';
import type { CompareAuthored, CompareKey, ComparePublic } from './schema';

export function resolveCompare(ex: CompareAuthored, ctx: ResolveContext): { public: ComparePublic; key: CompareKey } {
  const { options, correct, feedback } = resolveOptions(ex.options, ctx);
  const side = (s: CompareAuthored['left']) => ({ label: s.label, excerpts: s.excerpts.map((r) => ctx.excerpt(r)) });
  return {
    public: { type: ex.type, id: ex.id, title: ex.title, prompt: ex.prompt, left: side(ex.left), right: side(ex.right), options },
    key: { type: ex.type, correct, feedback },
  };
}
