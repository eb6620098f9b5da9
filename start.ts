// `npm start`: the site on every core. One server process per core by default (WEB_CONCURRENCY sets
// the number), each listening on the same port (lib/server/supervisor.ts). One process runs under
// the supervisor too: its heap cap (SERVER_HEAP_MB, lib/server/heap.ts) can only be set as the
// process starts, and a process that dies is started again. `npm run build` bundles this to dist/start.js.
import '@/lib/server/supported-node'
import os from 'node:os'
import path from 'node:path'
import { parseEnvOrExit } from '@/lib/env'
import { serverExecArgv } from '@/lib/server/heap'
import { supervise } from '@/lib/server/supervisor'

const env = parseEnvOrExit()
const processes = env.WEB_CONCURRENCY ?? os.availableParallelism()

supervise({ exec: path.join(__dirname, 'server.js'), execArgv: serverExecArgv(env.SERVER_HEAP_MB), processes, host: env.HOST, port: env.PORT }).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
