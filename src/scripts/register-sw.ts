/**
 * Offline use: the service worker (made by scripts/postbuild.mjs) caches the whole site on the first
 * visit. Browsers allow service workers only on https and localhost, so on a school server reached
 * over plain http, or from a file, this does nothing and every page still works as usual.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext || location.protocol === 'file:') return;
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Without the worker the site still works online; there is nothing to tell the reader.
  });
}
