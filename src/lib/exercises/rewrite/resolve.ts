import { ResolveError, type ResolveContext } from '../resolve-context';
import type { RewriteAuthored, RewriteKey, RewritePublic } from './schema';
import { rewrite } from './index';
import { containsWord, keepsWord, sharedContentWords } from './words';

export function resolveRewrite(ex: RewriteAuthored, ctx: ResolveContext): { public: RewritePublic; key: RewriteKey } {
  const excerpt = ctx.excerpt(ex.excerpt);
  for (const word of ex.loadedWords) {
    if (!containsWord(excerpt.text, word.text)) throw new ResolveError(`loaded word "${word.text}" is not in the excerpt`);
    if (containsWord(ex.modelAnswer, word.text)) throw new ResolveError(`the model answer still contains the loaded word "${word.text}"`);
  }
  const keep = ex.keep ?? sharedContentWords(excerpt.text, ex.modelAnswer, ex.loadedWords.map((w) => w.text));
  if (keep.length < 2) throw new ResolveError('the model answer shares fewer than two content words with the excerpt: list the claim\'s key words under "keep"');
  for (const word of keep) {
    if (!keepsWord(ex.modelAnswer, word)) throw new ResolveError(`the model answer leaves out the key word "${word}"`);
  }
  for (const claim of ex.newClaims) {
    if (containsWord(ex.modelAnswer, claim.text)) throw new ResolveError(`the model answer contains the new claim "${claim.text}"`);
  }
  const resolved = {
    public: { type: ex.type, id: ex.id, title: ex.title, prompt: ex.prompt, excerpt, checklist: ex.checklist },
    key: { type: ex.type, loadedWords: ex.loadedWords, keep, newClaims: ex.newClaims, modelAnswer: ex.modelAnswer, rubric: ex.rubric },
  };
  // The anchors must agree with what the machine can check: a strong answer passes every check,
  // a weak one fails at least one. The rest is the teacher's reading.
  const machine = (text: string) => rewrite.score(resolved.public, resolved.key, { text, ticked: [] }).score;
  if (machine(ex.rubric.strong.answer) < 1) throw new ResolveError('the rubric\'s strong answer fails a check the machine makes (a loaded word kept, a key word lost, or a new claim)');
  if (machine(ex.rubric.weak.answer) >= 1) throw new ResolveError('the rubric\'s weak answer passes every check the machine makes: choose one that shows a real weakness');
  return resolved;
}
