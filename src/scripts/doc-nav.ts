// The document navigator follows the reader (doc-nav.js, which reading.js loads on pages that have one: parts, full
// text, side by side, once the page first scrolls, or at once for an address with an item). It marks the item being
// read with aria-current="location", keeps that link in view inside the navigator, names the place in the phone's
// contents bar, and adds the item an address targets (#p3-4) to the breadcrumb. Without it every link still works;
// only the marking is missing.
// Bundled by esbuild like the other scripts (integrations/browser-scripts.ts).
(() => {
  const nav = document.getElementById('doc-nav');
  if (!nav) return;
  /** Each passage on this page → its link in the navigator. */
  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (heading) links.set(heading.closest('section') ?? heading, link);
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
  let atEnd = false;
  const follow = (link: HTMLAnchorElement | undefined) => {
    if (performance.now() > pinnedUntil) mark(link);
  };
  const sections = [...links.keys()];
  // The reading line: just below where an item's heading lands when its link is followed (scroll-margin).
  let observer: IntersectionObserver | undefined;
  const observe = () => {
    observer?.disconnect();
    const first = sections[0];
    const line =
      (first ? parseFloat(getComputedStyle(first.querySelector('[id]') ?? first).scrollMarginTop) || 0 : 0) + 12;
    observer = new IntersectionObserver(
      (entries) => {
        const hit = entries.filter((e) => e.isIntersecting).at(-1);
        if (hit && !atEnd) follow(links.get(hit.target));
      },
      { rootMargin: `-${line}px 0px -${Math.max(0, innerHeight - line - 1)}px 0px` },
    );
    for (const section of sections) observer.observe(section);
  };
  observe();
  addEventListener('resize', observe, { passive: true });
  // At the end of the page the last items never reach the line: once the footer is in view, the last item
  // whose heading shows is the one being read.
  const footer = document.querySelector('.site-footer');
  if (footer)
    new IntersectionObserver(([entry]) => {
      atEnd = !!entry?.isIntersecting;
      if (!atEnd) return;
      const shown = sections.filter((s) => {
        const top = s.getBoundingClientRect().top;
        return top >= 0 && top < innerHeight;
      });
      const last = shown.at(-1) ?? sections.at(-1);
      if (last) follow(links.get(last));
    }).observe(footer);

  // The item the address targets: marked at once, and named at the end of the breadcrumb (an item of its own, added
  // here, so that without script the trail holds no empty entry).
  const crumb = document.createElement('li');
  crumb.className = 'breadcrumb-item';
  document.querySelector('.breadcrumb ol')?.append(crumb);
  const targeted = () => {
    const heading = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const link = heading ? links.get(heading.closest('section') ?? heading) : undefined;
    if (link) {
      mark(link);
      pinnedUntil = performance.now() + 400;
    }
    const isItem = !!link && link.closest('ol ol') !== null;
    crumb.textContent = link && isItem ? nameOf(link) : '';
    crumb.hidden = !isItem;
  };
  targeted();
  addEventListener('hashchange', targeted);
})();
