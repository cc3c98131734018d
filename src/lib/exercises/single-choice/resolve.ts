import { resolveOptions } from '../choices';
import type { ResolveContext } from '../resolve-context';
import type { SingleChoiceAuthored, SingleChoiceKey, SingleChoicePublic } from './schema';

export function resolveSingleChoice(ex: SingleChoiceAuthored, ctx: ResolveContext): { public: SingleChoicePublic; key: SingleChoiceKey } {
  const { options, correct, feedback } = resolveOptions(ex.options, ctx);
  return {
    public: { type: ex.type, id: ex.id, title: ex.title, prompt: ex.prompt, excerpt: ex.excerpt ? ctx.excerpt(ex.excerpt) : null, options },
    key: { type: ex.type, correct: correct[0]!, feedback },
  };
}
