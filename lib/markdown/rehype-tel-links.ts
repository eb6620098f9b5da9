import type { Element, ElementContent, Root, Text } from 'hast'
import { findPhoneNumbersInText } from 'libphonenumber-js/max'
import { SKIP, visit } from 'unist-util-visit'

// Turns every UK phone number written in markdown into a tel: link, so a reader on a phone
// can tap it. Numbers are found and checked by libphonenumber-js (the same rules phones
// use), so a year, an age range or a mistyped number stays plain text.

/** Emergency numbers are too short for libphonenumber's finder; they are matched on their own. */
const EMERGENCY = /(?<![\d+])\b999\b(?![\d ]*\d)/g

/** Text inside these elements is left alone: a link cannot hold a link, and code is literal. */
const SKIPPED = new Set(['a', 'code', 'pre', 'script', 'style'])

export type PhoneMatch = { start: number; end: number; href: string }

export function findPhoneNumbers(text: string): PhoneMatch[] {
  // libphonenumber reads ", 0800 ..." after a number as an extension; commas and semicolons
  // separate numbers in lists, so they are hidden from it (same length, so offsets hold).
  const masked = text.replace(/[,;]/g, '\n')
  const matches: PhoneMatch[] = findPhoneNumbersInText(masked, 'GB')
    .filter((match) => match.number.country === 'GB' || match.number.countryCallingCode === '44')
    .map((match) => ({ start: match.startsAt, end: match.endsAt, href: match.number.getURI() }))
  for (const match of text.matchAll(EMERGENCY)) {
    const start = match.index
    const inside = matches.some((found) => start >= found.start && start < found.end)
    if (!inside) matches.push({ start, end: start + match[0].length, href: 'tel:999' })
  }
  return matches.sort((a, b) => a.start - b.start)
}

function linkify(node: Text): ElementContent[] | undefined {
  const matches = findPhoneNumbers(node.value)
  if (matches.length === 0) return undefined
  const parts: ElementContent[] = []
  let at = 0
  for (const { start, end, href } of matches) {
    if (start > at) parts.push({ type: 'text', value: node.value.slice(at, start) })
    const link: Element = {
      type: 'element',
      tagName: 'a',
      // dir: a number reads left to right inside right-to-left text (components/content/phone-link.tsx).
      properties: { href, dir: 'ltr', className: ['whitespace-nowrap'] },
      children: [{ type: 'text', value: node.value.slice(start, end) }],
    }
    parts.push(link)
    at = end
  }
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) })
  return parts
}

export default function rehypeTelLinks() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined
      const parts = linkify(node)
      if (!parts) return undefined
      parent.children.splice(index, 1, ...parts)
      return [SKIP, index + parts.length]
    })
  }
}
