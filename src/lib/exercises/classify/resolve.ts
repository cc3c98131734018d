import type { ResolveContext } from '../resolve-context';
import type { ClassifyAuthored, ClassifyKey, ClassifyPublic } from './schema';

export function resolveClassify(ex: ClassifyAuthored, ctx: ResolveContext): { public: ClassifyPublic; key: ClassifyKey } {
  const items = ex.items.map((item, i) => ({ ...item, id: `item-${i + 1}` }));
  return {
    public: { type: ex.type, id: ex.id, title: ex.title, prompt: ex.prompt, categories: ex.categories, items: items.map((i) => ({ id: i.id, excerpt: ctx.excerpt(i.excerpt) })) },
    key: {
      type: ex.type,
      answers: Object.fromEntries(items.map((i) => [i.id, i.answer])),
      alsoAccepted: Object.fromEntries(items.flatMap((i) => (i.alsoAccept ? [[i.id, i.alsoAccept]] : []))),
      feedback: Object.fromEntries(items.map((i) => [i.id, i.feedback])),
    },
  };
}
