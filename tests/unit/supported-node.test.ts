import { describe, expect, it } from 'vitest'
import { unsupportedNodeMessage } from '@/lib/server/supported-node'
import { restartDelay } from '@/lib/server/supervisor'

describe('the Node.js the site runs on', () => {
  it('refuses Node 20 and 22 with one sentence naming the version needed and the fix', () => {
    for (const version of ['20.20.2', '22.12.0']) {
      const message = unsupportedNodeMessage(version)
      expect(message).toContain('needs Node.js 24 or later')
      expect(message).toContain(`this is Node.js ${version}`)
      expect(message).toContain('npm start')
      expect(message?.split('\n')).toHaveLength(1)
    }
  })

  it('accepts Node 24 and 26', () => {
    expect(unsupportedNodeMessage('24.22.3')).toBeUndefined()
    expect(unsupportedNodeMessage('26.1.0')).toBeUndefined()
  })

  it('runs the tests themselves on Node 24 or later (npm ci brings it where the machine has an older one)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24)
  })
})

describe('restarting a server process that died', () => {
  it('waits 1 s, then doubles for each quick death in a row, up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((deaths) => restartDelay(deaths, 1000, 30_000))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000])
  })
})
