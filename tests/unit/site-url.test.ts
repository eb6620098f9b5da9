import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSiteUrl, builtSiteUrl, siteUrlMismatch } from '@/lib/security/site-url'

describe('SITE_URL (read at build)', () => {
  it('comes from SITE_URL, else from content/site.yaml', () => {
    expect(buildSiteUrl({ SITE_URL: 'https://hubs.example.gov.uk/' })).toBe('https://hubs.example.gov.uk')
    expect(buildSiteUrl({})).toMatch(/^https?:\/\/[^/]+$/)
  })

  it('reads what a build recorded', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'site-url-'))
    try {
      expect(builtSiteUrl(dir)).toBeUndefined()
      writeFileSync(path.join(dir, 'required-server-files.json'), JSON.stringify({ config: { env: { SITE_URL: 'https://a.example' } } }))
      expect(builtSiteUrl(dir)).toBe('https://a.example')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a start with another address is refused loudly, naming both and the fix', () => {
    expect(siteUrlMismatch(undefined, 'https://a.example')).toBeUndefined()
    expect(siteUrlMismatch('https://a.example', 'https://a.example')).toBeUndefined()
    const message = siteUrlMismatch('https://b.example', 'https://a.example') ?? ''
    expect(message).toContain('SITE_URL MISMATCH')
    expect(message).toContain('made with SITE_URL=https://a.example')
    expect(message).toContain('started with SITE_URL=https://b.example')
    expect(message).toContain('rebuild with SITE_URL=https://b.example')
  })
})
