import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// The recommended production setup (docs/deploy.md), started on 127.0.0.1 for tests and
// benchmarks: standalone instances, and nginx running deploy/nginx.conf with only its ports,
// paths and pid file changed.

// Tests and benchmarks run from the project folder (npm scripts, Playwright).
const root = process.cwd()

export type Stoppable = { baseURL: string; ready: Promise<void>; stop: () => Promise<void>; pid?: number }

async function waitUntilUp(url: string, exited: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`${url}: the process exited before answering`)
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`)
}

/** One instance of `<distDir>/standalone/server.js`, the way docs/deploy.md runs it. */
export function startStandalone(port: number, env: Record<string, string>, distDir = process.env.NEXT_DIST_DIR ?? '.next'): Stoppable {
  const dir = path.join(root, distDir, 'standalone')
  const server = path.join(dir, 'dist/server.js')
  if (!fs.existsSync(server)) throw new Error(`${server} is missing: run \`npm run build\` (output: 'standalone')`)
  const child = spawn(process.execPath, [server], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_DIST_DIR: distDir, ...env, NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(port) },
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const baseURL = `http://127.0.0.1:${port}`
  return {
    baseURL,
    pid: child.pid,
    ready: waitUntilUp(`${baseURL}/robots.txt`, () => child.exitCode !== null || child.signalCode !== null),
    stop: async () => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        return
      }
      await exited
    },
  }
}

/** deploy/nginx.conf with its listen port, upstream servers, asset path, cache and pid moved. */
export function nginxConfig(port: number, upstreamPorts: number[], distDir: string, dir: string): string {
  let conf = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
  const replace = (from: RegExp, to: string) => {
    if (!from.test(conf)) throw new Error(`deploy/nginx.conf no longer has ${from}: update bench/lib/deploy.ts`)
    conf = conf.replace(from, to)
  }
  replace(/pid [^;]+;/, `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;`)
  replace(/listen 127\.0\.0\.1:8080;/, `listen 127.0.0.1:${port};`)
  replace(/(\s*server 127\.0\.0\.1:\d+ [^;]*;)+/, upstreamPorts.map((p) => `\n        server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;`).join(''))
  replace(/\/srv\/family-hubs\/\.next\/static\//, `${path.join(root, distDir, 'static')}/`)
  replace(/\/var\/cache\/family-hubs/, `${dir}/cache`)
  return conf
}

/** nginx in the foreground with the shipped configuration; its files live in a temp folder. */
export function startNginx(port: number, upstreamPorts: number[], distDir = process.env.NEXT_DIST_DIR ?? '.next'): Stoppable {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'family-hubs-nginx-'))
  // nginx's workers run as an unprivileged user: they must be able to enter this folder.
  fs.chmodSync(dir, 0o755)
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(port, upstreamPorts, distDir, dir))
  const child = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const baseURL = `http://127.0.0.1:${port}`
  return {
    baseURL,
    pid: child.pid,
    ready: waitUntilUp(`${baseURL}/robots.txt`, () => child.exitCode !== null),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
