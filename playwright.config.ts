// End-to-end tests: the sample board built on a fixed date, served by `astro preview`, in Debian's Chromium.

import { defineConfig } from '@playwright/test';

const PORT = 4329;
/** The build date the tests assume: the sample postings' dates are chosen around it. */
export const TEST_BOARD_DATE = '2026-11-28';
const env = { BOARD_DATE: TEST_BOARD_DATE, BOARD_OUT_DIR: '.test-dist', ASTRO_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: process.env['CI'] ? [['list'], ['github']] : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // Nothing on these machines may reach the internet: keep Chromium from trying.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npm run build && npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    env,
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
