import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { buildFeed } from '@/lib/openreferral/build'
import { readContentFolder } from '@/lib/openreferral/content-folder'
import { importServices } from '@/lib/openreferral/import/plan'
import { readFeed } from '@/lib/openreferral/import/source'
import { runContentCheck } from '@/lib/content/check'
function skeletonOf(folder: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'try-'))
  fs.cpSync(folder, dir, { recursive: true })
  for (const sub of ['services', 'hubs', 'venues']) if (fs.existsSync(path.join(dir, sub))) for (const file of fs.readdirSync(path.join(dir, sub))) fs.rmSync(path.join(dir, sub, file))
  for (const sub of ['support-levels', 'needs']) {
    for (const file of fs.readdirSync(path.join(dir, sub))) {
      const full = path.join(dir, sub, file)
      const [, yaml = '', ...body] = fs.readFileSync(full, 'utf8').split(/^---\s*$/m)
      const document = parseDocument(yaml)
      if (sub === 'needs') document.delete('services')
      else document.set('services', null)
      fs.writeFileSync(full, `---\n${document.toString()}---${body.join('---')}`)
    }
  }
  return dir
}
const F = 'tests/fixtures/oruk-every-field'
const feed = buildFeed(readContentFolder(F), { siteUrl: 'https://familyhubs.example.org' })
const dir = skeletonOf(F)
const opts = { contentDir: dir, today: '2026-12-01', appDir: 'app', publicDir: 'public', hubs: true }
const report = importServices(JSON.parse(JSON.stringify(feed.services)), opts)
console.log(JSON.stringify(report, null, 1))
console.log(runContentCheck(dir, { today: '2026-12-01', appDir: 'app', publicDir: 'public' }).errors)
for (const f of report.written.filter((f) => f.startsWith('services/play') || f.startsWith('venues/'))) console.log(f, '\n', fs.readFileSync(path.join(dir, f), 'utf8'))
const dir2 = skeletonOf(F)
void readFeed('tests/openreferral/fixtures/standard/examples/service_full.json').then(({ services }) => {
console.log(JSON.stringify(importServices(services, { ...opts, contentDir: dir2 }).notes, null, 1)) })
