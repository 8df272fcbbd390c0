/**
 * "Copy link" and "Cite" in each item's tools (<item-tools>), for the item or one of its sentences: the one the reader
 * has selected text in, else the one the address targets. Without JavaScript CSS hides the buttons
 * (@media (scripting: none)), so a reader never meets a button that does nothing. One listener for the page, written
 * small: it runs before interaction on every reading page.
 */
document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('item-tools button[data-copy]');
  if (!button) return;
  const tools = button.parentElement!;
  const data = tools.dataset;
  const places = JSON.parse(data.places!) as Record<string, string>;
  const node = getSelection()?.anchorNode;
  const selected = (node instanceof Element ? node : node?.parentElement)?.closest('.sentence,.srow')?.id;
  const sentence = [selected, location.hash.slice(1)].find((id) => id && places[id]) ?? '';
  // The link is where the page is read, so a mirror or a copy on disk cites itself; the citation adds it only where
  // it can be followed (http or https).
  const link = `${location.href.replace(/#.*/, '')}#${sentence || data.anchor}`;
  const cite = data.cite!.replace('{place}', places[sentence]!);
  const text = button.dataset.copy === 'link' ? link : /^https?:/.test(link) ? `${cite} ${link}` : cite;
  const status = tools.querySelector('[role=status]')!;
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = button.dataset.done!;
  } catch {
    status.textContent = `${data.failed} ${text}`;
  }
});
