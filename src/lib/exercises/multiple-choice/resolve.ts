import { resolveOptions } from '../choices';
import type { ResolveContext } from '../resolve-context';
import type { MultipleChoiceAuthored, MultipleChoiceKey, MultipleChoicePublic } from './schema';

export function resolveMultipleChoice(ex: MultipleChoiceAuthored, ctx: ResolveContext): { public: MultipleChoicePublic; key: MultipleChoiceKey } {
  const { options, correct, feedback } = resolveOptions(ex.options, ctx);
  return {
    public: { type: ex.type, id: ex.id, title: ex.title, prompt: ex.prompt, excerpt: ex.excerpt ? ctx.excerpt(ex.excerpt) : null, options },
    key: { type: ex.type, correct, feedback },
  };
}
