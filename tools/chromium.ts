/** Debian's Chromium (browser downloads do not work on these machines); CHROMIUM_PATH overrides. */
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it with: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
    );
  }
  return path;
}

/**
 * The browser the end-to-end tests drive: Debian's headless shell (package chromium-headless-shell), the same Chromium
 * without a browser's window furniture, which is what Playwright itself runs headless tests in. Each new browser
 * context in the full browser also starts a renderer for its hidden window's own interface; the shell starts none, and
 * opens a page about twice as fast (measured: a new context with a page about 1.5 s against 3 to 5 s on a busy 2-core
 * machine), which most tests do. Without the shell, the full browser (chromiumPath); CHROMIUM_PATH overrides both.
 */
export function testBrowserPath(): string {
  const shell = '/usr/bin/chromium-headless-shell';
  return process.env.CHROMIUM_PATH === undefined && existsSync(shell) ? shell : chromiumPath();
}

/** Flags for a closed network: no background connections that would be refused or count as foreign requests. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
