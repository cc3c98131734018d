/**
 * Starts Pagefind's search box. Pagefind's files are made after the build (scripts/postbuild.mjs),
 * so its script is loaded by path; where it cannot run (no index, file://), the static index on
 * the page stays open instead.
 */
interface PagefindUIConstructor {
  new (options: Record<string, unknown>): unknown;
}

export function startSearch(root: Document): void {
  const box = root.getElementById('search');
  const index = root.getElementById('site-index') as HTMLDetailsElement | null;
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!box || !PagefindUI) {
    if (index) index.open = true;
    return;
  }
  new PagefindUI({
    element: '#search',
    bundlePath: box.dataset.bundle,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: 'Search lessons, documents and the glossary' },
  });
}
