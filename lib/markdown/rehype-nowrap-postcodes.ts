import type { ElementContent, Root } from 'hast'
import { isValid } from 'postcode'
import { SKIP, visit } from 'unist-util-visit'

// A postcode split over two lines ("LS12" ... "1UQ") is easy to misread or mistype, so every
// real UK postcode in markdown is kept on one line. The postcode library decides what is real.

const CANDIDATE = /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g

export function findPostcodes(text: string): { start: number; end: number }[] {
  return [...text.matchAll(CANDIDATE)]
    .filter((match) => isValid(match[0]))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }))
}

export default function rehypeNowrapPostcodes() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return SKIP
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined
      const found = findPostcodes(node.value)
      if (found.length === 0) return undefined
      const parts: ElementContent[] = []
      let at = 0
      for (const { start, end } of found) {
        if (start > at) parts.push({ type: 'text', value: node.value.slice(at, start) })
        parts.push({
          type: 'element',
          tagName: 'span',
          properties: { dir: 'ltr', className: ['whitespace-nowrap'] },
          children: [{ type: 'text', value: node.value.slice(start, end) }],
        })
        at = end
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) })
      parent.children.splice(index, 1, ...parts)
      return [SKIP, index + parts.length]
    })
  }
}
