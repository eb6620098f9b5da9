import { browserEnglish } from '@/tests/support/words'
import { afterEach, describe, expect, it, vi } from 'vitest'

// The browser script (lib/enhance/) runs on every page: it must never start Intl's time zone data
// (40 to 60 ms of main thread here, a long task on a phone), not even on a page with opening times
// when it works out "open now": London time comes from the British Summer Time rule.
describe('the site script', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('makes no date formatter, at start or when it works out opening times', async () => {
    let made = 0
    const counting = new Proxy(Intl.DateTimeFormat, {
      construct(target, args) {
        made += 1
        return Reflect.construct(target, args)
      },
    })
    const words = browserEnglish()
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { DateTimeFormat: counting }))
    vi.resetModules()
    const { londonClock, openingStatus, statusNow } = await import('@/lib/opening-times')
    await import('@/lib/enhance/open-now')
    expect(londonClock(new Date('2026-07-01T11:30:00Z')).minutes).toBe(12 * 60 + 30)
    expect(londonClock(new Date('2026-12-01T11:30:00Z')).minutes).toBe(11 * 60 + 30)
    expect(statusNow(words, openingStatus([{ day: 'tuesday', opens: '09:00', closes: '17:00' }], [], new Date('2026-12-01T11:30:00Z')))).toBe('Open now, closes at 5pm')
    expect(made).toBe(0)
  })
})

describe('the site script on a page', () => {
  it('runs its parts in order, each in a task of its own, none before the script has finished loading', async () => {
    const { runInTurn } = await import('@/lib/enhance/main')
    const timers = vi.spyOn(globalThis, 'setTimeout')
    const ran: string[] = []
    const part = (name: string) => (root: string) => {
      // Still inside the task that ran the part before: the tasks are not separate.
      ran.push(`${name} on ${root}${inTask ? ' (same task)' : ''}`)
      inTask = true
      queueMicrotask(() => (inTask = false))
    }
    let inTask = false
    const done = runInTurn([part('feedback'), part('counts'), part('list')], 'page')
    expect(ran).toEqual([])
    await done
    expect(ran).toEqual(['feedback on page', 'counts on page', 'list on page'])
    expect(timers).toHaveBeenCalledTimes(3)
    timers.mockRestore()
  })
})
