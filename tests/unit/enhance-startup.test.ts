import { afterEach, describe, expect, it, vi } from 'vitest'

// The browser script (lib/enhance/) runs on every page: loading it must not start the time zone
// data (a long task on a phone); only a page with opening times, when it works one out, pays.
describe('the site script at start', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })

  it('makes no date formatter until opening times are worked out', async () => {
    let made = 0
    const counting = new Proxy(Intl.DateTimeFormat, {
      construct(target, args) {
        made += 1
        return Reflect.construct(target, args)
      },
    })
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { DateTimeFormat: counting }))
    vi.resetModules()
    const { londonClock } = await import('@/lib/opening-times')
    await import('@/lib/enhance/open-now')
    expect(made).toBe(0)
    expect(londonClock(new Date('2026-07-01T11:30:00Z')).minutes).toBe(12 * 60 + 30)
    londonClock(new Date('2026-12-01T11:30:00Z'))
    expect(made).toBe(1)
  })
})
