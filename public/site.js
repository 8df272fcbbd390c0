// The only script every page loads (well under 1 KiB). Without it every page still reads and
// navigates; with it, the language switch keeps the reader's place and a printed page its address.
(() => {
  // Keep the place: carry the current item's anchor across to the other language.
  // The place is the last heading above the top third of the window; at the very bottom of
  // the page, where short last items never reach that line, the first heading in view.
  const visibleAnchor = () => {
    if (location.hash) return location.hash;
    const headings = [...document.querySelectorAll('.passage-heading[id], .pair[id]')]; // .pair: bilingual rows
    const atBottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    const line = window.innerHeight / 3;
    const pick = atBottom && window.scrollY > 0
      ? headings.find((h) => h.getBoundingClientRect().top >= 0)
      : headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1);
    return pick ? '#' + pick.id : '';
  };
  // On paper, the address the page was read at (PrintHeading writes the site path, which stays without script).
  addEventListener('beforeprint', () => {
    for (const place of document.querySelectorAll('[data-print-address]')) place.textContent = location.href.replace(/#.*$/, '');
  });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('[data-lang-switch]');
    if (!link) return;
    const anchor = visibleAnchor();
    if (anchor) link.href = link.href.replace(/#.*$/, '') + anchor;
  });
})();
