import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

// Build assets compressed once, at their best settings, beside each file: the server
// (lib/security/static-assets.ts) and nginx (gzip_static in deploy/nginx.conf) send these
// instead of compressing every response again.

const COMPRESSIBLE = new Set(['.js', '.css', '.json', '.svg', '.txt'])

export type Precompressed = { files: number; bytes: number; gzip: number; br: number }

export function precompressStatic(staticDir: string): Precompressed {
  const totals: Precompressed = { files: 0, bytes: 0, gzip: 0, br: 0 }
  for (const relative of fs.readdirSync(staticDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(staticDir, relative)
    if (!COMPRESSIBLE.has(path.extname(relative)) || !fs.statSync(file).isFile()) continue
    const source = fs.readFileSync(file)
    const gzip = zlib.gzipSync(source, { level: 9 })
    const br = zlib.brotliCompressSync(source, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength },
    })
    fs.writeFileSync(`${file}.gz`, gzip)
    fs.writeFileSync(`${file}.br`, br)
    totals.files += 1
    totals.bytes += source.byteLength
    totals.gzip += gzip.byteLength
    totals.br += br.byteLength
  }
  return totals
}
