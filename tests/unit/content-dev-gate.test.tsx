import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readDevProblems, writeDevProblems } from '@/lib/content/checks/dev-problems'

// `npm run dev` writes the check's errors to a file; the layout shows them instead of the page.
describe('content problems in development', () => {
  const cwd = process.cwd()
  afterEach(() => {
    process.chdir(cwd)
    vi.unstubAllEnvs()
  })

  it('keeps the errors the dev script wrote, and reads nothing when there is no file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dev-problems-')), 'problems.json')
    expect(readDevProblems(file)).toEqual([])
    writeDevProblems(['content/hubs/armley.md:27: lastReviewed: is not a date'], file)
    expect(readDevProblems(file)).toEqual(['content/hubs/armley.md:27: lastReviewed: is not a date'])
  })

  it('shows the problems instead of a stale page in development, and the page itself otherwise', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-gate-'))
    process.chdir(dir)
    writeDevProblems(['content/hubs/armley.md:27: lastReviewed: is not a date'])
    const { ContentProblemsGate } = await import('@/components/dev/content-problems-gate')
    const page = <p>the page</p>

    vi.stubEnv('NODE_ENV', 'development')
    const shown = renderToStaticMarkup(<ContentProblemsGate>{page}</ContentProblemsGate>)
    expect(shown).toContain('The content has 1 problem to fix')
    expect(shown).toContain('content/hubs/armley.md:27: lastReviewed: is not a date')
    expect(shown).not.toContain('the page')

    vi.stubEnv('NODE_ENV', 'production')
    expect(renderToStaticMarkup(<ContentProblemsGate>{page}</ContentProblemsGate>)).toBe('<p>the page</p>')
  })
})
