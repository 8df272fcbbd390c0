/**
 * <item-tools>: "Copy link" and "Cite" for one item, or for one of its sentences: the one the reader has selected
 * text in, else the one the address targets. reading.js loads this file when a reader first opens an item's tools
 * (the custom element then upgrades every item's tools at once), so no page pays for it before interaction. Without
 * JavaScript CSS hides the buttons (@media (scripting: none)), so a reader never meets a button that does nothing.
 */
class ItemTools extends HTMLElement {
  connectedCallback(): void {
    const data = this.dataset;
    const status = this.querySelector('[role=status]')!;
    const places = JSON.parse(data.places!) as Record<string, string>;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]'))
      button.onclick = async () => {
        const node = getSelection()?.anchorNode;
        const selected = (node instanceof Element ? node : node?.parentElement)?.closest('.sentence,.srow')?.id;
        const sentence = [selected, location.hash.slice(1)].find((id) => id && places[id]) ?? '';
        // The link is where the page is read, so a mirror or a copy on disk cites itself; the citation adds it only
        // where it can be followed (http or https).
        const link = `${location.href.replace(/#.*/, '')}#${sentence || data.anchor}`;
        const cite = data.cite!.replace('{place}', places[sentence]!);
        const text = button.dataset.copy === 'link' ? link : /^https?:/.test(link) ? `${cite} ${link}` : cite;
        status.textContent = '';
        try {
          await navigator.clipboard.writeText(text);
          status.textContent = button.dataset.done!;
        } catch {
          status.textContent = `${data.failed} ${text}`;
        }
      };
  }
}

customElements.define('item-tools', ItemTools);
