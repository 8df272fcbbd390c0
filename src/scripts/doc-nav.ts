// The document navigator follows the reader (doc-nav.js, which reading.js loads on pages that have one: parts, full
// text, side by side, once the page first scrolls, or at once for an address with an item). It marks the item being
// read with aria-current="location", keeps that link in view inside the navigator, names the place in the phone's
// contents bar, and adds the item an address targets (#p3-4) to the breadcrumb. Without it every link still works;
// only the marking is missing.
// Bundled by esbuild like the other scripts (integrations/browser-scripts.ts).
import { isItemId } from '../lib/document/ids.ts';
import { readingPlace } from './place.ts';

(() => {
  const nav = document.getElementById('doc-nav');
  if (!nav) return;
  /** Each passage's heading on this page → its link in the navigator. */
  const links = new Map<Element, HTMLAnchorElement>();
  /** The id an address (a link's, or the page's own) targets. */
  const target = (address: { hash: string }) => decodeURIComponent(address.hash.slice(1));
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const heading = document.getElementById(target(link));
    if (heading) links.set(heading, link);
  }
  const here = document.querySelector('[data-doc-nav-here]');
  /** A link's words without its "heading only" mark: the item's name. */
  const nameOf = (link: HTMLAnchorElement) => {
    const copy = link.cloneNode(true) as Element;
    copy.querySelector('.gap-label')?.remove();
    return copy.textContent!.trim();
  };
  /** The navigator's own header, which stays at its top: a link under it is out of view. */
  const head = nav.querySelector<HTMLElement>('.doc-nav-head');
  let current: HTMLAnchorElement | undefined;
  const mark = (link: HTMLAnchorElement | undefined) => {
    if (!link || link === current) return;
    current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'location');
    current = link;
    if (here) here.textContent = nameOf(link);
    // Scroll the navigator only, never the page: the page is where the reader is.
    const top = link.getBoundingClientRect().top - nav.getBoundingClientRect().top + nav.scrollTop;
    if (top < nav.scrollTop + (head?.offsetHeight ?? 0) || top + link.offsetHeight > nav.scrollTop + nav.clientHeight)
      nav.scrollTop = top - nav.clientHeight / 3;
  };
  // A followed link (or an address with #p3-4) names the item outright; scrolling takes over again after it.
  let pinnedUntil = 0;
  // The item being read is the reader's place (place.ts), the one the language switch keeps.
  const follow = () => {
    const place = readingPlace(links.keys());
    if (place && performance.now() > pinnedUntil) mark(links.get(place));
  };
  follow();
  // Asked once a frame at most: the place reads each heading's layout and style, and scroll events come faster. (A
  // scroll event cannot be cancelled, so the listener needs no `passive`.)
  let frame = 0;
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(() => ((frame = 0), follow()))));

  // The item the address targets: marked at once, and named at the end of the breadcrumb (an item of its own, added
  // here, so that without script the trail holds no empty entry).
  const crumb = document.createElement('li');
  crumb.className = 'breadcrumb-item';
  document.querySelector('.breadcrumb ol')?.append(crumb);
  const targeted = () => {
    const heading = location.hash && document.getElementById(target(location));
    const link = heading ? links.get(heading) : undefined;
    if (link) {
      mark(link);
      pinnedUntil = performance.now() + 400;
    }
    const isItem = !!link && isItemId(target(link));
    crumb.textContent = link && isItem ? nameOf(link) : '';
    crumb.hidden = !isItem;
  };
  targeted();
  addEventListener('hashchange', targeted);
})();
