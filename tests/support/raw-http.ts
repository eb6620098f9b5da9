import http from 'node:http'

// Node's own HTTP client for tests that look at the bytes on the wire: no decompression, the
// response headers as sent, and a chosen agent (keep-alive) when the test is about connections.

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

export function rawRequest(url: string, { method = 'GET', headers = {}, agent }: { method?: string; headers?: Record<string, string>; agent?: http.Agent } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { method, headers, agent }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
      .end()
  })
}

/** Starts the server on a free port of 127.0.0.1 and answers its base address. */
export async function listenLocally(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
}
