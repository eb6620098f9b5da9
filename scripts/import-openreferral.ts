// npm run import:openreferral -- <saved feed .json | feed base address> [--hubs] [--force] [--level <key>]
// Reads an Open Referral UK 3.0 feed and writes its services (and their contacts, and with
// --hubs its places as hubs) as content files into CONTENT_DIR (default content/), which then
// pass `npm run content:check`. docs/open-data.md says what is carried over and what is not.
import { ImportError, importServices, type ImportReport } from '../lib/openreferral/import/plan'
import { FeedFormatError } from '../lib/openreferral/import/read-feed'
import { readFeed } from '../lib/openreferral/import/source'

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

function print(report: ImportReport, feedNotes: readonly string[], contentDir: string): void {
  const lines = [`Imported into ${contentDir}/: ${report.written.length} file(s) written, ${report.unchanged.length} unchanged, ${report.kept.length} kept.`]
  for (const file of report.written) lines.push(`  wrote ${file}`)
  for (const file of report.levelsUpdated) lines.push(`  added services to the list in ${file}`)
  if (report.alreadyThere.length > 0) lines.push('', 'The folder already had these problems (not from the import; npm run content:check shows them):', ...report.alreadyThere.map((line) => `  ${line}`))
  if (report.kept.length > 0) lines.push('', 'Kept (not overwritten):', ...report.kept.map(({ file, reason }) => `  ${file}: ${reason}`))
  if (report.skipped.length > 0) lines.push('', 'Not imported:', ...report.skipped.map(({ name, reason }) => `  ${name}: ${reason}`))
  if (feedNotes.length > 0) lines.push('', 'Reading the feed:', ...feedNotes.map((note) => `  ${note}`))
  if (report.notes.length > 0) {
    lines.push('', 'Could not be carried over (check these files):')
    for (const { name, file, notes } of report.notes) lines.push(`  ${file} (${name}):`, ...notes.map((note) => `    - ${note}`))
  }
  lines.push('', 'Every imported service has audience: both, and access from its contact details: check them. Then run npm run content:check.')
  console.log(lines.join('\n'))
}

async function main(): Promise<void> {
  const contentDir = process.env.CONTENT_DIR ?? 'content'
  const { source, ...options } = parseArgs(process.argv.slice(2))
  const feed = await readFeed(source)
  const report = importServices(feed.services, { contentDir, ...options })
  print(report, feed.notes, contentDir)
}

main().catch((error: unknown) => {
  if (error instanceof ImportError || error instanceof FeedFormatError) {
    console.error(`Import stopped: ${error.message}`)
    process.exit(1)
  }
  throw error
})
