import { parentPort, workerData } from 'node:worker_threads'
import { printable } from '@/lib/content/formats'
import { commitImport, ImportError, planImport } from './plan'
import { FeedFormatError } from './read-feed'
import { reportText } from './report-text'
import { readFeed } from './source'
import { GATE, importJob, type WorkerAnswer } from './worker-job'

// The import of `npm run import:openreferral`, in a worker thread, so that the command's own
// thread stays free to answer SIGTERM and SIGINT while the import works (the content check of a
// large feed runs for seconds without a pause). The command stops the worker at any point before
// the import writes into the content folder; once writing has begun (a moment, all or nothing) it
// lets it finish. The gate (worker-job.ts) is how the two agree which came first.

async function run(): Promise<WorkerAnswer> {
  const { source, gate, options } = importJob.parse(workerData)
  const feed = await readFeed(source)
  const plan = planImport(feed.services, options)
  // Asked to stop while working: write nothing.
  if (Atomics.compareExchange(new Int32Array(gate), 0, GATE.working, GATE.writing) !== GATE.working) return { ok: false, message: 'stopped' }
  return { ok: true, text: reportText(commitImport(plan), feed.notes, options.contentDir) }
}

run().then(
  (answer) => parentPort?.postMessage(answer),
  (error: unknown) => {
    const known = error instanceof ImportError || error instanceof FeedFormatError
    // Anything else is a fault of the importer's own: still one line, without the stack.
    const message = known ? error.message : `the importer failed unexpectedly (${error instanceof Error ? error.message : String(error)}): please report it`
    parentPort?.postMessage({ ok: false, message: printable(message) } satisfies WorkerAnswer)
  },
)
