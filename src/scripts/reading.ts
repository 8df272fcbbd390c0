// Pages read item by item (a part, the full text, side by side): the document navigator that follows the reader,
// and each item's "Copy link" and "Cite". One bundle, since every such page needs both.
import './doc-nav.ts';
import './item-tools.ts';
