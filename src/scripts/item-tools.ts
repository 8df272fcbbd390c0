/**
 * <item-tools>: "Copy link" and "Cite" for one item, or for one of its sentences: the one the reader has selected
 * text in, or arrived at by its anchor. Without JavaScript CSS hides the buttons (@media (scripting: none)), so a
 * reader never meets a button that does nothing.
 */
class ItemTools extends HTMLElement {
  /** The sentence of this item the reader is at: where the selection starts, else the address's anchor. */
  private sentence(places: Record<string, string>): string {
    const node = getSelection()?.anchorNode;
    const selected = (node instanceof Element ? node : node?.parentElement)?.closest('.sentence, .srow')?.id;
    if (selected && places[selected]) return selected;
    const target = decodeURIComponent(location.hash.slice(1));
    return places[target] ? target : '';
  }

  connectedCallback(): void {
    const status = this.querySelector<HTMLElement>('[role=status]');
    const places = JSON.parse(this.dataset.places ?? '{}') as Record<string, string>;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        const sentence = this.sentence(places);
        // The link is built from where the page is read, so a mirror or a copy on disk cites itself; the address
        // joins the citation only where it can be followed (http or https).
        const link = `${location.href.replace(/#.*$/, '')}#${sentence || this.dataset.anchor}`;
        const cite = (this.dataset.cite ?? '').replace('{place}', places[sentence] ?? '');
        const text = button.dataset.copy === 'link' ? link : /^https?:/.test(link) ? `${cite} ${link}` : cite;
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
