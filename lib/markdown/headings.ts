import GithubSlugger from 'github-slugger'
import type { Heading } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'

export type ContentsEntry = { id: string; text: string }

/**
 * The level-2 headings of a markdown body with the ids rehype-slug gives them in the HTML
 * (both use github-slugger on the heading's text), for a page's contents list.
 */
export function headingsOf(markdown: string, depth: Heading['depth'] = 2): ContentsEntry[] {
  const slugger = new GithubSlugger()
  const entries: ContentsEntry[] = []
  visit(fromMarkdown(markdown), 'heading', (heading: Heading) => {
    const text = toString(heading)
    // Every heading takes a slug, in order, so repeated texts get the same -1, -2 as in the HTML.
    const id = slugger.slug(text)
    if (heading.depth === depth) entries.push({ id, text })
  })
  return entries
}
