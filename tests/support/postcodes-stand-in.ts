import http from 'node:http'

// A small stand-in for a postcodes.io-compatible API, on 127.0.0.1 only: the tests reach it
// through the site's own HTTP client. Positions are approximate; districts are what matter.
// The end-to-end tests run it on its own: tests/support/run-postcodes-stand-in.ts.

type Place = { latitude: number; longitude: number }

const POSTCODES: Record<string, Place & { district: string }> = {
  'LS9 7BG': { latitude: 53.8121, longitude: -1.5139, district: 'Leeds' },
  'LS18 5BL': { latitude: 53.8422, longitude: -1.6391, district: 'Leeds' },
  'LS26 0AE': { latitude: 53.7489, longitude: -1.4774, district: 'Leeds' },
  'LS11 6PF': { latitude: 53.7806, longitude: -1.5448, district: 'Leeds' },
  'BD1 1AA': { latitude: 53.7939, longitude: -1.7522, district: 'Bradford' },
}

const OUTCODES: Record<string, Place & { districts: string[] }> = {
  LS9: { latitude: 53.8027, longitude: -1.5061, districts: ['Leeds'] },
  BD1: { latitude: 53.7945, longitude: -1.7526, districts: ['Bradford'] },
}

/** Postcodes that make the stand-in misbehave the ways a real API can. */
export const FAILING_POSTCODES = { serverError: 'LS98 5ER', slow: 'LS98 5SW' } as const

export type StandIn = { url: string; requestCount: () => number; close: () => Promise<void> }

export async function startPostcodesStandIn({ port = 0, slowMs = 3000 } = {}): Promise<StandIn> {
  let requests = 0
  const sockets = new Set<import('node:net').Socket>()
  const server = http.createServer((request, response) => {
    requests += 1
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    const match = /^\/(postcodes|outcodes)\/([^/?]+)$/.exec(request.url ?? '')
    if (!match) return send(404, { status: 404, error: 'Resource not found' })
    const [, kind, raw] = match
    const key = decodeURIComponent(raw ?? '').toUpperCase()
    if (kind === 'postcodes') {
      if (key === FAILING_POSTCODES.serverError) return send(500, { status: 500, error: 'Internal server error' })
      if (key === FAILING_POSTCODES.slow) {
        const timer = setTimeout(() => send(200, { status: 200, result: { ...POSTCODES['LS9 7BG'], postcode: key } }), slowMs)
        response.on('close', () => clearTimeout(timer))
        return
      }
      const place = POSTCODES[key]
      if (!place) return send(404, { status: 404, error: 'Postcode not found' })
      return send(200, {
        status: 200,
        result: { postcode: key, latitude: place.latitude, longitude: place.longitude, admin_district: place.district },
      })
    }
    const place = OUTCODES[key]
    if (!place) return send(404, { status: 404, error: 'Outcode not found' })
    return send(200, {
      status: 200,
      result: { outcode: key, latitude: place.latitude, longitude: place.longitude, admin_district: place.districts },
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the postcodes stand-in did not get a TCP port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    requestCount: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
