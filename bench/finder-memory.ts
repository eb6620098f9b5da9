// The server's memory as it renders distinct filtered service lists: `npm run bench:finder-memory
// -- [count] [postcode]` (after `npm run build`). Starts `node dist/server.js` (and the postcodes
// stand-in), asks for `count` (default 2000) distinct canonical lists of the five older filters,
// or with "postcode" as many postcode searches ("hubs": the same on /family-hubs), 8 at a time, and prints VmRSS after each fifth.
// Settings come from the environment as for the server (PAGE_CACHE_MB=0, NODE_OPTIONS=...).
import fs from 'node:fs'
import { startPostcodesStandIn } from '../tests/support/postcodes-stand-in'
import { runBench, startServer } from './lib/server'

const rssMb = (pid: number) => Number(/^VmRSS:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
const count = Number(process.argv[2] ?? 2000)
const postcodes = process.argv[3] === 'postcode' || process.argv[3] === 'hubs'
// The hub search's own page, for comparison: the same postcodes on /family-hubs.
const page = process.argv[3] === 'hubs' ? '/family-hubs' : '/services'
const ages = ['0-4', '5-10', '11-17', '18-25', 'x']

function targets(): string[] {
  if (postcodes) return Array.from({ length: count }, (_, index) => `${page}?postcode=LS${1 + (index % 29)}%20${index % 10}AB&age=${ages[index % 5]}`)
  const list: string[] = []
  for (const age of ages)
    for (const need of ['send', 'young-carers', 'domestic-violence-and-abuse', 'x', ''])
      for (const level of ['universal', 'targeted', 'family-hubs', 'specialist-intensive', 'x', ''])
        for (const access of ['ask-directly', 'professional-referral', 'x', ''])
          for (const audience of ['families', 'professionals', 'x', '']) list.push(`/services?age=${age}&need=${need}&level=${level}&access=${access}&audience=${audience}`)
  return list.slice(0, count)
}

runBench(async () => {
  const standIn = await startPostcodesStandIn()
  const server = await startServer({ env: { POSTCODES_API_URL: standIn.url } })
  try {
    const pid = server.process.pid ?? 0
    const list = targets()
    console.log(`${list.length} ${postcodes ? 'postcode searches' : 'distinct filtered lists'}; server RSS at start ${rssMb(pid).toFixed(0)} MB`)
    let next = 0
    const started = Date.now()
    for (let step = 1; step <= 5; step++) {
      const stop = Math.round((step * list.length) / 5)
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < stop) {
            const response = await fetch(server.baseURL + list[next++], { headers: { 'accept-encoding': 'gzip, br' } })
            await response.arrayBuffer()
          }
        }),
      )
      console.log(`  after ${next}: ${rssMb(pid).toFixed(0)} MB (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    }
    return 0
  } finally {
    await server.stop()
    await standIn.close()
  }
})
