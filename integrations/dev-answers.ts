/**
 * What `astro dev` answers for the files the build writes after Astro (browser scripts, stylesheets): each made afresh
 * from the sources on every request, by the same function that writes it into a build, so an edit shows on the next
 * reload and dev and build cannot differ. Outside Vite's module graph, so nothing reloads the page by itself.
 */
import type { AstroIntegration } from 'astro';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/**
 * Answers every request whose path `find` recognises with `make`'s bytes, as `type`; other requests go on.
 * `find` gets the path without its leading slash (site.js, search/engine.js, site.css).
 */
export function answerInDev<T>(
  server: DevServer,
  type: string,
  find: (path: string) => T | undefined,
  make: (found: T) => Promise<string | Uint8Array>,
): void {
  server.middlewares.use((request, response, next) => {
    const found = find(new URL(request.url ?? '/', 'http://dev').pathname.slice(1));
    if (found === undefined) return next();
    make(found).then(
      (body) => {
        response.setHeader('Content-Type', type);
        response.end(body);
      },
      (error: unknown) => next(error),
    );
  });
}
