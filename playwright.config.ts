import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium'

const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${port}`
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
// The postcode API the site talks to in these tests: a local stand-in (tests/support/).
const postcodesPort = Number(process.env.POSTCODES_STAND_IN_PORT ?? port + 1)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  // Two: each worker keeps under one core busy, but more starve the axe checks on a loaded two-core
  // machine (E2E_WORKERS tries another number).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: [
    {
      command: `node --import tsx tests/support/run-postcodes-stand-in.ts ${postcodesPort}`,
      url: `http://127.0.0.1:${postcodesPort}/postcodes/LS9%207BG`,
      reuseExistingServer: false,
    },
    {
      // The real built server, started the way production starts it (`npm start`).
      command: 'node dist/server.js',
      url: `${baseURL}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: '1',
        HOST: '127.0.0.1',
        PORT: String(port),
        // The tests play several clients through one address, as a proxy on this machine would.
        TRUSTED_PROXIES: '127.0.0.1',
        // /test-fault answers a real 500, for the security headers test (lib/security/test-fault.ts: no such route is built).
        TEST_FAULTS: '1',
        FEEDBACK_DB_PATH: process.env.FEEDBACK_DB_PATH ?? `data/e2e-feedback-${port}.sqlite`,
        ADMIN_USERNAME: 'editor',
        ADMIN_PASSWORD: 'correct horse battery staple',
        POSTCODES_API_URL: `http://127.0.0.1:${postcodesPort}`,
      },
    },
  ],
})
