import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { brotliAsset, gzipAsset, isServedAsset } from '@/lib/security/static-assets'

// Build assets compressed once, at their best settings, beside each file: the server
// (lib/security/static-assets.ts) and nginx (gzip_static in deploy/nginx.conf) send these
// instead of compressing every response again.

export type Precompressed = { files: number; bytes: number; gzip: number; br: number }

export function precompressStatic(staticDir: string): Precompressed {
  const totals: Precompressed = { files: 0, bytes: 0, gzip: 0, br: 0 }
  for (const relative of fs.readdirSync(staticDir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(staticDir, relative)
    if (!isServedAsset(relative) || !fs.statSync(file).isFile()) continue
    const source = fs.readFileSync(file)
    const gzip = gzipAsset(source)
    const br = brotliAsset(source, zlib.constants.BROTLI_MAX_QUALITY)
    fs.writeFileSync(`${file}.gz`, gzip)
    fs.writeFileSync(`${file}.br`, br)
    totals.files += 1
    totals.bytes += source.byteLength
    totals.gzip += gzip.byteLength
    totals.br += br.byteLength
  }
  return totals
}
