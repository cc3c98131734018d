/** Text made safe inside XML or SVG, as element text or as a quoted attribute value. */
export const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
