// npm run bench:import — how the Open Referral import grows with its feed. Made-up feeds of
// 5,000, 20,000 and 50,000 services (IMPORT_SIZES=5000,20000 to choose; the generator of
// bench:openreferral, seeded) and a feed of one service whose description is a single
// 200,000-character word are each imported, with --hubs, into a fresh copy of the test council's
// content folder, each in a new process; printed: the time and the peak memory of each.
// Target: time growing in proportion to the services (seconds per 1,000 about the same at each
// size), and the long word under a second.

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { z } from 'zod'
import { madeUpFeed } from './lib/openreferral-feed'

const root = path.resolve(import.meta.dirname, '..')
const SIZES = (process.env.IMPORT_SIZES ?? '5000,20000,50000').split(',').map(Number).filter((size) => Number.isInteger(size) && size > 0)
const LONG_WORD = 200_000
const execFileAsync = promisify(execFile)
const outcome = z.object({ seconds: z.number(), peakMB: z.number(), written: z.number(), skipped: z.number() })

async function importOnce(feed: unknown, dir: string): Promise<z.infer<typeof outcome>> {
  const feedFile = path.join(dir, 'feed.json')
  fs.writeFileSync(feedFile, JSON.stringify(feed))
  const contentDir = path.join(dir, 'content')
  fs.cpSync(path.join(root, 'tests/openreferral/fixtures/content'), contentDir, { recursive: true })
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', 'bench/lib/import-once.ts', feedFile, contentDir], { cwd: root, maxBuffer: 64 * 1024 * 1024, timeout: 60 * 60_000 })
  return outcome.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''))
}

async function measure(name: string, feed: unknown, per?: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openreferral-bench-import-'))
  try {
    const result = await importOnce(feed, dir)
    const rate = per ? `, ${((result.seconds / per) * 1000).toFixed(2)} s per 1,000 services` : ''
    console.log(`  ${name}: ${result.seconds.toFixed(1)} s${rate}, peak memory ${Math.round(result.peakMB)} MB (${result.written} files written, ${result.skipped} not imported)`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  console.log('Import of made-up Open Referral feeds, with --hubs, each in a new process:')
  for (const size of SIZES) await measure(`${size.toLocaleString('en-GB')} services`, madeUpFeed(size), size)
  const word = 'a'.repeat(LONG_WORD)
  await measure(`one service whose description is one ${LONG_WORD.toLocaleString('en-GB')}-character word`, { contents: [{ id: 'long-word', name: 'Long word service', description: word, email: 'long@example.org' }] })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
