import { defineConfig } from '@playwright/test';
import { testBrowserPath, CHROMIUM_ARGS } from './tools/chromium.ts';

const port = Number(process.env.TEST_PORT ?? 4321);

/** End-to-end tests against the built site (run `npm run build` first; `npm test` does). */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // axe over the long pages takes seconds on a busy 2-core machine; time is never what these tests assert.
  timeout: 120_000,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: testBrowserPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node serve/serve.ts --port ${port} --csp`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
