// Runs every benchmark in bench/ one after another (each starts and stops its own server, so
// they must not overlap), then exits non-zero if any of them failed.

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const benchDir = import.meta.dirname
const self = path.basename(import.meta.filename)
const tsx = path.join(benchDir, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs')

const files = fs
  .readdirSync(benchDir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && name !== self)
  .sort()

if (files.length === 0) {
  console.error('No benchmarks found in bench/.')
  process.exit(1)
}

const failed: string[] = []
for (const file of files) {
  console.log(`\n=== ${file} ===`)
  const result = spawnSync(process.execPath, [tsx, path.join(benchDir, file)], { stdio: 'inherit', env: process.env })
  if (result.status !== 0) failed.push(`${file} (exit ${result.status ?? result.signal})`)
}

console.log(`\n${files.length - failed.length}/${files.length} benchmarks passed${failed.length ? `; failed: ${failed.join(', ')}` : ''}`)
process.exit(failed.length ? 1 : 0)
