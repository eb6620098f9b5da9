// `npm run dev`: the content check on every save, then contentlayer, then Next's dev server.
// A save with mistakes prints every problem (file:line: field: message) and the browser shows
// them (components/dev/content-problems-gate.tsx) instead of a stale page; contentlayer only runs
// on content that passes, so it never prints a stack trace for an editor's mistake.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { formatProblem, runContentCheck } from '../lib/content/check'
import { writeDevProblems } from '../lib/content/checks/dev-problems'
import { reportLines } from '../lib/content/checks/print'
import { copyContentImages } from '../lib/content/images'
import { writeCatalogueBundle } from '../lib/i18n/catalogue-files'
import { forgetOtherContentDir } from './lib/contentlayer-cache'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const bin = (name: string) => path.join('node_modules', '.bin', name)

function checkAndGenerate(): boolean {
  const started = performance.now()
  const report = runContentCheck(contentDir)
  writeDevProblems(report.errors.map(formatProblem))
  const lines = reportLines(report, contentDir, { summary: false, warnings: false })
  const time = new Date().toLocaleTimeString('en-GB')
  if (report.errors.length > 0) {
    console.error(`\n[content ${time}]\n${lines.join('\n')}\nThe browser shows these problems until they are fixed.`)
    return false
  }
  forgetOtherContentDir(contentDir)
  copyContentImages(contentDir, 'public')
  const generated = spawnSync(bin('contentlayer2'), ['build'], { encoding: 'utf8', env: process.env })
  if (generated.status !== 0) {
    // The check should have caught it; show contentlayer's own words rather than hide them.
    writeDevProblems([`${contentDir}: (contentlayer): ${(generated.stdout + generated.stderr).trim().split('\n').slice(0, 5).join(' ')}`])
    console.error(generated.stdout, generated.stderr)
    return false
  }
  writeCatalogueBundle(contentDir)
  console.log(`\n[content ${time}] ${lines.at(-1) ?? ''} Updated in ${Math.round(performance.now() - started)} ms.`)
  return true
}

checkAndGenerate()

let next: ChildProcess | undefined
if (!process.argv.includes('--no-server')) {
  next = spawn(bin('next'), ['dev', '-H', '127.0.0.1', ...process.argv.slice(2).filter((arg) => arg !== '--no-server')], { stdio: 'inherit', env: process.env })
  next.on('exit', (code) => process.exit(code ?? 0))
}

let timer: NodeJS.Timeout | undefined
let running = false
let again = false
function schedule(): void {
  clearTimeout(timer)
  timer = setTimeout(() => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      checkAndGenerate()
    } finally {
      running = false
      if (again) {
        again = false
        schedule()
      }
    }
  }, 150)
}

// One watcher per folder (not `recursive`, which on Node 20 stops seeing a file once an editor
// saves it by renaming a new copy over it); new folders are picked up on the next event.
const watched = new Map<string, fs.FSWatcher>()
function watchFolders(): void {
  const folders = [contentDir, ...fs.readdirSync(contentDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(contentDir, entry.name))]
  for (const folder of folders) {
    if (watched.has(folder)) continue
    watched.set(folder, fs.watch(folder, () => {
      watchFolders()
      schedule()
    }))
  }
}
watchFolders()
console.log(`[content] Watching ${contentDir}/: every save is checked.`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    next?.kill(signal)
    process.exit(0)
  })
}
