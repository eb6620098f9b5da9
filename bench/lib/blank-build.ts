import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

// A blank page built by the same Next.js, React and build settings as the site: what the framework
// alone sends. Page weight benchmarks report the site's JavaScript above it. Built once into
// .bench-blank/ (git-ignored) and rebuilt when the Next.js version changes.

const root = path.resolve(import.meta.dirname, '../..')
const dir = path.join(root, '.bench-blank')

const FILES: Record<string, string> = {
  'app/layout.jsx': 'export default function Layout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  )\n}\n',
  'app/page.jsx': 'export default function Page() {\n  return <p>Blank</p>\n}\n',
  'next.config.mjs': 'export default { poweredByHeader: false, reactStrictMode: true }\n',
}

function nextVersion(): string {
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8'))
  return typeof manifest === 'object' && manifest && 'version' in manifest ? String(manifest.version) : 'unknown'
}

/** Gzip bytes of the JavaScript a browser runs for `html` (noModule legacy scripts skipped). */
export function scriptsOf(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/noModule/i.test(tag))
  return [...new Set(tags.flatMap((tag) => /src="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1] ?? []))]
}

export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data).length
}

/** JavaScript (gzip) of the blank page; builds it first if needed (about a minute). */
export function blankPageJavaScript(): { gzip: number; files: number } {
  const stamp = path.join(dir, 'built-with-next')
  const version = nextVersion()
  const html = path.join(dir, '.next/server/app/index.html')
  if (!fs.existsSync(html) || !fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== version) {
    fs.rmSync(dir, { recursive: true, force: true })
    for (const [file, content] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), content)
    }
    console.log('Building the blank comparison page (.bench-blank/) once...')
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build', dir], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' },
      timeout: 10 * 60_000,
    })
    if (result.status !== 0) throw new Error(`Building the blank page failed (exit ${result.status ?? result.signal})`)
    fs.writeFileSync(stamp, version)
  }
  const files = scriptsOf(fs.readFileSync(html, 'utf8'))
  const gzip = files.reduce((sum, file) => sum + gzipBytes(fs.readFileSync(path.join(dir, '.next', file.replace(/^\/_next\//, '')))), 0)
  return { gzip, files: files.length }
}
