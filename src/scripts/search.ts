/**
 * search/engine.js: the engine of src/lib/search/, the list of results it draws and the form that asks it
 * (search-form.ts, with its status line and keys), as the global `policySearch`. It loads, with this language's
 * records, only when a reader opens search (search-launch.ts): a page read without searching carries none of it.
 */
import { prepareIndex, search } from '../lib/search/engine.ts';
import { parseQuery } from '../lib/search/query.ts';
import { fromWire } from '../lib/search/records.ts';
import { resultList } from './search-results.ts';
import { mount } from './search-form.ts';

const engine = { prepareIndex, search, parseQuery, fromWire, resultList, mount };
export type SearchEngine = typeof engine;

declare global {
  var policySearch: SearchEngine | undefined;
}
globalThis.policySearch = engine;
