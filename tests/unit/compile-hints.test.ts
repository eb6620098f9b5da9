import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { COMPILE_HINT, addCompileHints } from '../../scripts/lib/compile-hints'

let dist: string

function writeBuild(manifest: unknown, chunks: Record<string, string>): void {
  fs.writeFileSync(path.join(dist, 'build-manifest.json'), JSON.stringify(manifest))
  fs.mkdirSync(path.join(dist, 'static/chunks'), { recursive: true })
  for (const [name, code] of Object.entries(chunks)) fs.writeFileSync(path.join(dist, 'static/chunks', name), code)
}
const read = (name: string) => fs.readFileSync(path.join(dist, 'static/chunks', name), 'utf8')

beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'))
})
afterEach(() => fs.rmSync(dist, { recursive: true, force: true }))

describe('addCompileHints', () => {
  it('puts the hint on the first line of every framework chunk and leaves route chunks alone', () => {
    writeBuild({ rootMainFiles: ['static/chunks/react.js', 'static/chunks/router.js'] }, { 'react.js': 'a()', 'router.js': 'b()', 'feedback.js': 'c()' })
    expect(addCompileHints(dist)).toEqual(['static/chunks/react.js', 'static/chunks/router.js'])
    expect(read('react.js')).toBe(`${COMPILE_HINT}\na()`)
    expect(read('router.js')).toBe(`${COMPILE_HINT}\nb()`)
    expect(read('feedback.js')).toBe('c()')
  })

  it('marks nothing twice when the build step runs again', () => {
    writeBuild({ rootMainFiles: ['static/chunks/react.js'] }, { 'react.js': 'a()' })
    addCompileHints(dist)
    expect(addCompileHints(dist)).toEqual([])
    expect(read('react.js')).toBe(`${COMPILE_HINT}\na()`)
  })

  it('fails the build, naming the manifest, when Next no longer lists its start-up chunks', () => {
    writeBuild({ pages: {} }, {})
    expect(() => addCompileHints(dist)).toThrow(/build-manifest\.json lists no rootMainFiles/)
  })

  it('fails the build when there is no build to mark', () => {
    expect(() => addCompileHints(dist)).toThrow(/build-manifest\.json is missing: run next build first/)
  })
})
