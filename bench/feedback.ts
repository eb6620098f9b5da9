// npm run bench:feedback — after `next build` (honours NEXT_DIST_DIR).
// Starts the built server on 127.0.0.1 with a fresh SQLite file under the system temp folder and
// the rate limit raised (FEEDBACK_RATE_LIMIT), then:
//   1. 2,000 submissions at concurrency 50: requests/s, p50/p99, rows stored vs acknowledged.
//   2. The same, but the server is killed with SIGKILL halfway and restarted: every submission
//      acknowledged before the kill must still be there, and the rest complete after restart.
// Talks only to 127.0.0.1, is bounded in count and time, and stops its server at the end.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FeedbackStore } from '@/lib/feedback/store'
import { freePort, startServer, type RunningServer } from './lib/server'

const TOTAL = Number(process.env.BENCH_FEEDBACK_TOTAL ?? 2000)
const CONCURRENCY = Number(process.env.BENCH_FEEDBACK_CONCURRENCY ?? 50)
const DEADLINE_MS = 5 * 60_000
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next'
// A page the site has: feedback about any other page is refused.
const PAGE = '/'

/** The built server with its own SQLite file and the rate limits raised for the run. */
function launch(port: number, dbFile: string): Promise<RunningServer> {
  return startServer({
    port,
    env: { FEEDBACK_DB_PATH: dbFile, DATABASE_URL: '', FEEDBACK_RATE_LIMIT: '1000000', FEEDBACK_SITE_RATE_LIMIT: '1000000' },
  })
}

type Run = { acked: Set<number>; latencies: number[]; failed: number; attempted: Set<number>; seconds: number }

