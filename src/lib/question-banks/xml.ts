/** Writing text into XML (and HTML held in XML) safely, for the Moodle XML and QTI banks. */
import { xmlEscape } from '../xml';

/** A CDATA section; "]]>" inside it would end the section early, so it is split across two. */
export const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** Course paragraphs ("\n\n" between them) as HTML paragraphs, escaped. */
export const paragraphs = (text: string) =>
  text
    .split(/\s*\n\s*\n\s*/)
    .map((p) => `<p>${xmlEscape(p)}</p>`)
    .join('');

/**
 * A QTI identifier: XML's NCName, which must start with a letter or underscore and holds only
 * letters, digits, '.', '-' and '_'. Anything else becomes '_'.
 */
export function qtiId(raw: string): string {
  const clean = raw.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(clean) ? clean : `_${clean}`;
}
