import http from 'node:http'

// An open-loop load generator: requests go out at a fixed rate whatever the answers do, and each
// latency is counted from the moment its request was due, not from when a free connection let it
// go. A closed loop (N connections, each waiting for its answer) slows down with the server and
// hides the wait a real visitor would have had (coordinated omission).

export interface OpenLoopRequest {
  kind: string
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
}

export interface KindFigures {
  requests: number
  errors: number
  /** Answers that were not what this kind expects (a 5xx, or a 4xx where none is expected). */
  wrongStatus: number
  p50: number
  p99: number
  max: number
  over2s: number
}

export interface OpenLoopResult {
  rate: number
  achieved: number
  perKind: Record<string, KindFigures>
  /** Requests still unanswered when the run's wait ended. */
  unanswered: number
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
}

/**
 * Sends `rate` requests a second for `seconds`, picking each with `next(i)`, to `baseURL`; a
 * request not answered within `timeoutMs` of its due time counts as an error.
 */
export async function openLoop(options: {
  baseURL: string
  rate: number
  seconds: number
  next: (index: number) => OpenLoopRequest
  expected?: (request: OpenLoopRequest, status: number) => boolean
  timeoutMs?: number
}): Promise<OpenLoopResult> {
  const { baseURL, rate, seconds } = options
  const timeoutMs = options.timeoutMs ?? 10_000
  const expected = options.expected ?? ((_request, status) => status < 400)
  const url = new URL(baseURL)
  // Enough sockets that the generator never holds a due request back for want of one.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1024, maxFreeSockets: 1024 })
  const total = Math.round(rate * seconds)
  const latencies = new Map<string, number[]>()
  const figures = new Map<string, { requests: number; errors: number; wrongStatus: number }>()
  let finished = 0
  const start = performance.now() + 50
  const done = new Promise<void>((resolve) => {
    const check = () => {
      if (finished >= total) resolve()
    }
    const send = (index: number, due: number) => {
      const request = options.next(index)
      const figure = figures.get(request.kind) ?? { requests: 0, errors: 0, wrongStatus: 0 }
      figures.set(request.kind, figure)
      figure.requests += 1
      let settled = false
      const settle = (status: number | undefined) => {
        if (settled) return
        settled = true
        finished += 1
        const latency = performance.now() - due
        if (status === undefined) figure.errors += 1
        else {
          if (!expected(request, status)) figure.wrongStatus += 1
          const list = latencies.get(request.kind) ?? []
          list.push(latency)
          latencies.set(request.kind, list)
        }
        check()
      }
      const outgoing = http.request(
        { host: url.hostname, port: url.port, method: request.method, path: request.path, agent, headers: { 'accept-encoding': 'gzip, br', ...request.headers } },
        (response) => {
          response.resume()
          response.once('end', () => settle(response.statusCode))
          response.once('error', () => settle(undefined))
        },
      )
      outgoing.setTimeout(Math.max(1, timeoutMs - (performance.now() - due)), () => outgoing.destroy(new Error('timeout')))
      outgoing.once('error', () => settle(undefined))
      outgoing.end(request.body)
    }
    let sent = 0
    // Every few milliseconds, send everything whose time has come.
    const tick = () => {
      const now = performance.now()
      while (sent < total && start + (sent * 1000) / rate <= now) {
        send(sent, start + (sent * 1000) / rate)
        sent += 1
      }
      if (sent < total) setTimeout(tick, 2)
    }
    setTimeout(tick, 50)
  })
  const wait = new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000 + timeoutMs + 2000).unref())
  await Promise.race([done, wait])
  agent.destroy()
  const perKind: Record<string, KindFigures> = {}
  let answered = 0
  for (const [kind, figure] of figures) {
    const sorted = (latencies.get(kind) ?? []).sort((a, b) => a - b)
    answered += sorted.length + figure.errors
    perKind[kind] = {
      ...figure,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
      over2s: sorted.filter((latency) => latency > 2000).length,
    }
  }
  return { rate, achieved: answered / seconds, perKind, unanswered: total - finished }
}

/**
 * Opens `connections` connections at once, sends one request on each, and answers how long each
 * waited for its first answer (from the moment they were all opened): the wait a burst of new
 * visitors has, accepting included.
 */
export async function burst(baseURL: string, path: string, connections: number): Promise<{ times: number[]; failures: number }> {
  const url = new URL(baseURL)
  const start = performance.now()
  const results = await Promise.all(
    Array.from(
      { length: connections },
      () =>
        new Promise<number | undefined>((resolve) => {
          const agent = new http.Agent({ keepAlive: false })
          const request = http.get({ host: url.hostname, port: url.port, path, agent, headers: { 'accept-encoding': 'gzip, br' } }, (response) => {
            response.resume()
            response.once('end', () => resolve(response.statusCode === 200 ? performance.now() - start : undefined))
          })
          request.setTimeout(15_000, () => request.destroy())
          request.once('error', () => resolve(undefined))
        }),
    ),
  )
  const times = results.filter((time): time is number => time !== undefined).sort((a, b) => a - b)
  return { times, failures: results.length - times.length }
}

export { percentile }