/** Sends the given submissions with CONCURRENCY workers; stopWhen lets the caller cut a run short. */
async function submit(port: number, ids: number[], tag: string, onAck?: (acked: number) => void, stopped?: () => boolean): Promise<Run> {
  const run: Run = { acked: new Set(), latencies: [], failed: 0, attempted: new Set(), seconds: 0 }
  let next = 0
  const started = performance.now()
  async function worker() {
    while (next < ids.length && !stopped?.()) {
      const id = ids[next++]
      if (id === undefined) break
      run.attempted.add(id)
      const sent = performance.now()
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ page: PAGE, useful: id % 4 !== 0, trying: `bench ${tag} ${id}` }),
          signal: AbortSignal.timeout(10_000),
        })
        await response.arrayBuffer()
        if (response.status === 201) {
          run.latencies.push(performance.now() - sent)
          run.acked.add(id)
          onAck?.(run.acked.size)
        } else run.failed++
      } catch {
        run.failed++
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  run.seconds = (performance.now() - started) / 1000
  return run
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

/** The ids found in the database for this tag (read directly from the SQLite file). */
async function storedIds(dbFile: string, tag: string): Promise<number[]> {
  const store = await FeedbackStore.open({ kind: 'sqlite', file: dbFile })
  try {
    return (await store.entries({ withComments: true }))
      .map((entry) => /^bench (\S+) (\d+)$/.exec(entry.trying ?? ''))
      .filter((match) => match?.[1] === tag)
      .map((match) => Number(match?.[2]))
  } finally {
    await store.close()
  }
}

function describeRun(label: string, run: Run): string {
  const rps = run.acked.size / run.seconds
  return `${label}: ${run.acked.size} acknowledged of ${run.attempted.size} sent in ${run.seconds.toFixed(2)} s = ${rps.toFixed(0)} req/s, p50 ${percentile(run.latencies, 50).toFixed(1)} ms, p99 ${percentile(run.latencies, 99).toFixed(1)} ms${run.failed ? `, ${run.failed} failed` : ''}`
}

async function main(): Promise<boolean> {
  if (!existsSync(path.join(DIST_DIR, 'BUILD_ID'))) throw new Error(`no build in ${DIST_DIR}: run \`npx next build\` first (NEXT_DIST_DIR=${DIST_DIR})`)
  const dir = mkdtempSync(path.join(tmpdir(), 'feedback-bench-'))
  const servers: RunningServer[] = []
  const watchdog = setTimeout(() => {
    console.error(`bench:feedback: over ${DEADLINE_MS / 1000} s, stopping`)
    for (const server of servers) void server.stop('SIGKILL')
    process.exit(1)
  }, DEADLINE_MS)
  let ok = true
  try {
    const port = await freePort()
    console.log(`bench:feedback: ${TOTAL} submissions at concurrency ${CONCURRENCY} against the built server (${DIST_DIR}) on 127.0.0.1:${port}, SQLite under ${dir}\n`)
    const ids = Array.from({ length: TOTAL }, (_, index) => index)

    // 1. A clean run.
    const cleanDb = path.join(dir, 'clean.sqlite')
    let server = await launch(port, cleanDb)
    servers.push(server)
    // One request first, so the timings measure the running server, not its first-request start-up.
    await submit(port, [0], 'warm-up')
    const clean = await submit(port, ids, 'clean')
    await server.stop('SIGTERM')
    const cleanRows = await storedIds(cleanDb, 'clean')
    const cleanMissing = [...clean.acked].filter((id) => !cleanRows.includes(id)).length
    console.log(describeRun('Run 1 (clean)', clean))
    console.log(`  rows stored ${cleanRows.length} / submissions acknowledged ${clean.acked.size}: ${cleanRows.length === clean.acked.size && cleanMissing === 0 ? 'EQUAL' : 'MISMATCH'}\n`)
    ok &&= cleanRows.length === clean.acked.size && cleanMissing === 0 && clean.acked.size === TOTAL

    // 2. SIGKILL halfway, restart, finish.
    const crashDb = path.join(dir, 'crash.sqlite')
    server = await launch(port, crashDb)
    servers.push(server)
    await submit(port, [0], 'warm-up')
    let killed = false
    const killAt = Math.floor(TOTAL / 2)
    const current = server
    const before = await submit(
      port,
      ids,
      'crash',
      (acked) => {
        if (!killed && acked >= killAt) {
          killed = true
          void current.stop('SIGKILL')
        }
      },
      () => killed,
    )
    await current.exited
    console.log(describeRun('Run 2 (until SIGKILL)', before))
    server = await launch(port, crashDb)
    servers.push(server)
    const afterRestart = await storedIds(crashDb, 'crash')
    const lost = [...before.acked].filter((id) => !afterRestart.includes(id))
    const unacknowledgedButStored = afterRestart.filter((id) => !before.acked.has(id))
    console.log(
      `  after SIGKILL and restart: ${afterRestart.length} rows; ${before.acked.size} acknowledged before the kill, ${lost.length} of them missing; ${unacknowledgedButStored.length} stored but cut off before their answer`,
    )
    // Finish what was never acknowledged (in-flight requests may have been stored already: the
    // benchmark resends only those it cannot see in the database, as a client retrying would not know).
    const remaining = ids.filter((id) => !before.acked.has(id) && !afterRestart.includes(id))
    const after = await submit(port, remaining, 'crash')
    await server.stop('SIGTERM')
    const finalRows = await storedIds(crashDb, 'crash')
    const acknowledged = new Set([...before.acked, ...after.acked])
    const finalMissing = [...acknowledged].filter((id) => !finalRows.includes(id)).length
    const expectedRows = acknowledged.size + unacknowledgedButStored.length
    console.log(describeRun('Run 2 (after restart)', after))
    console.log(
      `  rows stored ${finalRows.length} / submissions acknowledged ${acknowledged.size} (+${unacknowledgedButStored.length} stored before the kill without an answer): ${finalMissing === 0 && finalRows.length === expectedRows ? 'every acknowledged submission is there' : `MISMATCH, ${finalMissing} missing`}`,
    )
    ok &&= lost.length === 0 && finalMissing === 0 && finalRows.length === expectedRows
    console.log(ok ? '\nbench:feedback: OK' : '\nbench:feedback: FAILED')
    return ok
  } finally {
    clearTimeout(watchdog)
    for (const server of servers) await server.stop('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
