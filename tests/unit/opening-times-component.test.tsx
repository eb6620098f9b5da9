import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OpeningTimes } from '@/components/opening-times/opening-times'

// What a reader without JavaScript gets: the week as a table, the status as true of the moment
// the page was made, and the closed dates still to come.
describe('the opening times of a hub or service', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows every day (a day with two spans in order), closed days said so, the status of its moment, and closed dates from today on', () => {
    vi.useFakeTimers({ now: new Date('2026-12-19T13:15:00Z'), toFake: ['Date'] })
    const html = renderToStaticMarkup(
      <OpeningTimes
        lang="en-GB"
        name="Example Hub"
        headingId="times"
        times={[
          { day: 'monday', opens: '09:00', closes: '17:00' },
          { day: 'wednesday', opens: '13:00', closes: '16:30' },
          { day: 'wednesday', opens: '09:00', closes: '12:00' },
          { day: 'saturday', opens: '10:00', closes: '12:30' },
        ]}
        closedDates={['2026-12-01', '2026-12-28']}
      />,
    )
    expect(html).toContain('<caption class="sr-only">Opening times of Example Hub, in UK time</caption>')
    expect(html).toMatch(/<th scope="row"[^>]*>Monday<\/th><td[^>]*>9am to 5pm<\/td>/)
    expect(html).toMatch(/<th scope="row"[^>]*>Wednesday<\/th><td[^>]*>9am to midday and 1pm to 4:30pm<\/td>/)
    expect(html).toMatch(/<th scope="row"[^>]*>Saturday<\/th><td[^>]*>10am to 12:30pm<\/td>/)
    expect(html).toMatch(/<th scope="row"[^>]*>Sunday<\/th><td[^>]*>Closed<\/td>/)
    expect(html).toContain('At 1:15pm on Saturday: closed, opens Monday at 9am')
    expect(html).toContain('<li>Monday 28 December 2026</li>')
    expect(html).not.toContain('1 December 2026')
  })
})
