import net from 'node:net'

// Bytes on the wire, for requests an HTTP client will not send: a raw non-ASCII character in
// the request line, or a full address (absolute form). The request must say "Connection: close":
// the answer ends when the server closes the connection. The client does not half-close it first,
// since a server may take that for a client that left and drop the answer.

export type SocketAnswer = { status: number; headers: Map<string, string>; body: string }

export function rawSocketRequest(baseURL: string, requestHead: string): Promise<SocketAnswer> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const socket = net.connect(Number(port), hostname, () => socket.write(Buffer.from(requestHead, 'utf8')))
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')))
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const split = text.indexOf('\r\n\r\n')
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n')
      const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: text.slice(split + 4) })
    })
  })
}
