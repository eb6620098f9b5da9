import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { expect, test } from '@playwright/test'
import { unsupportedNodeMessage } from '../../lib/server/supported-node'

// `npm start` (dist/start.js): one server process per core, each on its own socket of the same
// port, restarted when one dies, all stopped by SIGTERM with nothing cut off.

// Ports E2E_PORT + 32 to + 36: no other spec uses them (abuse.spec.ts has + 20), so the two can run side by side.
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 32

interface Started {
  child: ChildProcess
  output: () => string
  baseURL: string
  exited: Promise<number | null>
}

// Every supervisor a test started: one still running when its test ends (a test that timed out
// while it started) is stopped, or it would hold its port for the next run.
const running = new Set<ChildProcess>()
test.afterEach(() => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  running.clear()
})

async function startSupervisor(port: number, env: Record<string, string> = {}): Promise<Started> {
  let text = ''
  const child = spawn(process.execPath, ['dist/start.js'], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(port), WEB_CONCURRENCY: '2', FEEDBACK_DB_PATH: `data/e2e-every-core-${port}.sqlite`, ...env },
  })
  running.add(child)
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const count = Number(env.WEB_CONCURRENCY ?? 2)
  const ready = `Ready: ${count} server process${count === 1 ? '' : 'es'}`
  const deadline = Date.now() + 60_000
  while (!text.includes(ready) && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100))
  if (!text.includes(ready)) {
    child.kill('SIGKILL')
    throw new Error(`the supervisor did not start: ${text}`)
  }
  return { child, output: () => text, baseURL: `http://127.0.0.1:${port}`, exited }
}

function childPids(pid: number): number[] {
  const ps = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
  return ps.stdout.split('\n').map((line) => Number(line.trim())).filter((each) => each > 0)
}

/** How many sockets listen on the port (each server process opens its own: SO_REUSEPORT). */
function listenersOn(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .filter((line) => line.trim().split(/\s+/)[1]?.endsWith(`:${hexPort}`) && line.trim().split(/\s+/)[3] === '0A').length
}

test.describe.configure({ mode: 'serial' })

