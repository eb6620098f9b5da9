// npm run bench:csp — after a build. What the Content-Security-Policy costs: the same content
// page served by the site's server with its page cache off (PAGE_CACHE_MB=0: every HTML response
// held, its inline scripts hashed, sent with its own policy) and by plain `next start` (no CSP);
// and, for comparison, the server as shipped (the page cache hashes each page once). Measured in
// the same run with autocannon, alternating, uncompressed (autocannon sends no Accept-Encoding).
import { spawn } from 'node:child_process'
import path from 'node:path'
import autocannon from 'autocannon'
import { freePort, startServer } from './lib/server'

const PAGE = process.env.BENCH_CSP_PAGE ?? '/guides/early-help'
const SECONDS = Number(process.env.BENCH_CSP_SECONDS ?? 10)
const CONNECTIONS = 10
const ROUNDS = 2

async function startPlainNext(port: number): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const root = path.resolve(import.meta.dirname, '..')
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const baseURL = `http://127.0.0.1:${port}`
  for (let tries = 0; tries < 600; tries++) {
    try {
      if ((await fetch(`${baseURL}/robots.txt`)).ok) break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    baseURL,
    stop: async () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
      await exited
    },
  }
}

async function measure(url: string): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

async function main() {
  const withCsp = await startServer({ env: { PAGE_CACHE_MB: '0' } })
  const shipped = await startServer()
  const plain = await startPlainNext(await freePort())
  try {
    const policy = (await fetch(`${withCsp.baseURL}${PAGE}`)).headers.get('content-security-policy') ?? ''
    const hashes = (policy.match(/'sha256-/g) ?? []).length
    const none = (await fetch(`${plain.baseURL}${PAGE}`)).headers.get('content-security-policy')
    console.log(`${PAGE}: CSP with ${hashes} hashes (${policy.length} bytes of header); plain next start sends ${none === null ? 'no CSP' : 'a CSP'}`)
    const setups: [string, string][] = [
      ['with CSP, hashed per response (dist/server.js, PAGE_CACHE_MB=0)', withCsp.baseURL],
      ['without CSP (next start)', plain.baseURL],
      ['as shipped (dist/server.js, page cache on)', shipped.baseURL],
    ]
    const results: Record<string, { rps: number[]; p50: number[]; p99: number[] }> = Object.fromEntries(setups.map(([name]) => [name, { rps: [], p50: [], p99: [] }]))
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, base] of setups) {
        const run = await measure(`${base}${PAGE}`)
        if (run.errors > 0) throw new Error(`${name}: ${run.errors} failed requests`)
        const entry = results[name]
        entry?.rps.push(run.rps)
        entry?.p50.push(run.p50)
        entry?.p99.push(run.p99)
      }
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
    for (const [name, entry] of Object.entries(results)) {
      console.log(`${name}: ${mean(entry.rps).toFixed(0)} requests/s, p50 ${mean(entry.p50).toFixed(1)} ms, p99 ${mean(entry.p99).toFixed(1)} ms (${ROUNDS} x ${SECONDS} s, ${CONNECTIONS} connections)`)
    }
    const [a, b] = Object.values(results).map((entry) => mean(entry.rps))
    if (a !== undefined && b !== undefined) console.log(`CSP cost, hashed per response: ${(((b - a) / b) * 100).toFixed(1)}% fewer requests/s than next start`)
  } finally {
    await Promise.all([withCsp.stop(), shipped.stop(), plain.stop()])
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
