import { describe, expect, it } from 'vitest'
import { DOCUMENT_KINDS } from '@/lib/content/kinds'
import { compareTranslation, mergeTranslation, translationOf } from '@/lib/content/translations'
import { localiseLinks } from '@/lib/i18n/localise-links'
import { textAttributes } from '@/lib/i18n/text-language'
import { pseudoTranslation } from '@/lib/i18n/pseudo-content'
import { z } from 'zod'

// A document in another language: the default file's facts, the translation's text.

const SERVICE_TEXT = DOCUMENT_KINDS.find((kind) => kind.folder === 'services')?.text ?? []

const service = {
  name: 'Stay and play',
  summary: 'Free play sessions.',
  phone: '0113 496 0000',
  ageFrom: 0,
  ageTo: 4,
  sessions: [
    { type: 'Session', venue: 'library', days: ['tuesday'], opens: '09:30', closes: '11:30' },
    { type: 'Session', venue: 'library', days: ['thursday'], opens: '13:30', closes: '15:00', note: 'For babies.' },
  ],
  cost: { free: false, options: [{ amount: 2, per: 'a session' }], concessions: 'Free with Universal Credit.' },
}

describe('mergeTranslation', () => {
  it('takes the text from the translation and every fact from the default file, even one the translation changes', () => {
    const merged = mergeTranslation(SERVICE_TEXT, service, {
      name: 'Aros a chwarae',
      summary: 'Sesiynau chwarae am ddim.',
      phone: '0113 496 9999',
      ageTo: 5,
      sessions: [{}, { note: 'I fabanod.', days: ['friday'] }],
      cost: { options: [{ per: 'y sesiwn', amount: 3 }], concessions: 'Am ddim gyda Chredyd Cynhwysol.' },
    })
    expect(merged).toEqual({
      ...service,
      name: 'Aros a chwarae',
      summary: 'Sesiynau chwarae am ddim.',
      sessions: [service.sessions[0], { ...service.sessions[1], note: 'I fabanod.' }],
      cost: { free: false, options: [{ amount: 2, per: 'y sesiwn' }], concessions: 'Am ddim gyda Chredyd Cynhwysol.' },
    })
  })

  it('keeps the default text where the translation has none, or has something that is not text', () => {
    const merged = mergeTranslation(SERVICE_TEXT, service, { name: ['not', 'a', 'name'] })
    expect(merged).toEqual(service)
  })

  it('changes neither argument', () => {
    const translation = { name: 'Aros a chwarae', sessions: [{}, { note: 'I fabanod.' }] }
    const before = JSON.stringify([service, translation])
    mergeTranslation(SERVICE_TEXT, service, translation)
    expect(JSON.stringify([service, translation])).toBe(before)
  })
})

describe('compareTranslation', () => {
  it('names each fact that differs, by its path, and text the default does not have', () => {
    const issues = compareTranslation(SERVICE_TEXT, service, {
      name: 'Aros a chwarae',
      summary: 'Sesiynau.',
      phone: '0113 496 9999',
      sessions: [{}, { note: 'I fabanod.', closes: '16:00' }],
      cost: { concessions: 'Am ddim.', note: 'Nodyn.' },
    })
    expect(issues).toEqual([
      { type: 'fact-differs', path: ['phone'], expected: '0113 496 0000' },
      { type: 'fact-differs', path: ['sessions', 1, 'closes'], expected: '15:00' },
      { type: 'missing-text', path: ['cost', 'options', 0, 'per'] },
      { type: 'not-in-default', path: ['cost', 'note'] },
    ])
  })
})

describe('translation file names', () => {
  it('reads the document and the language from the name', () => {
    expect(translationOf('stay-and-play.cy')).toEqual({ slug: 'stay-and-play', language: 'cy' })
    expect(translationOf('stay-and-play.ar-XB')).toEqual({ slug: 'stay-and-play', language: 'ar-XB' })
    expect(translationOf('stay-and-play')).toBeUndefined()
  })
})

describe('every kind\'s text fields', () => {
  it('are fields of its schema that hold text (a text, or a list of lines, or text inside a group)', () => {
    for (const kind of DOCUMENT_KINDS) {
      for (const textPath of kind.text ?? []) {
        let schema: z.core.$ZodType | undefined = kind.schema
        for (const name of textPath.split('.')) {
          while (schema instanceof z.ZodOptional || schema instanceof z.ZodArray) schema = schema instanceof z.ZodOptional ? schema.unwrap() : schema.element
          schema = schema instanceof z.ZodObject ? schema.shape[name] : undefined
          expect(schema, `${kind.folder}: ${textPath}`).toBeDefined()
        }
        while (schema instanceof z.ZodOptional || schema instanceof z.ZodArray) schema = schema instanceof z.ZodOptional ? schema.unwrap() : schema.element
        expect(schema?._zod.def.type, `${kind.folder}: ${textPath}`).toBe('string')
      }
    }
  })
})

describe('text in another language than the page', () => {
  it('is marked with its language, and its direction where it differs', () => {
    expect(textAttributes('en', 'en')).toEqual({})
    expect(textAttributes('en', 'en-XA')).toEqual({ lang: 'en' })
    expect(textAttributes('en', 'ar-XB')).toEqual({ lang: 'en', dir: 'ltr' })
    expect(textAttributes('ar', 'cy')).toEqual({ lang: 'ar', dir: 'rtl' })
  })
})

describe('pseudo-locale translation files (test councils only)', () => {
  const kind = DOCUMENT_KINDS.find((one) => one.folder === 'services')
  const source = '---\nname: Stay and play\nsummary: Call 0113 496 0000 or visit LS1 1AA.\nphone: 0113 496 0000\nsessions:\n  - days: [monday]\n    opens: "09:00"\n    closes: "10:00"\n    note: Bring a snack.\n---\n\n## What it is\n\nCall [the library](/venues/library) on 0113 496 0000, **any day**.\n'
  it('changes the words of text fields and the body, and nothing else', () => {
    if (!kind) throw new Error('no services kind')
    const out = pseudoTranslation('en-XA', kind, source)
    expect(out).not.toContain('phone:')
    expect(out).not.toContain('opens')
    expect(out).toContain('0113 496 0000')
    expect(out).toContain('LS1 1AA')
    expect(out).toContain('](/venues/library)')
    expect(out).toContain('**')
    expect(out).toMatch(/^## \\\[Ŵĥáţ îţ îš/m)
    expect(out).toContain('Ɓŕîñĝ á šñáçķ.')
    const rtl = pseudoTranslation('ar-XB', kind, source)
    expect(rtl).toContain('\u202eStay\u202c')
    expect(rtl).toContain('0113 496 0000')
  })
})

describe('links in the council\'s text on a page in another language', () => {
  it('go to that language\'s pages; files and other sites keep their address', () => {
    const html = '<p><a href="/contact">Contact</a>, <a href="/help/send#who">SEND</a>, <a href="/">home</a>, <a class="x" href="/images/map.png">map</a>, <a href="https://example.org/">elsewhere</a>, <a href="//example.org/">also</a>, <a href="#top">top</a></p>'
    expect(localiseLinks(html, 'cy')).toBe(
      '<p><a href="/cy/contact">Contact</a>, <a href="/cy/help/send#who">SEND</a>, <a href="/cy">home</a>, <a class="x" href="/images/map.png">map</a>, <a href="https://example.org/">elsewhere</a>, <a href="//example.org/">also</a>, <a href="#top">top</a></p>',
    )
  })
})
