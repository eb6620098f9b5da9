/**
 * An error log that cannot flood: while the database is down every submission fails the same
 * way, and a line per request would bury everything else (and fill the disk). The first problem
 * of a kind is logged at once; repeats within the interval are counted and reported with the
 * next one logged after it.
 */
export function throttledLog(intervalMs = 10_000, write: (line: string) => void = console.error, now: () => number = Date.now) {
  const kinds = new Map<string, { loggedAt: number; repeats: number }>()
  return (kind: string, message: string): void => {
    const time = now()
    const seen = kinds.get(kind)
    if (seen && time - seen.loggedAt < intervalMs) {
      seen.repeats++
      return
    }
    const repeats = seen?.repeats ?? 0
    kinds.set(kind, { loggedAt: time, repeats: 0 })
    write(repeats > 0 ? `${message} (and ${repeats} more like it in the last ${Math.round((time - (seen?.loggedAt ?? time)) / 1000)} s)` : message)
  }
}
