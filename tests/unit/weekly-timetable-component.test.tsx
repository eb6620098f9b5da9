import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { WeeklyTimetable } from '@/components/sessions/weekly-timetable'

// The timetable of a hub or venue as a reader without JavaScript gets it, and as it prints.
describe('the weekly timetable of a place', () => {
  it('heads each day’s group of sessions with the day, names the table, and lists appointments apart', () => {
    const html = renderToStaticMarkup(
      <WeeklyTimetable lang="en-GB"
        placeName="Riverside Hub"
        headingId="timetable"
        timetable={{
          days: [
            { day: 'monday', rows: [{ name: 'Stay and play', url: '/services/stay-and-play', opens: '09:30', closes: '11:30', how: ['Term time only'] }] },
            { day: 'friday', rows: [{ name: 'Baby clinic', opens: '13:00', closes: '15:00', how: [], note: 'Bring the red book.' }] },
          ],
          byAppointment: [{ name: 'Money advice', how: [], note: 'Call to book.' }],
        }}
      />,
    )
    expect(html).toContain('<caption class="sr-only">What runs at Riverside Hub each week, in UK time</caption>')
    expect(html).toMatch(/<tbody class="timetable-day"><tr><th scope="rowgroup" colSpan="2"[^>]*>Monday<\/th><\/tr><tr[^>]*><td[^>]*>9:30am to 11:30am<\/td><td[^>]*><a href="\/services\/stay-and-play">Stay and play<\/a><span[^>]*>Term time only\.<\/span>/)
    // A service without a page of its own is named, not linked.
    expect(html).toMatch(/<td[^>]*>Baby clinic<span[^>]*>Bring the red book\.<\/span><\/td>/)
    expect(html).toMatch(/<h3[^>]*>By appointment<\/h3><ul[^>]*><li>Money advice<span[^>]*>Call to book\.<\/span><\/li><\/ul>/)
  })

  it('is left out when nothing runs at the place', () => {
    expect(renderToStaticMarkup(<WeeklyTimetable lang="en-GB" placeName="Riverside Hub" headingId="timetable" timetable={{ days: [], byAppointment: [] }} />)).toBe('')
  })
})
