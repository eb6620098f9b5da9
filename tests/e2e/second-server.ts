import { spawn } from 'node:child_process'

/**
 * A second copy of the built server (`node dist/server.js`) with settings of its own, for tests
 * about how the server behaves under another configuration. Stops with its process group.
 */
export async function startSecondServer(port: number, env: Record<string, string>): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: process.cwd(),
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(port), ...env },
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
    process.kill(-child.pid, 'SIGTERM')
    await exited
  }
  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the second server exited with code ${child.exitCode}`)
    try {
      if ((await fetch(`${baseURL}/robots.txt`)).ok) return { baseURL, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error('the second server did not answer within 60 s')
}
