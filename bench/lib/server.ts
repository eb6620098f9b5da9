import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { parseEnv } from '../../lib/env'
import { serverExecArgv, serverMallocEnv } from '../../lib/server/heap'

// Benchmarks measure the real production server (dist/server.js, the custom server around Next
// that `npm start` runs, on the built site), bound to 127.0.0.1 only.

const root = path.resolve(import.meta.dirname, '../..')

export type RunningServer = {
  baseURL: string
  port: number
  process: ChildProcess
  /** Settles when the server process has exited, whatever stopped it. */
  exited: Promise<void>
  /** Signals the whole process group (SIGKILL simulates a crash) and waits for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * onOutput: receives everything the server writes to stdout and stderr (by default stdout is
 * dropped and stderr goes to this process's stderr).
 */
export async function startServer({ port, env = {}, onOutput }: { port?: number; env?: Record<string, string>; onOutput?: (chunk: Buffer) => void } = {}): Promise<RunningServer> {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next'
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}/: run \`npm run build\` first (or \`npm run bench\`, which builds).`)
  }
  if (!fs.existsSync(path.join(root, 'dist/server.js'))) throw new Error('No dist/server.js: run `npm run build` (it bundles server.ts) first.')
  const listenOn = port ?? (await freePort())
  // Its own process group, so stopping it also stops anything it starts.
  // The heap cap and malloc setting npm start gives each server process (lib/server/heap.ts), so
  // memory is measured as deployed.
  const heapMb = parseEnv({ ...process.env, ...env }).SERVER_HEAP_MB
  const child = spawn(process.execPath, [...serverExecArgv(heapMb, [], `${process.env.NODE_OPTIONS ?? ''} ${env.NODE_OPTIONS ?? ''}`), 'dist/server.js'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', onOutput ? 'pipe' : 'ignore', onOutput ? 'pipe' : 'inherit'],
    env: { ...process.env, ...serverMallocEnv({ ...process.env, ...env }), NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(listenOn), ...env },
  })
  if (onOutput) {
    child.stdout?.on('data', onOutput)
    child.stderr?.on('data', onOutput)
  }
  const baseURL = `http://127.0.0.1:${listenOn}`
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
    try {
      process.kill(-child.pid, signal)
    } catch {
      return // already gone
    }
    await exited
  }
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    try {
      const response = await fetch(`${baseURL}/robots.txt`)
      if (response.ok) return { baseURL, port: listenOn, process: child, exited, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop('SIGKILL')
  throw new Error('the server did not answer within 60 s')
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export const ms = (value: number) => `${value.toFixed(1)} ms`

/** Runs a benchmark's main and exits with its code (0 pass, 1 fail); a crash prints and exits 1. */
export function runBench(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
