/**
 * search/engine.js: the engine of src/lib/search/ as the global `policySearch`, and nothing else, so that
 * the first query costs the engine and one language's records (at most 5 KiB gzip together). The form
 * it serves (search-form.ts) comes with every page's site.js.
 */
import { prepareIndex, search } from '../lib/search/engine.ts';
import { parseQuery } from '../lib/search/query.ts';
import { fromWire } from '../lib/search/records.ts';

const engine = { prepareIndex, search, parseQuery, fromWire };
export type SearchEngine = typeof engine;

declare global {
  var policySearch: SearchEngine | undefined;
}
globalThis.policySearch = engine;
