/**
 * Site-relative links that survive any base path (SITE_BASE). Every internal link goes through
 * here so the built site works under "/" and under a nested folder.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${prefix}${rest}`;
}
