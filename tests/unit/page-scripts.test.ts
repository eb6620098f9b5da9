import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXIT_SCRIPT } from '@/lib/exit-this-page/exit-script'
import { enhanceScriptPath, withoutFrameworkScripts } from '@/lib/security/page-scripts'
import { scanInline } from '@/lib/security/inline-scripts'

// A page as Next 16 writes it (the shape of .next/server/app/index.html), cut down.
const FLIGHT = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])'
const PAGE = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/3j1omcqp1bvx-.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/other.js"/>',
  '<link rel="canonical" href="http://127.0.0.1:3000"/>',
  '<script src="/_next/static/chunks/1xljcj5la4_gb.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  `<style>:root{--x:1}</style><script>${EXIT_SCRIPT}</script></head>`,
  '<body><a href="#main-content">Skip to main content</a><main id="main-content"><h1>Home</h1>',
  '<script type="application/ld+json">{"@type":"Organization"}</script></main>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"],"runtimeModuleIds":[94553]});</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  `<script>${FLIGHT}</script>`,
  '<script>alert(1)</script>',
  '</body></html>',
].join('')

describe('pages without the framework’s scripts', () => {
  const page = withoutFrameworkScripts(PAGE, '/_next/static/enhance/site-abc.js')

  it('keeps no Next or React script, hint or hydration payload', () => {
    expect(page).not.toContain('/_next/static/chunks/1xljcj5la4_gb.js')
    expect(page).not.toContain('noModule')
    expect(page).not.toMatch(/rel="(preload|modulepreload)"/)
    expect(page).not.toContain('__next_f')
    expect(page).not.toContain('TURBOPACK')
  })

  it('keeps the page, its stylesheet, the exit script and structured data, and adds the site’s script once', () => {
    expect(page).toContain('<link rel="stylesheet" href="/_next/static/chunks/3j1omcqp1bvx-.css" data-precedence="next"/>')
    expect(page).toContain('<link rel="canonical" href="http://127.0.0.1:3000"/>')
    expect(page).toContain(`<script>${EXIT_SCRIPT}</script>`)
    expect(page).toContain('<script type="application/ld+json">{"@type":"Organization"}</script>')
    expect(page).toContain('<h1>Home</h1>')
    expect(page.match(/site-abc\.js/g)).toHaveLength(1)
    expect(page).toContain('<script src="/_next/static/enhance/site-abc.js" defer=""></script></head>')
    expect(withoutFrameworkScripts(page, '/_next/static/enhance/site-abc.js')).toBe(page)
  })

  it('leaves only the exit script for the CSP to hash; any other inline script stays to be blocked and reported', () => {
    const scan = scanInline(page)
    expect(scan.scripts).toHaveLength(1)
    expect(scan.unrecognised).toEqual(['alert(1)'])
  })

  it('finds the script the build wrote, and none when there is none', () => {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-scripts-'))
    expect(enhanceScriptPath(distDir)).toBeUndefined()
    fs.mkdirSync(path.join(distDir, 'static/enhance'), { recursive: true })
    fs.writeFileSync(path.join(distDir, 'static/enhance/site-0123abcd.js'), '')
    expect(enhanceScriptPath(distDir)).toBe('/_next/static/enhance/site-0123abcd.js')
    fs.rmSync(distDir, { recursive: true })
  })
})
