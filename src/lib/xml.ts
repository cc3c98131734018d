/** Text made safe inside XML, SVG or HTML, as element text or as a quoted attribute value (either quote). */
export const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
