/** Glossary fixtures shared by the unit tests. */
import type { Term } from '../../src/lib/glossary/rules.ts';

/** A glossary term for rule tests: each language's wording matched as written unless `more` adds forms. */
export const term = (
  id: string,
  zh: string,
  en: string,
  more: { zhForms?: string[]; enMatch?: string[] } = {},
): Term => ({
  id,
  rendering: { zh, en },
  forms: { zh: [zh, ...(more.zhForms ?? [])], en: more.enMatch ?? [en] },
});
