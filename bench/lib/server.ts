import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

// Benchmarks measure the real production server (`next start` on the built site), bound to
// 127.0.0.1 only.

export type RunningServer = { baseURL: string; port: number; stop: () => Promise<void>; process: ChildProcess }

export async function startServer({ port, env = {} }: { port: number; env?: Record<string, string> }): Promise<RunningServer> {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next'
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}/: run \`npm run build\` first (or \`npm run bench\`, which builds).`)
  }
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseURL}/robots.txt`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const stop = async () => {
    // The whole process group: `next start` runs the server in a child process.
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await new Promise((resolve) => child.once('exit', resolve))
    }
  }
  return { baseURL, port, stop, process: child }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export const ms = (value: number) => `${value.toFixed(1)} ms`
