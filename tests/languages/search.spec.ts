import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { parse } from 'yaml'

// Search in each language has its own index (scripts/build-search-index.ts): the documents'
// text in that language where translated, and in the default language, marked so, where not.
const council = process.env.CONTENT_DIR ?? '.test-council'

function nameIn(file: string): string {
  const data: unknown = parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(council, file), 'utf8'))?.[1] ?? '')
  const name: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, 'name') : undefined
  if (typeof name !== 'string') throw new Error(`${file} has no name`)
  return name
}

for (const [language, segment, direction] of [
  ['en-XA', '/en-xa', 'ltr'],
  ['ar-XB', '/ar-xb', 'rtl'],
] as const) {
  test(`${language}: results are the translated text, and a page not yet translated is marked English`, async ({ page }) => {
    await page.goto(`${segment}/search?q=stay+and+play`)
    const translated = page.locator('main ol h2 a', { hasText: nameIn(`services/stay-and-play.${language}.md`) })
    await expect(translated).toHaveAttribute('href', `${segment}/services/stay-and-play`)
    expect(await translated.getAttribute('lang')).toBeNull()

    // services/cook-and-eat has no translation: it is found by its English words, and says so.
    await page.goto(`${segment}/search?q=cook+and+eat`)
    const english = page.locator('main ol h2 a', { hasText: nameIn('services/cook-and-eat.md') })
    await expect(english).toHaveAttribute('href', `${segment}/services/cook-and-eat`)
    await expect(english).toHaveAttribute('lang', 'en')
    if (direction === 'rtl') await expect(english).toHaveAttribute('dir', 'ltr')
    // Its snippet too: the result's last paragraph.
    const result = page.locator('main ol li').filter({ has: page.locator('h2 a', { hasText: nameIn('services/cook-and-eat.md') }) })
    await expect(result.locator('p').last()).toHaveAttribute('lang', 'en')
  })
}

test('the default language’s search has only the default language’s text', async ({ page }) => {
  await page.goto('/search?q=stay+and+play')
  await expect(page.locator('main ol h2 a', { hasText: nameIn('services/stay-and-play.md') }).first()).toHaveAttribute('href', '/services/stay-and-play')
  await expect(page.locator('main ol h2 a[lang]')).toHaveCount(0)
  expect(await page.locator('main ol').innerText()).not.toMatch(/[áéíóúŕ\u202e]/)
})
