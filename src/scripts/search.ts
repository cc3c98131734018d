/**
 * Starts Pagefind's search box. Pagefind's files are made after the build (scripts/postbuild.mjs),
 * so its script and style sheet are loaded by path, here rather than in the page's head: there they
 * held back the page's first paint (the static index below is what a student reads first). The
 * static index starts open, for pages without JavaScript or opened from a file (where this module
 * never runs), and stays open below the search box: folding it as the page loads would move the
 * page under the reader's eyes.
 */
interface PagefindUIConstructor {
  new (options: Record<string, unknown>): unknown;
}

declare global {
  interface Window {
    PagefindUI?: PagefindUIConstructor;
  }
}

/** Add a script or style sheet to the head; resolves once it has loaded. */
function loadFile(root: Document, element: HTMLScriptElement | HTMLLinkElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`Pagefind's ${element instanceof HTMLScriptElement ? element.src : element.href} did not load.`)), { once: true });
    root.head.append(element);
  });
}

export async function startSearch(root: Document): Promise<void> {
  const box = root.getElementById('search');
  // From a file, the browser will not fetch the search index: keep the static index instead.
  if (!box || root.location.protocol === 'file:') return;
  // Pagefind's folder. In a package, links name files, so data-bundle names the folder's index.html.
  const bundle = new URL('./', new URL(box.dataset.bundle ?? '', root.location.href));
  const script = root.createElement('script');
  script.src = new URL('pagefind-ui.js', bundle).href;
  const styles = root.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = new URL('pagefind-ui.css', bundle).href;
  // The box is drawn once its styles are in, so it never shows unstyled.
  await Promise.all([loadFile(root, script), loadFile(root, styles)]);
  const PagefindUI = root.defaultView?.PagefindUI;
  if (!PagefindUI) return;
  new PagefindUI({
    element: '#search',
    bundlePath: bundle.href,
    ...(root.documentElement.dataset.package === undefined ? {} : packageLinks(new URL('../', bundle))),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: 'Search lessons, documents and the glossary' },
  });
  // Pagefind's box has only a placeholder: tie it to the page's visible label.
  const input = box.querySelector<HTMLInputElement>('input[type="text"], input[type="search"]');
  const label = root.querySelector<HTMLLabelElement>('label[data-search-label]');
  if (input && label) {
    input.id = 'search-input';
    label.htmlFor = input.id;
    label.classList.remove('search__label--waiting');
  }
}

interface PagefindResult {
  url: string;
  sub_results?: { url: string }[];
}

/** A page's address as a file: an LMS serves a package's files, not its folders' index pages. */
const asFile = (url: string) => url.replace(/\/(#|$)/, '/index.html$1');

/**
 * In an LMS package (npm run lms) the site sits in a folder of the LMS's own site, known only when
 * the page runs: results link below the package's root, to files.
 */
function packageLinks(packageRoot: URL) {
  return {
    baseUrl: packageRoot.pathname,
    processResult: (result: PagefindResult) => ({
      ...result,
      url: asFile(result.url),
      sub_results: result.sub_results?.map((sub) => ({ ...sub, url: asFile(sub.url) })),
    }),
  };
}
