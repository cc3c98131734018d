/**
 * For pages: a verbatim quote from a document, with the address of its paragraph in the reader.
 * The build fails, naming the component and the page, if the quote is not there.
 */
import { routes } from '../lib/routes';
import { getEntry } from 'astro:content';
import { anchorQuote } from '../lib/anchoring';
import { buildDocumentText } from '../lib/document-text';
import { withBase } from '../lib/paths';
import { blockAnchorId } from './resolve-exercise';

export async function quoteInPlace(ref: { document: string; quote: string; occurrence?: number | undefined }, where: string) {
  const doc = await getEntry('documents', ref.document);
  if (!doc) throw new Error(`${where}: no document "${ref.document}"`);
  const text = buildDocumentText(doc.data.parts);
  const anchor = anchorQuote(text, { id: 'excerpt', quote: ref.quote, occurrence: ref.occurrence });
  if (!('start' in anchor)) throw new Error(`${where}: ${anchor.message}`);
  return {
    text: text.text.slice(anchor.start, anchor.end),
    doc: doc.data,
    href: withBase(routes.document(doc.id, blockAnchorId({ text }, anchor.blockIndex))),
  };
}
