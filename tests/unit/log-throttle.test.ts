import { describe, expect, it } from 'vitest'
import { throttledLog } from '@/lib/log-throttle'

describe('the throttled error log', () => {
  it('logs the first problem of a kind at once, then one line per interval with the count of repeats', () => {
    const lines: string[] = []
    let time = 0
    const log = throttledLog(10_000, (line) => lines.push(line), () => time)
    log('store', 'feedback store unavailable: connect ECONNREFUSED')
    for (let i = 0; i < 250; i++) {
      time += 20
      log('store', 'feedback store unavailable: connect ECONNREFUSED')
    }
    log('pool', 'PostgreSQL connection lost')
    expect(lines).toEqual(['feedback store unavailable: connect ECONNREFUSED', 'PostgreSQL connection lost'])
    time = 10_000
    log('store', 'feedback store unavailable: connect ECONNREFUSED')
    expect(lines[2]).toBe('feedback store unavailable: connect ECONNREFUSED (and 250 more like it in the last 10 s)')
    time = 30_000
    log('store', 'feedback store unavailable: timeout')
    expect(lines[3]).toBe('feedback store unavailable: timeout')
  })
})
