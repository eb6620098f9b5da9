import fs from 'node:fs'
import path from 'node:path'
import type { Guide, Hub, Need, Page, Service, SupportLevel, Venue } from 'contentlayer/generated'
import type { SiteContent } from './site-documents'

// The compiled content, read from contentlayer's output in the project folder: for the build
// step that serialises the search index and for the benchmarks (the site itself reads content
// through lib/content, which only runs inside the server).

function generated<T>(type: string): T[] {
  const file = path.resolve('.contentlayer/generated', type, '_index.json')
  if (!fs.existsSync(file)) throw new Error(`No ${file}: run \`npm run content\` first.`)
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

export function compiledContent(): SiteContent & { needs: Need[] } {
  return {
    needs: generated<Need>('Need'),
    hubs: generated<Hub>('Hub'),
    venues: generated<Venue>('Venue'),
    services: generated<Service>('Service'),
    supportLevels: generated<SupportLevel>('SupportLevel'),
    guides: generated<Guide>('Guide'),
    pages: generated<Page>('Page'),
  }
}
