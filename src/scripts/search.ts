/**
 * search/engine.js: the engine of src/lib/search/, the list of results it draws and the form that asks it
 * (search-form.ts, with its status line and keys), which the global `policySearch.mount` wires to a form (the form
 * imports the engine itself: they are one file). It loads, with this language's records, only when a reader opens
 * search (search-launch.ts): a page read without searching carries none of it.
 */
import { mount } from './search-form.ts';

const engine = { mount };
export type SearchEngine = typeof engine;

declare global {
  var policySearch: SearchEngine | undefined;
}
globalThis.policySearch = engine;
