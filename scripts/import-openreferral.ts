// npm run import:openreferral -- <saved feed .json | feed base address> [--hubs] [--force] [--level <key>]
// Reads an Open Referral UK 3.0 feed and writes its services (with their contacts and their
// places as venues; with --hubs, the help given at a place of its own name as that hub) as content
// files into CONTENT_DIR (default content/), which then pass `npm run content:check`. The summary
// names, per file and by field, everything not carried over. docs/open-data.md says what is carried
// over and what is not.
// The import runs in a worker thread (lib/openreferral/import/worker.ts): SIGTERM or SIGINT (Ctrl-C)
// stops it with nothing written, its temporary folder removed and one sentence.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { z } from 'zod'
import { printable } from '../lib/content/formats'
import { ImportError } from '../lib/openreferral/import/plan'
import { GATE, type ImportJob } from '../lib/openreferral/import/worker-job'

const USAGE = 'Usage: npm run import:openreferral -- <saved feed .json file | feed base address> [--hubs] [--force] [--level <key>]'

function parseArgs(args: string[]): { source: string; hubs: boolean; force: boolean; level?: string } {
  const sources: string[] = []
  let hubs = false
  let force = false
  let level: string | undefined
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]
    if (arg === '--hubs') hubs = true
    else if (arg === '--force') force = true
    else if (arg === '--level') {
      level = args[index + 1]
      index += 1
      if (!level) throw new ImportError(`--level needs a level key. ${USAGE}`)
    } else if (arg?.startsWith('--')) throw new ImportError(`${arg} is not an option. ${USAGE}`)
    else if (arg) sources.push(arg)
  }
  const [source] = sources
  if (!source || sources.length > 1) throw new ImportError(USAGE)
  return { source, hubs, force, level }
}

const answer = z.union([z.object({ ok: z.literal(true), text: z.string() }), z.object({ ok: z.literal(false), message: z.string() })])

function stop(message: string, code: number): never {
  console.error(`Import stopped: ${message}`)
  process.exit(code)
}

function main(): void {
  const contentDir = process.env.CONTENT_DIR ?? 'content'
  let args: ReturnType<typeof parseArgs>
  try {
    args = parseArgs(process.argv.slice(2))
  } catch (error) {
    stop(error instanceof Error ? printable(error.message) : String(error), 1)
  }
  const { source, ...options } = args
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openreferral-import-'))
  const removeWorkDir = () => fs.rmSync(workDir, { recursive: true, force: true })
  const gate = new SharedArrayBuffer(4)
  const job: ImportJob = { source, gate, options: { contentDir, ...options, workDir } }
  // tsx's loader for the worker's TypeScript (the command itself runs under tsx).
  const worker = new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(path.join(import.meta.dirname, '../lib/openreferral/import/worker.ts'))})`, { eval: true, workerData: job })

  let stopping: NodeJS.Signals | undefined
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return
    // Writing has begun: it takes a moment and is all or nothing, so it finishes.
    if (Atomics.compareExchange(new Int32Array(gate), 0, GATE.working, GATE.stopping) !== GATE.working) return
    stopping = signal
    void worker.terminate().finally(() => {
      removeWorkDir()
      stop(`${signal} arrived before anything was written, so ${printable(contentDir)} is as it was and the temporary files are removed.`, signal === 'SIGINT' ? 130 : 143)
    })
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)

  worker.on('message', (message: unknown) => {
    if (stopping) return
    removeWorkDir()
    const parsed = answer.safeParse(message)
    if (!parsed.success) stop('the import answered in a way this command does not understand: please report it', 1)
    if (!parsed.data.ok) stop(parsed.data.message, 1)
    console.log(parsed.data.text)
    process.exit(0)
  })
  worker.on('error', (error) => {
    if (stopping) return
    removeWorkDir()
    stop(`the importer failed unexpectedly (${printable(error.message)}): please report it`, 1)
  })
}

main()
