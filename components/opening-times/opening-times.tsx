import { DAYS } from '@/lib/content/enums'
import { joinAnd } from '@/lib/sessions/describe'
import { clockText, dateText, dayName, londonClock, type OpeningTime } from '@/lib/opening-times'
import { OpenNow } from './open-now'

// A hub's or a service's opening times: whether it is open now, a table of the week, and the
// days it is closed (bank holidays) from today on. All from its content.

type Props = { name: string; times: readonly OpeningTime[]; closedDates?: readonly string[]; headingId: string; headingLevel?: 'h2' | 'h3' | 'h4' }

export function OpeningTimes({ name, times, closedDates = [], headingId, headingLevel = 'h3' }: Props) {
  const Heading = headingLevel
  const madeAt = new Date()
  const today = londonClock(madeAt).date
  const upcoming = closedDates.filter((date) => date >= today).sort()
  return (
    <>
      <Heading id={headingId} className={headingLevel === 'h2' ? 'text-2xl' : 'mt-4 text-lg'}>
        Opening times
      </Heading>
      <p className="mt-1 font-bold">
        <OpenNow times={times} closedDates={closedDates} madeAt={madeAt} />
      </p>
      <table className="mt-2 border-collapse">
        <caption className="sr-only">Opening times of {name}, in UK time</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Open</th>
          </tr>
        </thead>
        <tbody>
          {DAYS.map((day) => {
            const hours = times.filter((time) => time.day === day).sort((a, b) => a.opens.localeCompare(b.opens))
            return (
              <tr key={day} className="border-b border-border">
                <th scope="row" className="py-1 pe-6 text-left font-bold">
                  {dayName(day)}
                </th>
                <td className="py-1">{hours.length > 0 ? joinAnd(hours.map((time) => `${clockText(time.opens)} to ${clockText(time.closes)}`)) : 'Closed'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {upcoming.length > 0 ? (
        <>
          <p className="mt-3">Also closed on:</p>
          <ul className="list-disc ps-6">
            {upcoming.map((date) => (
              <li key={date}>{dateText(date)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
