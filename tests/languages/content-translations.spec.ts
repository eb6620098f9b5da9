import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'yaml'
import { createTranslator } from '../../lib/i18n/translator'
import { pseudoCatalogue } from '../../lib/i18n/pseudo'
import { languageName } from '../../lib/i18n/text-language'
import { expectNoAxeViolations } from '../e2e/helpers'

// The council's own text in each language (scripts/test-councils.sh): scripts/pseudo-locales.ts
// wrote an en-XA and an ar-XB translation beside most documents and left services/cook-and-eat
// and guides/getting-consent in English only, which the site then shows in English, marked so,
// under a line in the reader's language.
const council = process.env.CONTENT_DIR ?? '.test-council'

/** A field of a translation file the test council was given. */
function translated(file: string, field: string): string {
  const source = fs.readFileSync(path.join(council, file), 'utf8')
  const data: unknown = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '')
  const value: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, field) : undefined
  if (typeof value !== 'string') throw new Error(`${file} has no ${field}`)
  return value
}

const SEGMENT = { 'en-XA': '/en-xa', 'ar-XB': '/ar-xb' } as const
const LANGUAGES = ['en-XA', 'ar-XB'] as const

/** The phone numbers a page's main text gives. */
async function phoneNumbers(page: Page): Promise<string[]> {
  return [...(await page.locator('main').innerText()).matchAll(/0\d{2,4} \d{3} \d{4}/g)].map((match) => match[0]).sort()
}

for (const language of LANGUAGES) {
  const segment = SEGMENT[language]
  const words = createTranslator(language, pseudoCatalogue(language))

  test(`${language}: a translated service and guide show the translation's text, with the same phone numbers`, async ({ page }) => {
    for (const [file, field, address] of [
      ['services/stay-and-play', 'name', '/services/stay-and-play'],
      ['guides/asking-the-family-hub', 'title', '/guides/asking-the-family-hub'],
    ] as const) {
      await page.goto(address)
      const english = await phoneNumbers(page)
      await page.goto(`${segment}${address}`)
      const heading = page.locator('h1')
      await expect(heading).toHaveText(translated(`${file}.${language}.md`, field))
      // The text is in the page's language: nothing to mark, and no note.
      await expect(heading).not.toHaveAttribute('lang', /./)
      await expect(page.locator('[data-untranslated]')).toHaveCount(0)
      expect(await phoneNumbers(page), address).toEqual(english)
    }
    await expectNoAxeViolations(page)
  })

  test(`${language}: an untranslated service and guide are in English, marked lang="en", under a note in the reader's language`, async ({ page }) => {
    const note = words.t('content.notTranslated', { language: languageName(language, language), default: languageName('en', language) })
    for (const [address, title] of [
      ['/services/cook-and-eat', 'Cook and eat'],
      ['/guides/getting-consent', 'Getting consent'],
    ] as const) {
      await page.goto(`${segment}${address}`)
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await expect(page.locator('[data-untranslated]')).toHaveText(note)
      const heading = page.locator('h1')
      await expect(heading).toHaveText(new RegExp(`^${title}`, 'i'))
      await expect(heading).toHaveAttribute('lang', 'en')
      // English reads left to right inside a right-to-left page.
      if (language === 'ar-XB') await expect(heading).toHaveAttribute('dir', 'ltr')
      else await expect(heading).not.toHaveAttribute('dir', /./)
      // The body too: every paragraph of the council's text is inside an element marked English.
      const unmarked = await page.locator('main .prose p').evaluateAll((paragraphs) => paragraphs.filter((paragraph) => paragraph.closest('[lang]')?.getAttribute('lang') !== 'en').length)
      expect(unmarked, address).toBe(0)
      await expectNoAxeViolations(page)
    }
  })

  test(`${language}: a link in the council's text leads to the page in the same language`, async ({ page }) => {
    await page.goto(`${segment}/services/family-hub-service`)
    const link = page.locator('main .prose a[href$="/guides/asking-the-family-hub"]')
    await expect(link).toHaveAttribute('href', `${segment}/guides/asking-the-family-hub`)
    await link.click()
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await expect(page.locator('h1')).toHaveText(translated(`guides/asking-the-family-hub.${language}.md`, 'title'))
  })

  test(`${language}: the guides list names each guide in the language it is in`, async ({ page }) => {
    await page.goto(`${segment}/guides`)
    const translatedLink = page.locator(`main a[href="${segment}/guides/asking-the-family-hub"]`)
    await expect(translatedLink).toHaveText(translated(`guides/asking-the-family-hub.${language}.md`, 'title'))
    await expect(translatedLink).not.toHaveAttribute('lang', /./)
    const englishLink = page.locator(`main a[href="${segment}/guides/getting-consent"]`)
    await expect(englishLink).toHaveAttribute('lang', 'en')
  })
}

test('the default language is as before: English text, no note, nothing marked', async ({ page }) => {
  await page.goto('/services/stay-and-play')
  await expect(page.locator('h1')).toHaveText('Stay and play')
  await expect(page.locator('h1')).not.toHaveAttribute('lang', /./)
  await expect(page.locator('[data-untranslated]')).toHaveCount(0)
})
