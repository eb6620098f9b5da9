import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem, runContentCheck } from '@/lib/content/check'
import { checkCatalogue } from '@/lib/content/checks/messages'
import { Problems } from '@/lib/content/checks/problem'
import { ENGLISH, isPluralMessage, pluralCategories, type Catalogue, type PluralMessage } from '@/lib/i18n/catalogue'
import { pseudoCatalogue } from '@/lib/i18n/pseudo'
import { createTranslator } from '@/lib/i18n/translator'

const ROOT = path.resolve(import.meta.dirname, '../..')
const STARTER = path.join(ROOT, 'examples/starter')

const temporary: string[] = []
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A stand-in Welsh catalogue: every key, each plural message with Welsh's six forms. Not Welsh: a test's words. */
function welshLike(): Catalogue {
  const forms = (message: PluralMessage): PluralMessage => {
    const all: PluralMessage = { other: `cy ${message.other}` }
    for (const category of pluralCategories('cy')) if (category !== 'other') all[category] = `cy ${category} ${message.other}`
    return all
  }
  return Object.fromEntries(Object.entries(ENGLISH).map(([key, message]) => [key, isPluralMessage(message) ? forms(message) : `cy ${message}`]))
}

function without(catalogue: Catalogue, key: string): Catalogue {
  return Object.fromEntries(Object.entries(catalogue).filter(([name]) => name !== key))
}

function problemsOf(catalogue: Catalogue, language = 'cy'): string[] {
  const problems = new Problems()
  checkCatalogue('messages/cy.json', language, `${JSON.stringify(catalogue, null, 2)}\n`, problems)
  return problems.list.map(formatProblem)
}

/** The starter council with site.yaml languages and the given catalogues, checked in full. */
function starterWith(languages: string, catalogues: Record<string, Catalogue>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'messages-check-'))
  temporary.push(dir)
  fs.cpSync(STARTER, dir, { recursive: true })
  fs.appendFileSync(path.join(dir, 'site.yaml'), `languages: ${languages}\n`)
  for (const [language, catalogue] of Object.entries(catalogues)) {
    fs.mkdirSync(path.join(dir, 'messages'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'messages', `${language}.json`), JSON.stringify(catalogue, null, 2))
  }
  return runContentCheck(dir, { today: '2026-11-23' })
    .errors.map(formatProblem)
    .map((line) => line.replace(`${dir}/`, ''))
}

describe('a translated catalogue', () => {
  it('passes when it has every key, the same placeholders and every Welsh plural form', () => {
    expect(problemsOf(welshLike())).toEqual([])
  })

  it('names the file, the key and the fix for a missing key', () => {
    expect(problemsOf(without(welshLike(), 'nav.home'))).toEqual([
      'messages/cy.json:1: nav.home: is missing: add "nav.home": with the Welsh for "Home" (every key in lib/i18n/messages/en.json needs one)',
    ])
  })

  it('names the line of a key the site does not use, with the key it may have meant', () => {
    const catalogue = { ...welshLike(), 'nav.hom': 'Hafan' }
    const lines = `${JSON.stringify(catalogue, null, 2)}`.split('\n')
    const line = lines.findIndex((text) => text.includes('"nav.hom"')) + 1
    expect(problemsOf(catalogue)).toEqual([`messages/cy.json:${line}: nav.hom: is not a key the site uses: delete it, or correct its name. Did you mean "nav.home"?`])
  })

  it('asks for each plural form Welsh has that a message lacks', () => {
    const catalogue = { ...welshLike(), 'feedback.upTo': { one: 'un {count}', other: '{count} arall' } }
    const [problem] = problemsOf(catalogue)
    expect(problem).toMatch(/^messages\/cy\.json:\d+: feedback\.upTo: has no "zero", "two", "few" and "many" form: Welsh needs zero, one, two, few, many and other \(Intl\.PluralRules\), so add them/)
  })

  it('refuses a plural form the language does not use', () => {
    const catalogue = { ...welshLike(), 'feedback.upTo': { zero: '{count}', one: '{count}', two: '{count}', few: '{count}', many: '{count}', other: '{count}' } }
    expect(problemsOf(catalogue, 'pl').filter((problem) => problem.includes('feedback.upTo'))).toEqual([expect.stringMatching(/feedback\.upTo\.zero: is not a plural form Polish uses: delete it \(Polish has one, few, many and other\)$/), expect.stringMatching(/feedback\.upTo\.two: is not a plural form Polish uses/)])
  })

  it('keeps the placeholders the site fills in, and only those', () => {
    const catalogue = { ...welshLike(), 'footer.aboutHubs': 'Ynglŷn â {hybiau}' }
    expect(problemsOf(catalogue)).toEqual([
      expect.stringMatching(/footer\.aboutHubs: leaves out \{hubs\}: the site puts a value there, so keep it as written, untranslated/),
      expect.stringMatching(/footer\.aboutHubs: has \{hybiau\}, which the site does not fill in: use only \{hubs\}, as written in English$/),
    ])
  })

  it('says where a file is not JSON', () => {
    const problems = new Problems()
    checkCatalogue('messages/cy.json', 'cy', '{\n  "nav.home": "Hafan"\n  "nav.help": "Help"\n}\n', problems)
    expect(problems.list.map(formatProblem)).toEqual([expect.stringMatching(/^messages\/cy\.json:3: \(file\): is not valid JSON/)])
  })

  it('lets the pseudo-locales through, so a test council can use them', () => {
    expect(problemsOf(pseudoCatalogue('en-XA'), 'en-XA')).toEqual([])
    expect(problemsOf(pseudoCatalogue('ar-XB'), 'ar-XB')).toEqual([])
  })
})

