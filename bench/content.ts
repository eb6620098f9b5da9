// The content check's speed: today's content (target under 2 s) and 5,000 generated documents
// (target under 30 s), in the same process the build and `npm run dev` use. Prints wall-clock and
// CPU time with the machine's load average; exits 1 if the CPU time misses a target (on a shared,
// busy machine the wall clock measures the other processes too).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runContentCheck } from '../lib/content/check'

const CONTENT = process.env.CONTENT_DIR ?? 'content'
const GENERATED = Number(process.env.BENCH_CONTENT_DOCUMENTS ?? 5000)

function time<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = run()
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, result }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** A copy of the real content with `count` more hubs, services and pages made from the real ones. */
function generate(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-content-'))
  fs.cpSync(CONTENT, dir, { recursive: true })
  const folders = ['hubs', 'services', 'pages'] as const
  const sources = folders.map((folder) => {
    const files = fs.readdirSync(path.join(CONTENT, folder)).filter((name) => name.endsWith('.md'))
    return files.map((name) => fs.readFileSync(path.join(CONTENT, folder, name), 'utf8'))
  })
  for (let index = 0; index < count; index += 1) {
    const kind = index % folders.length
    const folder = folders[kind] ?? 'pages'
    const pool = sources[kind] ?? []
    const source = pool[index % pool.length] ?? ''
    // A title of its own, so the copies are not all duplicates of each other.
    const text = source.replace(/^(name|title): (.*)$/m, (_line, field: string, title: string) => `${field}: "${title.replace(/^"|"$/g, '').replace(/"/g, "'")} ${index}"`)
    fs.writeFileSync(path.join(dir, folder, `generated-${index}.md`), text)
  }
  return dir
}

const runs = Array.from({ length: 5 }, () => time(() => runContentCheck(CONTENT)))
const today = runs[0]?.result
const todayMs = median(runs.map((run) => run.ms))
const todayCpuMs = median(runs.map((run) => run.cpuMs))
console.log(`load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')} on ${os.cpus().length} cores`)
console.log(`content check, today's content: ${today?.files ?? 0} files, median of 5 runs ${todayMs.toFixed(0)} ms wall, ${todayCpuMs.toFixed(0)} ms CPU (first run ${runs[0]?.ms.toFixed(0)} ms); target < 2000 ms`)
console.log(`  ${today?.errors.length ?? 0} errors, ${today?.warnings.length ?? 0} warnings`)

const dir = generate(GENERATED)
try {
  const big = time(() => runContentCheck(dir))
  console.log(`content check, ${big.result.files} files (${GENERATED} generated): ${(big.ms / 1000).toFixed(2)} s wall, ${(big.cpuMs / 1000).toFixed(2)} s CPU, ${(big.cpuMs / big.result.files).toFixed(2)} ms CPU per file; target < 30 s`)
  console.log(`  ${big.result.errors.length} errors, ${big.result.warnings.length} warnings`)
  const missed = [todayCpuMs >= 2000 ? "today's content" : '', big.cpuMs >= 30_000 ? `${GENERATED} documents` : ''].filter(Boolean)
  if (missed.length > 0) {
    console.error(`Target missed: ${missed.join(', ')}`)
    process.exitCode = 1
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
