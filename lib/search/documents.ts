import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import { BSL } from '@/lib/content/finder-facets'
import { languageAutonym, languageNameInEnglish } from '@/lib/content/languages'
import type { DocType, SearchDoc } from './engine'

// Turns compiled content into search documents. Takes plain arrays (not the content module) so
// the benchmark can feed it the generated content without the server-only guard.

type Body = { body: { raw: string } }
/** textLanguage: the language its text is in, when that is not the index's (lib/content/in-language.ts). */
type Named = Body & { slug: string; url: string; textLanguage?: string }

export type SearchableContent = {
  needs: (Named & { name: string; summary: string; everydayWords: string[]; whatToDoNow: string[] })[]
  hubs: (Named & { name: string; summary: string; addressLines: string[]; postcode: string })[]
  services: (Named & {
    name: string
    summary: string
    /** Hubs and venues it runs at, by file name. */
    venues?: string[] | undefined
    languages?: string[] | undefined
    britishSignLanguage?: boolean | undefined
  })[]
  /** Places other than hubs where services run (content/venues). */
  venues?: { slug: string; name: string }[]
  supportLevels: (Named & { name: string; summary: string; whoFor: string })[]
  guides: (Named & { title: string; summary: string })[]
  pages: (Named & { title: string; description: string })[]
}

/** The words of a markdown body, without its markup; each heading or paragraph ends as a sentence. */
export function markdownText(markdown: string): string {
  const blocks: string[] = []
  visit(fromMarkdown(markdown), (node) => {
    if (node.type !== 'heading' && node.type !== 'paragraph' && node.type !== 'tableCell') return undefined
    const text = toString(node).replace(/\s+/g, ' ').trim()
    if (text) blocks.push(/[.!?:;…]$/.test(text) ? text : `${text}.`)
    return SKIP
  })
  return blocks.join(' ')
}

function doc(type: DocType, item: Named, title: string, summary: string, keywords = '', extra = ''): SearchDoc {
  const text = `${extra} ${markdownText(item.body.raw)}`.trim()
  return { id: `${type}:${item.slug}`, type, title, url: item.url, summary, keywords, text, ...(item.textLanguage ? { textLanguage: item.textLanguage } : {}) }
}

/** The names a speaker may search for a service's languages by: "Polish", "Polski", "Urdu", "اردو", and BSL. */
export function languageWords(service: SearchableContent['services'][number]): string[] {
  const codes = [...(service.languages ?? []), ...(service.britishSignLanguage ? [BSL] : [])]
  return [...new Set(codes.flatMap((code) => (code === BSL ? ['British Sign Language', 'BSL', 'sign language'] : [languageNameInEnglish(code), languageAutonym(code)])))]
}

function serviceDoc(service: SearchableContent['services'][number], placeNames: ReadonlyMap<string, string>): SearchDoc {
  const places = (service.venues ?? []).flatMap((key) => placeNames.get(key) ?? [])
  // Place names go in the text, not the keywords: a query naming a hub should still put the hub first.
  const where = places.length > 0 ? `Runs at ${places.join(', ')}.` : ''
  return doc('service', service, service.name, service.summary, languageWords(service).join(', '), where)
}

export function toSearchDocuments(content: SearchableContent): SearchDoc[] {
  const placeNames = new Map([...content.hubs, ...(content.venues ?? [])].map((place) => [place.slug, place.name]))
  return [
    ...content.needs.map((need) => doc('need', need, need.name, need.summary, need.everydayWords.join(', '), need.whatToDoNow.join(' '))),
    ...content.hubs.map((hub) => doc('hub', hub, hub.name, hub.summary, hub.postcode, hub.addressLines.join(', '))),
    ...content.services.map((service) => serviceDoc(service, placeNames)),
    ...content.supportLevels.map((level) => doc('level', level, level.name, level.summary, '', level.whoFor)),
    ...content.guides.map((guide) => doc('guide', guide, guide.title, guide.summary)),
    ...content.pages.map((page) => doc('page', page, page.title, page.description)),
  ]
}

/** Each need's name and everyday words mean the same thing to the search. */
export function needSynonyms(needs: SearchableContent['needs']): string[][] {
  return needs.map((need) => [need.name, ...need.everydayWords])
}
