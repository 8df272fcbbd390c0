/** The built site's pages, read from dist/ so that tests cover what is really there. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Site paths of every HTML page in dist/: "/", "/zh/p3/", "/404.html"… */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string, path: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full, `${path}${name}/`);
      else if (name === 'index.html') pages.push(path);
      else if (name.endsWith('.html')) pages.push(path + name);
    }
  };
  walk(dir, '/');
  return pages;
}

export const LOCALES = ['zh', 'en'] as const;

/** The two screens most tests look at: a phone (where Lighthouse looks) and a desktop. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
