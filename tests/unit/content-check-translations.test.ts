import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem, runContentCheck } from '@/lib/content/check'
import { DOCUMENT_KINDS } from '@/lib/content/kinds'
import { PSEUDO_LOCALES, pseudoCatalogue } from '@/lib/i18n/pseudo'
import { pseudoTranslation } from '@/lib/i18n/pseudo-content'

// Translations (services/stay-and-play.en-XA.md) against their default files, on a copy of the
// starter council published in English and the two test-only pseudo-locales.

const ROOT = path.resolve(import.meta.dirname, '../..')
const STARTER = path.join(ROOT, 'examples/starter')
const TODAY = '2026-11-23'

const temporary: string[] = []
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** The starter council in en, en-XA and ar-XB, with the pseudo-locales' catalogues and no translations yet. */
function council(settings = ''): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-translations-'))
  temporary.push(dir)
  fs.cpSync(STARTER, dir, { recursive: true })
  fs.appendFileSync(path.join(dir, 'site.yaml'), `\nlanguages: [en, en-XA, ar-XB]\n${settings}`)
  fs.mkdirSync(path.join(dir, 'messages'))
  for (const language of PSEUDO_LOCALES) fs.writeFileSync(path.join(dir, 'messages', `${language}.json`), JSON.stringify(pseudoCatalogue(language)))
  return dir
}

/** The errors, each as `file:line: field: message` with the folder's path left out. */
function errors(dir: string): string[] {
  const shown = [`${dir}/`, `${path.relative(process.cwd(), dir)}/`]
  return runContentCheck(dir, { today: TODAY }).errors.map((problem) => shown.reduce((line, prefix) => line.replaceAll(prefix, ''), formatProblem(problem))).sort()
}

const write = (dir: string, file: string, text: string) => fs.writeFileSync(path.join(dir, file), text)
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8')

/** Every markdown document of the starter, as folder/slug. */
function starterDocuments(): string[] {
  return DOCUMENT_KINDS.filter((kind) => kind.contentType === 'markdown').flatMap((kind) => {
    const folder = path.join(STARTER, kind.folder)
    return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => `${kind.folder}/${name.slice(0, -3)}`) : []
  })
}

describe('translations: required', () => {
  it('lists every missing file, one error each, and nothing else', () => {
    const dir = council('translations: required\n')
    const documents = starterDocuments()
    expect(documents.length).toBeGreaterThan(20)
    const expected = documents.flatMap((document) => ['en-XA', 'ar-XB'].map((language) => `${document}.md:1: (translation): has no translation into ${language}: add ${document}.${language}.md`))
    expect(errors(dir).sort()).toEqual(expected.sort())
  })

  it('passes once every document has both translations, and names the one left out', () => {
    const dir = council('translations: required\n')
    for (const document of starterDocuments()) {
      const kind = DOCUMENT_KINDS.find((one) => one.folder === document.split('/')[0])
      if (!kind) throw new Error(document)
      for (const language of PSEUDO_LOCALES) write(dir, `${document}.${language}.md`, pseudoTranslation(language, kind, read(dir, `${document}.md`)))
    }
    expect(errors(dir)).toEqual([])
    fs.rmSync(path.join(dir, 'guides/getting-consent.ar-XB.md'))
    expect(errors(dir)).toEqual(['guides/getting-consent.md:1: (translation): has no translation into ar-XB: add guides/getting-consent.ar-XB.md'])
  })
})

describe('translations: fallback (the default)', () => {
  it('lets a document go untranslated', () => {
    expect(errors(council())).toEqual([])
  })
})

