// Pages read item by item (a part, the full text, side by side): the document navigator that follows the reader;
// and, when a reader first opens an item's tools (本条 / This item), the code of "Copy link" and "Cite"
// (item-tools.js, named by the page's <template data-item-tools-script>, which makes it a page requisite of mirrors).
import './doc-nav.ts';

const template = document.querySelector<HTMLTemplateElement>('template[data-item-tools-script]');
let asked = false;
// "toggle" does not bubble; a listener on the document's capture phase hears every item's.
document.addEventListener(
  'toggle',
  (event) => {
    if (asked || !template || !(event.target as Element).matches('details.item-tools[open]')) return;
    asked = true;
    const script = document.createElement('script');
    script.src = new URL(template.content.querySelector('script')!.getAttribute('src')!, document.baseURI).href;
    document.head.append(script);
  },
  true,
);
