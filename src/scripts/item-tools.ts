/**
 * <item-tools>: "Copy link" and "Cite" for one item. Without JavaScript CSS hides the buttons
 * (@media (scripting: none)), so a reader never meets a button that does nothing.
 */
class ItemTools extends HTMLElement {
  connectedCallback(): void {
    const status = this.querySelector<HTMLElement>('[role=status]');
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        // The link is built from where the page is read, so a mirror or a copy on disk cites itself.
        const text =
          button.dataset.copy === 'link'
            ? `${location.href.replace(/#.*$/, '')}#${this.dataset.anchor}`
            : (this.dataset.cite ?? '');
        const say = (message: string) => {
          if (status) status.textContent = message;
        };
        say('');
        try {
          await navigator.clipboard.writeText(text);
          say(button.dataset.done ?? '');
        } catch {
          say(`${this.dataset.failed} ${text}`);
        }
      });
    }
  }
}

customElements.define('item-tools', ItemTools);
