import fs from 'node:fs'

// Playwright cannot download its own browser here, so tests use the system Chromium.
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function findChromium(): string {
  const found = CANDIDATES.find((candidate): candidate is string => !!candidate && fs.existsSync(candidate))
  if (!found) {
    throw new Error('No Chromium found. Run `npm run setup` (installs Debian\'s chromium) or set CHROMIUM_PATH.')
  }
  return found
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
