// Placed straight after an island that holds part of itself back until it has loaded (data-pending).
// Browsers refuse module scripts from a file (the offline pack opened from its folder), so there the
// island never loads: show everything it drew, as a browser without scripts does.
if (location.protocol === 'file:') {
  for (const pending of document.querySelectorAll('[data-pending]')) pending.removeAttribute('data-pending');
}