test('npm start runs two processes, each listening on the port, and both serve pages', async () => {
  const server = await startSupervisor(BASE_PORT)
  try {
    expect(childPids(server.child.pid ?? 0)).toHaveLength(2)
    for (const pid of childPids(server.child.pid ?? 0)) expect(commandLine(pid)).toContain('--max-old-space-size=256')
    expect(listenersOn(BASE_PORT)).toBe(2)
    for (let i = 0; i < 20; i += 1) expect((await fetch(`${server.baseURL}/robots.txt`, { headers: { connection: 'close' } })).status).toBe(200)
    const page = await fetch(`${server.baseURL}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<h1')
  } finally {
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  }
})

/** The Node options a process was started with, as the kernel holds them. */
function commandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
}

test('each server process runs with its heap capped (SERVER_HEAP_MB), one process included, and the operator\'s own setting wins', async () => {
  const one = await startSupervisor(BASE_PORT, { WEB_CONCURRENCY: '1', SERVER_HEAP_MB: '192' })
  try {
    const [worker, ...others] = childPids(one.child.pid ?? 0)
    expect(others).toEqual([])
    expect(commandLine(worker ?? 0)).toContain('--max-old-space-size=192')
    expect(readFileSync(`/proc/${worker ?? 0}/environ`, 'utf8').split('\0')).toContain('MALLOC_MMAP_THRESHOLD_=65536')
    expect((await fetch(`${one.baseURL}/`)).status).toBe(200)
  } finally {
    one.child.kill('SIGTERM')
    expect(await one.exited).toBe(0)
  }
  const own = await startSupervisor(BASE_PORT, { NODE_OPTIONS: '--max-old-space-size=300' })
  try {
    for (const pid of childPids(own.child.pid ?? 0)) expect(commandLine(pid).filter((arg) => arg.startsWith('--max-old-space-size'))).toEqual([])
  } finally {
    own.child.kill('SIGTERM')
    expect(await own.exited).toBe(0)
  }
})

test('a server process that dies is replaced, with a log line, and the site keeps answering', async () => {
  const server = await startSupervisor(BASE_PORT + 1)
  try {
    const [victim] = childPids(server.child.pid ?? 0)
    expect(victim).toBeDefined()
    process.kill(victim ?? 0, 'SIGKILL')
    // A crash loses what that process held; once it is gone, the other answers every new visitor.
    await expect.poll(() => childPids(server.child.pid ?? 0).includes(victim ?? 0), { timeout: 5000 }).toBe(false)
    for (let i = 0; i < 10; i += 1) expect((await fetch(`${server.baseURL}/robots.txt`, { headers: { connection: 'close' } })).status).toBe(200)
    await expect.poll(() => server.output(), { timeout: 10_000 }).toMatch(/Server process \d \(pid \d+\) stopped \(signal SIGKILL\) after \d+ s: starting another in 1 s/)
    await expect.poll(() => childPids(server.child.pid ?? 0).filter((pid) => pid !== victim).length, { timeout: 60_000 }).toBe(2)
  } finally {
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  }
})

test('SIGTERM lets every process finish the requests it has, then all stop', async () => {
  const server = await startSupervisor(BASE_PORT + 2)
  const pids = childPids(server.child.pid ?? 0)
  // 30 kept-alive connections, accepted by both processes; then a request on each, and the signal.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 30 })
  const get = (i: number) =>
    new Promise<number>((resolve, reject) => {
      const request = http.get(`${server.baseURL}/services?i=${i}`, { agent }, (response) => {
        response.resume()
        response.once('end', () => resolve(response.statusCode ?? 0))
      })
      request.once('error', reject)
    })
  expect(await Promise.all(Array.from({ length: 30 }, (_, i) => get(i)))).toEqual(Array(30).fill(200))
  const inFlight = Promise.all(Array.from({ length: 30 }, (_, i) => get(100 + i)))
  server.child.kill('SIGTERM')
  expect(await inFlight).toEqual(Array(30).fill(200))
  agent.destroy()
  expect(await server.exited).toBe(0)
  for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow()
})

test('a client has one feedback allowance, whichever process its connections reach', async () => {
  const server = await startSupervisor(BASE_PORT + 3, { FEEDBACK_RATE_LIMIT: '3', TRUSTED_PROXIES: '127.0.0.1' })
  try {
    const statuses: number[] = []
    for (let i = 0; i < 8; i += 1) {
      // A new connection each time, so the kernel spreads them over both processes.
      const response = await fetch(`${server.baseURL}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close', 'x-forwarded-for': '203.0.113.9', origin: server.baseURL, 'sec-fetch-site': 'same-origin' },
        body: JSON.stringify({ page: '/privacy', useful: true }),
      })
      statuses.push(response.status)
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(3)
    expect(statuses.filter((status) => status === 429)).toHaveLength(5)
  } finally {
    server.child.kill('SIGTERM')
    await server.exited
  }
})

test('a port another program holds stops the start with one line', async () => {
  const port = BASE_PORT + 4
  const holder = net.createServer()
  await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve))
  try {
    const run = spawnSync(process.execPath, ['dist/start.js'], { encoding: 'utf8', env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), WEB_CONCURRENCY: '2' }, timeout: 30_000 })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`Cannot listen on 127.0.0.1:${port}`)
  } finally {
    holder.close()
  }
})

// Debian's Node 20 is on the PATH of the machines this project is built on: starting the server
// with it directly must stop at once with the sentence, not fail later inside some module.
const OLD_NODE = '/usr/bin/node'
const oldVersion = existsSync(OLD_NODE) ? spawnSync(OLD_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim() : ''
test('a start with a Node older than 24 stops with one sentence naming the version needed', () => {
  test.skip(!oldVersion || Number(oldVersion.split('.')[0]) >= 24, 'this machine has no Node older than 24 at /usr/bin/node')
  for (const entry of ['dist/server.js', 'dist/start.js']) {
    const run = spawnSync(OLD_NODE, [entry], { encoding: 'utf8', timeout: 20_000 })
    expect(run.status).toBe(1)
    expect(run.stderr.trim()).toBe(unsupportedNodeMessage(oldVersion))
  }
})
