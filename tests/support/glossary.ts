/** Glossary fixtures shared by the unit tests. */
import type { Term } from '../../src/lib/glossary/rules.ts';

/** A glossary term for rule tests: the English matched as written unless `more` says otherwise. */
export const term = (id: string, zh: string, en: string, more: Partial<Term> = {}): Term => ({
  id,
  zh,
  en,
  zhForms: [],
  enMatch: [en],
  ...more,
});
