// Pages read item by item (a part, the full text, side by side) load this instead of site.js, which it holds. Before
// the reader does anything, only this besides: the navigator beside the text opens at this part. The code that
// follows the reader (doc-nav.js) loads when the page first scrolls or a link within it is followed, or at once when
// the address names an item (#p3-4); the code of "Copy link" and "Cite" (item-tools.js) when a reader first opens an
// item's tools (本条 / This item). Both are named by the page's <template data-reading-scripts>, which makes them
// page requisites of mirrors; before they load every link works.
import './site.ts';

const scripts = document.querySelector<HTMLTemplateElement>('template[data-reading-scripts]');
const asked = new Set<string>();
const load = (file: string) => {
  const src = scripts?.content.querySelector(`[src$="/${file}"]`)?.getAttribute('src');
  if (!src || asked.has(file)) return;
  asked.add(file);
  const script = document.createElement('script');
  script.src = new URL(src, document.baseURI).href;
  document.head.append(script);
};

// Beside a part's page, the navigator opens at that part, whose items the earlier parts' would push out of view, just
// below its own header, which stays at its top. The phone's sheet opens at the item being read (marked by doc-nav.js
// once it has loaded), or at the part.
const nav = document.getElementById('doc-nav');
const part = nav?.querySelector('.part > a[aria-current="page"]');
const head = nav?.querySelector<HTMLElement>('.doc-nav-head');
const openAt = (link: Element | null | undefined) => {
  if (nav && link)
    nav.scrollTop += link.getBoundingClientRect().top - nav.getBoundingClientRect().top - (head?.offsetHeight ?? 0) - 8;
};
openAt(part);
nav?.addEventListener('toggle', () => {
  if (nav.matches(':popover-open')) openAt(nav.querySelector('a[aria-current="location"]') ?? part);
});
// On a phone the navigator is a sheet over the text: following a link closes it.
nav?.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('a') && nav.matches(':popover-open')) nav.hidePopover();
});

// The place being read changes only as the page scrolls or a link within it is followed; a key or a click does not
// count, so a reader whose first act is to search pays for search alone. Heard on the window as they bubble, so the
// navigator's own scrolling (just above) is not one.
const FIRST_MOVES = ['scroll', 'wheel', 'hashchange'];
const follow = () => {
  for (const type of FIRST_MOVES) removeEventListener(type, follow);
  load('doc-nav.js');
};
if (location.hash) follow();
else for (const type of FIRST_MOVES) addEventListener(type, follow, { passive: true });

// "toggle" does not bubble; a listener on the document's capture phase hears every item's.
document.addEventListener(
  'toggle',
  (event) => {
    if ((event.target as Element).matches('details.item-tools[open]')) load('item-tools.js');
  },
  true,
);
