import type { ElementContent, Root } from 'hast'
import type { Text } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { visit } from 'unist-util-visit'
import { allGuides, allHubs, allPages, allServices, allSupportLevels } from 'contentlayer/generated'
import { describe, expect, it } from 'vitest'
import { headingsOf } from '@/lib/markdown/headings'
import rehypeNowrapPostcodes, { findPostcodes } from '@/lib/markdown/rehype-nowrap-postcodes'
import rehypeTelLinks, { findPhoneNumbers } from '@/lib/markdown/rehype-tel-links'

const paragraph = (...children: ElementContent[]): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'p', properties: {}, children }],
})
const text = (value: string) => ({ type: 'text' as const, value })
const found = (value: string) => findPhoneNumbers(value).map((match) => [value.slice(match.start, match.end), match.href])

describe('finding phone numbers in text', () => {
  it('finds UK numbers however they are spaced, with an international tel: address', () => {
    expect(found('Call 0113 535 0185, or 01133781840, or (0113) 376 0336.')).toEqual([
      ['0113 535 0185', 'tel:+441135350185'],
      ['01133781840', 'tel:+441133781840'],
      ['(0113) 376 0336', 'tel:+441133760336'],
    ])
  })

  it('keeps numbers in a comma-separated list apart instead of reading the next one as an extension', () => {
    expect(found('Helplines: 0808 2000 247, 0800 1111; 0113 535 0185')).toEqual([
      ['0808 2000 247', 'tel:+448082000247'],
      ['0800 1111', 'tel:+448001111'],
      ['0113 535 0185', 'tel:+441135350185'],
    ])
  })

  it('finds 999 on its own', () => {
    expect(found('If a child is in danger, call 999. If you call 999 and cannot speak, press 55.')).toEqual([
      ['999', 'tel:999'],
      ['999', 'tel:999'],
    ])
  })

  it('leaves years, ages, section numbers and a number with a digit missing as text', () => {
    expect(found('Section 17 of the Children Act 1989, ages 11 to 17, 24 hours, 2023, 1999, 9990, call 0113 535 018')).toEqual([])
  })
})

describe('rehypeTelLinks', () => {
  it('turns a number in a paragraph into a link and keeps the words around it', () => {
    const tree = paragraph(text('Call 0113 535 0185 today.'))
    rehypeTelLinks()(tree)
    const p = tree.children[0]
    expect(p?.type === 'element' && p.children).toEqual([
      text('Call '),
      { type: 'element', tagName: 'a', properties: { href: 'tel:+441135350185', dir: 'ltr', className: ['whitespace-nowrap'] }, children: [text('0113 535 0185')] },
      text(' today.'),
    ])
  })

  it('does not put a link inside a link', () => {
    const link = { type: 'element' as const, tagName: 'a', properties: { href: 'tel:999' }, children: [text('999')] }
    const tree = paragraph(link)
    rehypeTelLinks()(tree)
    const p = tree.children[0]
    expect(p?.type === 'element' && p.children).toEqual([link])
  })
})

describe('rehypeNowrapPostcodes', () => {
  it('finds whole postcodes only', () => {
    const value = 'Armley Community Hub, LS12 1UQ. Not postcodes: LS12 on its own, 1UQ, LS121 1UQ, AB12 3CD9.'
    expect(findPostcodes(value).map(({ start, end }) => value.slice(start, end))).toEqual(['LS12 1UQ'])
  })

  it('wraps a postcode so it cannot break across lines', () => {
    const tree = paragraph(text('Visit us at LS11 6PF.'))
    rehypeNowrapPostcodes()(tree)
    const p = tree.children[0]
    expect(p?.type === 'element' && p.children[1]).toEqual({
      type: 'element',
      tagName: 'span',
      properties: { dir: 'ltr', className: ['whitespace-nowrap'] },
      children: [text('LS11 6PF')],
    })
  })
})

describe('the compiled content', () => {
  const documents = [...allPages, ...allServices, ...allGuides, ...allHubs, ...allSupportLevels]

  it('makes every phone number in every body a tel: link', () => {
    const missing = documents.flatMap((doc) => {
      const numbers: string[] = []
      visit(fromMarkdown(doc.body.raw), 'text', (node: Text) => {
        numbers.push(...findPhoneNumbers(node.value).map((match) => node.value.slice(match.start, match.end)))
      })
      return numbers.filter((number) => !doc.body.html.includes(`>${number}</a>`)).map((number) => `${doc._raw.sourceFilePath}: ${number}`)
    })
    expect(missing).toEqual([])
    expect(documents.some((doc) => doc.body.html.includes('href="tel:+441135350185"'))).toBe(true)
  })

  it('gives every level-2 heading the id its contents entry links to', () => {
    for (const doc of documents) {
      for (const { id } of headingsOf(doc.body.raw)) expect(doc.body.html, doc._raw.sourceFilePath).toContain(`<h2 id="${id}">`)
    }
  })
})
