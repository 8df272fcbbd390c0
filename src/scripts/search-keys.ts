/**
 * Arrow keys in a search form: ArrowDown from the box moves to the first result, ArrowDown and ArrowUp
 * move between results (links, so Enter opens the one in focus, and a screen reader names it as a link),
 * ArrowUp from the first returns to the box, and typing on a result goes back to the box.
 */
export function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at >= 0 && event.key.length === 1 && event.key !== ' ') {
    input.focus(); // the key then types into the box
    return;
  }
  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  if (!step || (at < 0 && event.target !== input)) return;
  event.preventDefault();
  const next = at < 0 ? (step > 0 ? 0 : -1) : at + step;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}
