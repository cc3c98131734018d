import { svgDataUri } from '../../scripts/favicon.mjs';
import faviconSvg from '../../public/favicon.svg?raw';

/** The site icon as the pages' <link rel="icon"> names it: inline, so no page waits on a fetch. */
export const siteIconHref = svgDataUri(faviconSvg);