describe('the languages in site.yaml', () => {
  it('need a catalogue each, except the English the project gives', () => {
    const errors = starterWith('[en-GB, cy]', {})
    expect(errors).toEqual([expect.stringMatching(/^site\.yaml:\d+: languages: lists cy, which has no interface words: add messages\/cy\.json to the content folder/)])
  })

  it('check the catalogues there are, and refuse one for a language the site does not list', () => {
    expect(starterWith('[en-GB, cy]', { cy: without(welshLike(), 'nav.home'), pl: welshLike() })).toEqual([
      'messages/cy.json:1: nav.home: is missing: add "nav.home": with the Welsh for "Home" (every key in lib/i18n/messages/en.json needs one)',
      'messages/pl.json:1: (file): is for pl, which is not one of the site\'s languages (en-GB and cy): add pl to languages: in site.yaml, or rename or delete the file',
    ])
  })

  it('must be language tags, each once', () => {
    const errors = starterWith('[en-GB, Welsh, cy, cy]', { cy: welshLike() })
    expect(errors).toEqual([
      expect.stringMatching(/^site\.yaml:\d+: languages\[1\]: is not a language tag: use the language's two-letter code/),
      expect.stringMatching(/^site\.yaml:\d+: languages\[3\]: lists cy twice: keep one$/),
    ])
  })
})

describe('the words in a language', () => {
  it('choose Welsh plural forms by Intl.PluralRules', () => {
    const cy = createTranslator('cy', welshLike())
    expect([0, 1, 2, 3, 6, 4, 1200].map((count) => cy.plural('feedback.upTo', count))).toEqual([
      'cy zero You can enter up to 0 characters',
      'cy one You can enter up to 1 characters',
      'cy two You can enter up to 2 characters',
      'cy few You can enter up to 3 characters',
      'cy many You can enter up to 6 characters',
      'cy You can enter up to 4 characters',
      'cy You can enter up to 1,200 characters',
    ])
  })

  it('write numbers and dates in the language', () => {
    const ar = createTranslator('ar-EG', {})
    expect(ar.plural('feedback.upTo', 1200)).toBe('You can enter up to ١٬٢٠٠ characters')
    expect(createTranslator('cy', {}).date(new Date('2026-12-07T12:00:00Z'), { weekday: 'long', timeZone: 'Europe/London' })).toBe('Dydd Llun')
  })

  it('fall back to English for a key a catalogue lacks, and fill placeholders', () => {
    expect(createTranslator('cy', {}).t('footer.aboutHubs', { hubs: 'Family Hubs' })).toBe('About Family Hubs')
  })
})
