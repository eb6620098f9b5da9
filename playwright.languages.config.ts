import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium'

// A test council in three languages (the starter council with two pseudo-locales), built into
// its own folder by scripts/test-languages.sh: the checks of a site in more than one language.
const port = Number(process.env.E2E_LANGUAGES_PORT ?? 3150)
const baseURL = `http://127.0.0.1:${port}`
// Its own copy of the server bundle, as the starter council has (playwright.starter.config.ts).
const serverDir = process.env.SERVER_OUT_DIR ?? '.next-languages/dist'

export default defineConfig({
  testDir: 'tests/languages',
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results-languages',
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
      NEXT_DIST_DIR: '.next-languages',
      NEXT_TELEMETRY_DISABLED: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      FEEDBACK_DB_PATH: `data/e2e-languages-feedback-${port}.sqlite`,
    },
  },
})
