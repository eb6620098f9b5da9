import { spawnSync } from 'node:child_process'
import net from 'node:net'
import { expect, test } from '@playwright/test'
import { startSecondServer } from './second-server'

// How the built server (dist/server.js) starts and guards itself, with settings of its own.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 3

test('a start whose SITE_URL differs from the build’s is refused, loudly', () => {
  const result = spawnSync(process.execPath, ['dist/server.js'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(PORT), SITE_URL: 'https://not-the-build.example' },
    encoding: 'utf8',
    timeout: 30_000,
  })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('SITE_URL MISMATCH')
  expect(result.stderr).toContain('started with SITE_URL=https://not-the-build.example')
})

test('a wrong environment variable stops the start with one line naming it and the fix', () => {
  const result = spawnSync(process.execPath, ['dist/server.js'], { env: { ...process.env, PORT: 'eighty', TRUSTED_PROXIES: 'everyone' }, encoding: 'utf8', timeout: 30_000 })
  expect(result.status).toBe(1)
  expect(result.stderr).toContain('PORT: "eighty" is not a whole number')
  expect(result.stderr).toContain('TRUSTED_PROXIES: "everyone"')
})

test('a request whose body stalls is answered 408 and closed after REQUEST_TIMEOUT_SECONDS', async () => {
  test.setTimeout(90_000)
  const server = await startSecondServer(PORT, { REQUEST_TIMEOUT_SECONDS: '1', REQUEST_HEADERS_TIMEOUT_SECONDS: '1' })
  try {
    const started = Date.now()
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(PORT, '127.0.0.1', () => {
        // Promises 100 bytes and sends 3.
        socket.write('POST /api/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"p')
      })
      let received = ''
      socket.on('data', (chunk) => (received += chunk.toString()))
      socket.on('close', () => resolve(received))
      socket.on('error', reject)
    })
    const elapsed = Date.now() - started
    expect(answer).toMatch(/^HTTP\/1\.1 408/)
    expect(answer).toContain('Strict-Transport-Security: max-age=31536000; includeSubDomains')
    expect(elapsed).toBeGreaterThanOrEqual(900)
    expect(elapsed).toBeLessThan(5000)
  } finally {
    await server.stop()
  }
})
