// The `compression` middleware works on plain Node requests; its published types ask for
// Express's. The server only uses this much of it.
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http'
  export default function compression(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void
}
