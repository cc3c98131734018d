/**
 * Starts Pagefind's search box. Pagefind's files are made after the build (scripts/postbuild.mjs),
 * so its script is loaded by path. The static index on the page starts open, for pages without
 * JavaScript or opened from a file (where this module never runs), and stays open below the search
 * box: folding it as the page loads would move the page under the reader's eyes.
 */
interface PagefindUIConstructor {
  new (options: Record<string, unknown>): unknown;
}

declare global {
  interface Window {
    PagefindUI?: PagefindUIConstructor;
  }
}

export function startSearch(root: Document): void {
  const box = root.getElementById('search');
  const PagefindUI = window.PagefindUI;
  // From a file, the browser will not fetch the search index: keep the static index instead.
  if (!box || !PagefindUI || root.location.protocol === 'file:') return;
  new PagefindUI({
    element: '#search',
    bundlePath: box.dataset.bundle,
    ...(root.documentElement.dataset.package === undefined ? {} : packageLinks(new URL('../', new URL(box.dataset.bundle ?? '', root.location.href)))),
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
