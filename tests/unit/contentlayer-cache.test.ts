import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { forgetOtherContentDir } from '../../scripts/lib/contentlayer-cache'

// Two councils' folders hold files at the same paths; contentlayer's cache must never hand one
// council's compiled page to a build of the other's.

const made: string[] = []
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A compiled document in contentlayer's cache, as a build leaves it. */
function compile(cacheFile: string): void {
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true })
  fs.writeFileSync(cacheFile, '{"pages/privacy.md":"Leeds"}')
}

function generatedDir(): { dir: string; cacheFile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contentlayer-cache-'))
  made.push(dir)
  const cacheFile = path.join(dir, '.cache', 'v0.5.8', 'data-X.json')
  compile(cacheFile)
  return { dir, cacheFile }
}

describe('the contentlayer cache across content folders', () => {
  it('is kept while the same folder is built again', () => {
    const { dir, cacheFile } = generatedDir()
    forgetOtherContentDir('content', dir)
    compile(cacheFile)
    expect(forgetOtherContentDir('content', dir)).toBe(false)
    expect(fs.existsSync(cacheFile)).toBe(true)
  })

  it('is forgotten when another folder is built, and again on the way back', () => {
    const { dir, cacheFile } = generatedDir()
    forgetOtherContentDir('content', dir)
    compile(cacheFile)
    expect(forgetOtherContentDir('examples/starter', dir)).toBe(true)
    expect(fs.existsSync(cacheFile)).toBe(false)
    compile(cacheFile)
    expect(forgetOtherContentDir('content', dir)).toBe(true)
    expect(fs.existsSync(cacheFile)).toBe(false)
  })

  it('is forgotten when nothing says which folder it came from (a cache from before this rule)', () => {
    const { dir, cacheFile } = generatedDir()
    forgetOtherContentDir('content', dir)
    expect(fs.existsSync(cacheFile)).toBe(false)
  })
})
