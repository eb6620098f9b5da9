import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium'

// The fictional starter council (examples/starter), built into its own folder by
// scripts/test-starter.sh: the checks that are about the site, not about Leeds' facts on it.
const port = Number(process.env.E2E_STARTER_PORT ?? 3140)
const baseURL = `http://127.0.0.1:${port}`
// The starter's own copy of the server bundle (scripts/test-starter.sh): it is built while Leeds'
// browser tests still start dist/server.js, so it must not rewrite that file under them.
const serverDir = process.env.SERVER_OUT_DIR ?? '.next-starter/dist'

export default defineConfig({
  testDir: 'tests/starter',
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results-starter',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node ${serverDir}/server.js`,
    url: `${baseURL}/robots.txt`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_DIST_DIR: '.next-starter',
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      FEEDBACK_DB_PATH: `data/e2e-starter-feedback-${port}.sqlite`,
    },
  },
})
