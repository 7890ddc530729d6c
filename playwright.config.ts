// End-to-end tests in Debian's Chromium against two built boards served by `astro preview`: a frozen copy of
// the sample board built on its fixed date, and a hostile fixture board built with the validator bypassed.

import { defineConfig } from '@playwright/test';
import { HOSTILE_PORT, HOSTILE_ROOT, SAMPLE_PORT, SAMPLE_ROOT, TEST_BOARD_DATE } from './tests/support/servers.ts';

const env = { BOARD_DATE: TEST_BOARD_DATE, ASTRO_TELEMETRY_DISABLED: '1' };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: process.env['CI'] ? [['list'], ['github']] : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${SAMPLE_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // Nothing on these machines may reach the internet: keep Chromium from trying.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `node tests/support/build-sample.ts && npx astro preview --root ${SAMPLE_ROOT} --port ${SAMPLE_PORT}`,
      url: `http://localhost:${SAMPLE_PORT}/`,
      env,
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node tests/support/build-hostile.ts && npx astro preview --root ${HOSTILE_ROOT} --port ${HOSTILE_PORT}`,
      url: `http://localhost:${HOSTILE_PORT}/`,
      env,
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
