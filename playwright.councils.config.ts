import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium'

// The test council (the starter council with two pseudo-locales), built into its own folder by
// scripts/test-councils.sh, and the two suites that run against that one build.
const port = Number(process.env.E2E_COUNCIL_PORT ?? 3140)
const baseURL = `http://127.0.0.1:${port}`
// Its own copy of the server bundle: it is built while Leeds' browser tests still start
// dist/server.js, so it must not rewrite that file under them.
const serverDir = process.env.SERVER_OUT_DIR ?? '.next-council/dist'
const desktop = { ...devices['Desktop Chrome'], channel: undefined }

export default defineConfig({
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results-council',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // 60 s, not Leeds' 30: npm test runs these beside Leeds' browser tests, four browsers on two cores.
  timeout: 60_000,
  use: {
    baseURL,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    // What every council's site must pass, not only Leeds'.
    { name: 'starter', testDir: 'tests/starter', use: desktop },
    // A site in more than one language.
    { name: 'languages', testDir: 'tests/languages', use: desktop },
  ],
  webServer: {
    command: `node ${serverDir}/server.js`,
    url: `${baseURL}/robots.txt`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NEXT_DIST_DIR: '.next-council',
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      FEEDBACK_DB_PATH: `data/e2e-council-feedback-${port}.sqlite`,
    },
  },
})
