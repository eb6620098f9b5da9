// `npm start` with more than one process: the supervisor starts one server process per core (or
// WEB_CONCURRENCY), restarts one that dies, and stops them all on SIGTERM or SIGINT.
//
// Each server process opens its own listening socket on the same port (SO_REUSEPORT), so the
// kernel spreads new connections between them and no process hands sockets to another: libuv
// takes one new connection per turn of a busy event loop, and a single accepting process made a
// burst of new visitors wait in the kernel's queue. The supervisor itself serves nothing and loads
// nothing of the site; it holds the rate limits that must be shared by every process (see
// lib/server/shared-limiter.ts), so N processes do not give a client N times its allowance.
import cluster, { type Worker } from 'node:cluster'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import { RateLimiterClusterMaster } from 'rate-limiter-flexible'
import { serverMallocEnv } from './heap'
import { SHARED_SECRET_VARIABLE } from './shared-limiter'

export interface SupervisorOptions {
  /** The server script each process runs (dist/server.js). */
  exec: string
  /** Node's options for each process (lib/server/heap.ts adds the heap cap). */
  execArgv?: string[]
  processes: number
  host: string
  port: number
  log?: (line: string) => void
  /** First restart delay; it doubles for each quick death in a row, up to maxRestartDelayMs. */
  restartDelayMs?: number
  maxRestartDelayMs?: number
  /** A process that served this long before dying counts as healthy: its restart delay resets. */
  healthyAfterMs?: number
  /** How long processes get to finish their requests after SIGTERM before they are killed. */
  stopTimeoutMs?: number
}

/** Resolves when nothing else listens on host:port (a plain bind, without SO_REUSEPORT, succeeds). */
export function portIsFree(host: string, port: number): Promise<Error | undefined> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', (error) => resolve(error))
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(undefined)))
  })
}

export function restartDelay(quickDeathsInARow: number, first: number, max: number): number {
  return Math.min(max, first * 2 ** Math.max(0, quickDeathsInARow - 1))
}

interface Slot {
  index: number
  worker?: Worker
  startedAt: number
  ready: boolean
  quickDeaths: number
  timer?: NodeJS.Timeout
}

export async function supervise(options: SupervisorOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line))
  const first = options.restartDelayMs ?? 1000
  const max = options.maxRestartDelayMs ?? 30_000
  const healthyAfter = options.healthyAfterMs ?? 30_000
  const stopTimeout = options.stopTimeoutMs ?? 15_000

  // A port another program holds must stop the start, not leave processes restarting forever.
  const busy = await portIsFree(options.host, options.port)
  if (busy) {
    console.error(`Cannot listen on ${options.host}:${options.port}: ${busy.message}`)
    process.exit(1)
  }

  new RateLimiterClusterMaster()
  cluster.setupPrimary({ exec: options.exec, execArgv: options.execArgv ?? process.execArgv })
  const secret = randomBytes(32).toString('base64')
  let stopping = false
  let exitCode = 0
  let readyCount = 0
  const slots: Slot[] = Array.from({ length: options.processes }, (_, index) => ({ index, startedAt: 0, ready: false, quickDeaths: 0 }))

  const start = (slot: Slot) => {
    slot.timer = undefined
    slot.ready = false
    slot.startedAt = Date.now()
    const worker = cluster.fork({ ...serverMallocEnv(), SERVER_PROCESS_INDEX: String(slot.index + 1), [SHARED_SECRET_VARIABLE]: secret })
    slot.worker = worker
    worker.on('message', (message: unknown) => {
      if (message !== 'ready' || slot.ready) return
      slot.ready = true
      readyCount += 1
      if (readyCount === options.processes) log(`Ready: ${options.processes} server process${options.processes === 1 ? '' : 'es'} on http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${options.port}`)
    })
    worker.on('exit', (code, signal) => {
      slot.worker = undefined
      if (stopping) {
        if (slots.every((each) => each.worker === undefined)) process.exit(exitCode)
        return
      }
      // A process that never became ready on the first start cannot start at all (a missing
      // build, a wrong setting it printed): restarting it would only repeat the message.
      if (readyCount === 0 && code !== 0) {
        stopAll('A server process could not start', 1)
        return
      }
      const servedFor = Date.now() - slot.startedAt
      slot.quickDeaths = servedFor >= healthyAfter ? 1 : slot.quickDeaths + 1
      const delay = restartDelay(slot.quickDeaths, first, max)
      log(
        `Server process ${slot.index + 1} (pid ${worker.process.pid}) stopped (${signal ? `signal ${signal}` : `exit code ${code}`}) after ${Math.round(servedFor / 1000)} s: starting another in ${delay / 1000} s`,
      )
      slot.timer = setTimeout(() => start(slot), delay)
    })
  }

  const stopAll = (reason: string, code = 0) => {
    if (stopping) return
    stopping = true
    exitCode = code
    log(`${reason}: stopping ${slots.filter((slot) => slot.worker).length} server processes after their open requests`)
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer)
      // Each process finishes the requests it has (server.ts's own SIGTERM handling).
      slot.worker?.process.kill('SIGTERM')
    }
    if (slots.every((slot) => slot.worker === undefined)) process.exit(exitCode)
    setTimeout(() => {
      for (const slot of slots) slot.worker?.process.kill('SIGKILL')
      process.exit(1)
    }, stopTimeout).unref()
  }

  process.on('SIGTERM', () => stopAll('SIGTERM'))
  process.on('SIGINT', () => stopAll('SIGINT'))
  for (const slot of slots) start(slot)
}
