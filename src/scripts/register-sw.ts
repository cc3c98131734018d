/**
 * Offline use: the service worker (made by scripts/postbuild.mjs) caches the whole site on the first
 * visit. Browsers allow service workers only on https and localhost, so on a school server reached
 * over plain http, from a file or in an LMS package, this does nothing and every page still works as usual.
 *
 * After a new deploy, its worker waits until the reader chooses to reload (see scripts/precache.mjs):
 * until then the old worker keeps serving this tab the files its pages were built with.
 */
export function registerServiceWorker(): void {
  // An LMS package (npm run lms) serves from the LMS's own site, where a worker would outlive the course.
  const inPackage = document.documentElement.dataset.package !== undefined;
  if (!import.meta.env.PROD || inPackage || !('serviceWorker' in navigator) || !window.isSecureContext || location.protocol === 'file:') return;
  const base = import.meta.env.BASE_URL;
  const container = navigator.serviceWorker;
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  let reloadAsked = false;
  // Null on the first visit: the first worker then takes control, which changes nothing for the reader.
  let controlled = container.controller !== null;

  container.addEventListener('controllerchange', () => {
    if (reloadAsked) location.reload();
    // Another tab let the new version take over: this page is still the old one.
    else if (controlled && notice) notice.hidden = false;
    controlled = true;
  });

  container
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      // A worker installed while an older one controls this page is a new version, waiting.
      const offer = () => {
        if (container.controller && notice) notice.hidden = false;
      };
      if (registration.waiting) offer();
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer();
        });
      });
      notice?.querySelector('button')?.addEventListener('click', () => {
        reloadAsked = true;
        // Without a waiting worker (another tab already let it take over), a reload is all it takes.
        if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
        else location.reload();
      });
    })
    .catch(() => {
      // Without the worker the site still works online; there is nothing to tell the reader.
    });
}
