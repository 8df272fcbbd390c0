/**
 * search/engine.js: the engine of src/lib/search/ and the list of results it draws, as the global `policySearch`,
 * loaded on first use with this language's records (at most 5 KiB gzip together, search-budget.spec.ts). The form
 * that asks it (search-form.ts), with its status line, comes with every page's site.js, within the 4 KiB of script
 * before interaction (tests/e2e/pages.spec.ts); the split between the two is set by those two budgets.
 */
import { prepareIndex, search } from '../lib/search/engine.ts';
import { parseQuery } from '../lib/search/query.ts';
import { fromWire } from '../lib/search/records.ts';
import { resultList } from './search-results.ts';

const engine = { prepareIndex, search, parseQuery, fromWire, resultList };
export type SearchEngine = typeof engine;

declare global {
  var policySearch: SearchEngine | undefined;
}
globalThis.policySearch = engine;
