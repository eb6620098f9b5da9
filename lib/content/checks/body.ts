import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Nodes, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { isUkPhone, normalisePostcode, isFullPostcode } from '../formats'
import { didYouMean } from './did-you-mean'
import type { LoadedDocument } from './load'
import type { Problems } from './problem'
import { HUB_ROUTES, type SiteAddresses } from './routes'

// Rules for the markdown below the front matter. Each problem names the line in the file.

/** Link text that says nothing out of context (WCAG 2.4.4): screen reader users list links. */
const VAGUE_LINK_TEXT = new Set([
  'click here',
  'here',
  'click',
  'this',
  'link',
  'this link',
  'this page',
  'more',
  'more information',
  'more info',
  'read more',
  'find out more',
  'learn more',
  'further information',
  'see more',
  'go',
])

/** Things that look like a UK phone number: 0 then 9 to 11 more digits, spaces allowed. */
const PHONE_CANDIDATE = /(?<![\d\w])0\d(?:[ ]?\d){7,10}(?![\d\w])/g
/** Things that look like a postcode, in any case, with or without the space. */
const POSTCODE_CANDIDATE = /\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}\b/g

const HTML_ADVICE: [RegExp, string][] = [
  [/^<!--/, 'remove the comment: notes for other editors belong in the commit message'],
  [/^<br/i, 'start a new paragraph with an empty line instead'],
  [/^<a[\s>]/i, 'write a link as [text](/address)'],
  [/^<(b|strong)[\s>]/i, 'write **bold text** instead'],
  [/^<(i|em)[\s>]/i, 'write *text* instead'],
  [/^<img/i, 'write an image as ![what it shows](/images/name.png)'],
  [/^<h[1-6]/i, 'write a heading as ## Heading'],
  [/^<(ul|ol|li)[\s>]/i, 'write a list with lines starting "- "'],
  [/^<p[\s>]/i, 'write the paragraph as plain text with an empty line before and after'],
]

export function parseBody(body: string): Root {
  return fromMarkdown(body)
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return node.children.map((child) => textOf(child)).join('')
  return ''
}

export function checkBody(document: LoadedDocument, tree: Root, addresses: SiteAddresses, problems: Problems): void {
  const { file } = document
  const lineOf = (node: Nodes) => document.bodyLine + (node.position?.start.line ?? 1) - 1
  let previousDepth = 1

  visit(tree, (node) => {
    switch (node.type) {
      case 'html': {
        const advice = HTML_ADVICE.find(([pattern]) => pattern.test(node.value.trim()))?.[1] ?? 'write it in markdown instead'
        problems.error(file, lineOf(node), '(body)', `has HTML (${node.value.trim().slice(0, 30)}), which is not allowed: ${advice}`)
        break
      }
      case 'heading': {
        if (node.depth === 1) {
          problems.error(file, lineOf(node), '(body)', `has a top-level heading "# ${textOf(node)}": the page title is the only one, start headings with ##`)
        } else if (node.depth > previousDepth + 1) {
          const hashes = '#'.repeat(previousDepth + 1)
          problems.error(file, lineOf(node), '(body)', `heading "${textOf(node)}" skips a level (${'#'.repeat(node.depth)} after ${'#'.repeat(previousDepth)}): use ${hashes}`)
        }
        previousDepth = node.depth
        break
      }
      case 'link': {
        const text = textOf(node).trim()
        const normalised = text.toLowerCase().replace(/[.:!]+$/, '')
        if (text === '') problems.error(file, lineOf(node), '(body)', `link to ${node.url} has no text: write what the link is for between [ and ]`)
        else if (VAGUE_LINK_TEXT.has(normalised)) {
          problems.error(file, lineOf(node), '(body)', `link text "${text}" does not say where it goes: write the destination, like [Find your Family Hub](/family-hubs)`)
        }
        checkAddress(node.url, lineOf(node))
        break
      }
      case 'image': {
        if (!node.alt?.trim()) problems.error(file, lineOf(node), '(body)', `image ${node.url} has no alt text: describe it between the brackets, like ![A family at the hub](${node.url})`)
        if (/^https?:/.test(node.url)) {
          problems.error(file, lineOf(node), '(body)', `image ${node.url} is on another site: put the file in the content folder's images/ folder and write /images/<name> (the site makes no requests to other sites)`)
        } else if (!addresses.files.has(node.url.split(/[?#]/)[0] ?? '')) {
          const hint = didYouMean(node.url, [...addresses.files])
          problems.error(file, lineOf(node), '(body)', node.url.startsWith('/images/')
              ? `image ${node.url} does not exist: put the file in the content folder's images/ folder (${node.url.slice(1)}) or correct the name.${hint}`
              : `image ${node.url} is not in /images/: put the file in the content folder's images/ folder and write /images/<name>.${hint}`)
        }
        break
      }
      case 'text': {
        checkPhones(node.value, lineOf(node))
        checkPostcodes(node.value, lineOf(node))
        break
      }
      default:
        break
    }
  })

  function checkAddress(url: string, line: number): void {
    if (/^(https?:|mailto:|#)/i.test(url)) return
    if (/^tel:/i.test(url)) {
      const number = url.slice(4).replace(/[\s-]/g, '')
      if (!isUkPhone(number)) problems.error(file, line, '(body)', `phone link ${url} is not a UK phone number: check the digits`)
      return
    }
    if (!url.startsWith('/')) {
      problems.error(file, line, '(body)', `link ${url} is not a full address on this site: start it with /, like /family-hubs`)
      return
    }
    const target = url.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1')
    if (addresses.pages.has(target) || addresses.files.has(target)) return
    if (HUB_ROUTES.has(target)) {
      problems.error(file, line, '(body)', `link ${url} goes to the hubs' page, which this site does not have because hubs/ has no files: link to a service or /contact instead, or add the hubs`)
      return
    }
    problems.error(file, line, '(body)', `link ${url} goes to a page the site does not have.${didYouMean(target, [...addresses.pages]) || ' Check the address, or remove the link'}`)
  }

  function checkPhones(text: string, line: number): void {
    for (const match of text.matchAll(PHONE_CANDIDATE)) {
      const written = match[0]
      // "call 0113 535 0185 2 times": a valid number followed by another figure is fine.
      const groups = written.split(' ')
      const validPrefix = groups.some((_group, index) => isUkPhone(groups.slice(0, groups.length - index).join(' ')))
      if (!validPrefix) {
        const digits = written.replace(/ /g, '').length
        problems.error(file, line + newlinesBefore(text, match.index), '(body)', `phone number ${written} is not a UK number (${digits} digits): check it, most have 11 digits, like 0306 999 0000`)
      }
    }
  }

  function checkPostcodes(text: string, line: number): void {
    for (const match of text.matchAll(POSTCODE_CANDIDATE)) {
      const written = match[0]
      if (isFullPostcode(written)) continue
      const usual = normalisePostcode(written)
      // Lower-case words that merely look like a postcode ("in 2 go") are not postcodes.
      if (!usual && !/^[A-Z]{1,2}\d/.test(written)) continue
      const where = line + newlinesBefore(text, match.index)
      problems.error(
        file,
        where,
        '(body)',
        usual ? `postcode ${written} should be written ${usual} (capitals, one space)` : `postcode ${written} is not a real UK postcode: check it`,
      )
    }
  }
}

function newlinesBefore(text: string, index: number): number {
  let count = 0
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) count += 1
  return count
}
