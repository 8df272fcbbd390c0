// <item-tools>: "Copy link" and "Cite" for one item. Without JavaScript CSS hides the buttons
// (@media (scripting: none)), so a reader never meets a button that does nothing.
customElements.define('item-tools', class extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector('[role=status]');
    for (const button of this.querySelectorAll('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        // The link is built from where the page is read, so a mirror or a copy on disk cites itself.
        const text = button.dataset.copy === 'link' ? location.href.replace(/#.*$/, '') + '#' + this.dataset.anchor : this.dataset.cite;
        status.textContent = '';
        try {
          await navigator.clipboard.writeText(text);
          status.textContent = button.dataset.done;
        } catch {
          status.textContent = this.dataset.failed + ' ' + text;
        }
      });
    }
  }
});