describe('a translation file', () => {
  it('may repeat a fact that is the same, and may not change one', () => {
    const dir = council()
    const original = read(dir, 'services/stay-and-play.md')
    write(dir, 'services/stay-and-play.en-XA.md', original.replace('name: Stay and play', 'name: Šţáý áñð þļáý'))
    expect(errors(dir)).toEqual([])
    write(dir, 'services/stay-and-play.en-XA.md', original.replace('ageTo: 4', 'ageTo: 5').replace('https://www.example.org/stay-and-play', 'https://www.example.org/other'))
    expect(errors(dir)).toEqual([
      'services/stay-and-play.en-XA.md:10: website: differs from services/stay-and-play.md ("https://www.example.org/stay-and-play"): facts come from the default language\'s file; remove it here',
      'services/stay-and-play.en-XA.md:7: ageTo: differs from services/stay-and-play.md (4): facts come from the default language\'s file; remove it here',
    ])
  })

  it('may not change a fact inside a group that holds text: a session\'s days', () => {
    const dir = council()
    write(dir, 'services/stay-and-play.en-XA.md', '---\nname: Šţáý\nsummary: Ƒŕéé\nsessions:\n  - {}\n  - days: [monday]\n    note: Ƒöŕ ƀáƀîéš\n  - {}\n---\n\nŢéẋţ.\n')
    expect(errors(dir)).toEqual(['services/stay-and-play.en-XA.md:6: sessions[1].days: differs from services/stay-and-play.md (["tuesday"]): facts come from the default language\'s file; remove it here'])
  })

  it('translates every text its default file has, and its body', () => {
    const dir = council()
    write(dir, 'services/stay-and-play.en-XA.md', '---\nname: Šţáý\n---\n')
    expect(errors(dir)).toEqual([
      'services/stay-and-play.en-XA.md:2: sessions[1].note: is missing: translate services/stay-and-play.md\'s sessions[1].note here',
      'services/stay-and-play.en-XA.md:2: summary: is missing: translate services/stay-and-play.md\'s summary here',
      'services/stay-and-play.en-XA.md:4: (body): is empty: translate the text of services/stay-and-play.md below the front matter',
    ])
  })

  it('is for one of the site\'s other languages', () => {
    const dir = council()
    const original = read(dir, 'services/stay-and-play.md')
    write(dir, 'services/stay-and-play.pl.md', original)
    write(dir, 'services/stay-and-play.en.md', original)
    write(dir, 'services/stay-and-play.draft.md', original)
    expect(errors(dir)).toEqual([
      'services/stay-and-play.draft.md:1: (file name): has "draft" after the dot, which is not a language: a translation is named like stay-and-play.en-XA.md (the site\'s other languages are en-XA, ar-XB): add draft to languages in site.yaml, or rename or delete this file',
      'services/stay-and-play.en.md:1: (file name): translates into en, the site\'s default language, whose text is in services/stay-and-play.md: put any change there and delete this file',
      'services/stay-and-play.pl.md:1: (file name): is a translation into pl, which is not one of the site\'s languages (the site\'s other languages are en-XA, ar-XB): add pl to languages in site.yaml, or rename or delete this file',
    ])
  })

  it('is not for a contact: contacts are in the default language only', () => {
    const dir = council()
    write(dir, 'contacts/family-hub.en-XA.yaml', read(dir, 'contacts/family-hub.yaml'))
    expect(errors(dir)).toEqual(['contacts/family-hub.en-XA.yaml:1: (file name): looks like a translation, but contacts/ is in the default language only for now (docs/translating.md): delete it, or name it without a dot'])
  })

  it('has its default language\'s file', () => {
    const dir = council()
    write(dir, 'guides/nowhere.en-XA.md', '---\ntitle: Ñöŵĥéŕé\n---\n\nŢéẋţ.\n')
    expect(errors(dir)).toEqual(['guides/nowhere.en-XA.md:1: (file name): translates guides/nowhere.md, which does not exist: add the default language\'s file first, or correct this file\'s name'])
  })

  it('on a site in one language, is for no language it has', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-translations-'))
    temporary.push(dir)
    fs.cpSync(STARTER, dir, { recursive: true })
    write(dir, 'guides/getting-consent.cy.md', read(dir, 'guides/getting-consent.md'))
    expect(errors(dir)).toEqual([
      'guides/getting-consent.cy.md:1: (file name): is a translation into cy, which is not one of the site\'s languages (the site has no other language (site.yaml languages: en-GB)): add cy to languages in site.yaml, or rename or delete this file',
    ])
  })

  it('has its body checked as any page\'s is: a link to no page', () => {
    const dir = council()
    write(dir, 'guides/getting-consent.en-XA.md', pseudoTranslation('en-XA', DOCUMENT_KINDS.find((kind) => kind.folder === 'guides') ?? DOCUMENT_KINDS[0]!, read(dir, 'guides/getting-consent.md')) + '\n[Ţĥé ĥéļþ þáĝé](/no-such-page)\n')
    expect(errors(dir).join('\n')).toMatch(/^guides\/getting-consent\.en-XA\.md:\d+: \(body\): link \/no-such-page goes to a page the site does not have/)
  })
})
