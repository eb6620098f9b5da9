import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { DocType, SearchDoc } from './engine'

// Turns compiled content into search documents. Takes plain arrays (not the content module) so
// the benchmark can feed it the generated content without the server-only guard.

type Body = { body: { raw: string } }
type Named = Body & { slug: string; url: string }

export type SearchableContent = {
  needs: (Named & { name: string; summary: string; everydayWords: string[]; whatToDoNow: string[] })[]
  hubs: (Named & { name: string; summary: string; addressLines: string[]; postcode: string })[]
  services: (Named & { name: string; summary: string })[]
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
  return { id: `${type}:${item.slug}`, type, title, url: item.url, summary, keywords, text: `${extra} ${markdownText(item.body.raw)}`.trim() }
}

export function toSearchDocuments(content: SearchableContent): SearchDoc[] {
  return [
    ...content.needs.map((need) => doc('need', need, need.name, need.summary, need.everydayWords.join(', '), need.whatToDoNow.join(' '))),
    ...content.hubs.map((hub) => doc('hub', hub, hub.name, hub.summary, hub.postcode, hub.addressLines.join(', '))),
    ...content.services.map((service) => doc('service', service, service.name, service.summary)),
    ...content.supportLevels.map((level) => doc('level', level, level.name, level.summary, '', level.whoFor)),
    ...content.guides.map((guide) => doc('guide', guide, guide.title, guide.summary)),
    ...content.pages.map((page) => doc('page', page, page.title, page.description)),
  ]
}

/** Each need's name and everyday words mean the same thing to the search. */
export function needSynonyms(needs: SearchableContent['needs']): string[][] {
  return needs.map((need) => [need.name, ...need.everydayWords])
}
