/** The built site's pages, read from dist/ so that tests and the bench cover what is really there. */
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
