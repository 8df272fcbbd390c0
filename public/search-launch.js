// Opens search from every page: the header button, "/" and Ctrl+K (⌘K). The search code and index
// (search/client.js, {lang}/search/records.json) are fetched only when search is first opened.
(() => {
  const root = new URL('.', document.currentScript.src);
  const fromDisk = location.protocol === 'file:';
  const page = document.querySelector('form[data-search-page]');
  const dialog = document.getElementById('search-dialog');
  let returnTo = null;

  // Modules cannot be loaded from file://: say so in words instead of failing silently.
  const mount = (form, syncUrl) => {
    if (fromDisk) {
      for (const note of document.querySelectorAll('[data-search-file]')) note.hidden = false;
      return;
    }
    import(new URL('search/client.js', root).href).then((client) => client.mount(form, { syncUrl }));
  };

  const open = () => {
    if (page) return page.querySelector('input[name=q]').focus();
    if (!dialog || dialog.open) return;
    returnTo = document.activeElement;
    dialog.showModal();
    const input = dialog.querySelector('input[name=q]');
    input.focus();
    input.select();
    mount(dialog.querySelector('form[data-search]'), false);
  };

  for (const button of document.querySelectorAll('[data-search-open]')) {
    button.hidden = false;
    button.addEventListener('click', open);
  }
  dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog?.addEventListener('close', () => returnTo?.focus?.());
  // Esc closes at once, even from the search field (where it would first only clear the text).
  dialog?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog?.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });

  document.addEventListener('keydown', (event) => {
    const typing = event.target.closest?.('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !ctrlK) return;
    event.preventDefault();
    open();
  });

  // On the search page the search code loads as the reader starts to use the form, or at once when
  // the address already holds a search (?q=): the page alone stays within 4 KiB of JS (issue 7).
  if (page) {
    if (fromDisk || location.search) mount(page, true);
    else for (const type of ['focusin', 'pointerdown']) page.addEventListener(type, () => mount(page, true), { once: true });
  }
})();
