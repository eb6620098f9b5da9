// `npm start`: the site on every core. One server process per core by default (WEB_CONCURRENCY sets
// the number), each listening on the same port (lib/server/supervisor.ts); with one, the server
// runs in this process, as `node dist/server.js` does. `npm run build` bundles this to dist/start.js.
import '@/lib/server/supported-node'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseEnvOrExit } from '@/lib/env'
import { supervise } from '@/lib/server/supervisor'

const env = parseEnvOrExit()
const processes = env.WEB_CONCURRENCY ?? os.availableParallelism()
const serverScript = path.join(__dirname, 'server.js')

if (processes === 1) {
  void import(pathToFileURL(serverScript).href)
} else {
  supervise({ exec: serverScript, processes, host: env.HOST, port: env.PORT }).catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
