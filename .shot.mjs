import { chromium } from '@playwright/test'
const [,, base, ...specs] = process.argv
const args = ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync']
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args })
for (const spec of specs) {
  const [path, size, js, full] = spec.split('|')
  const [w, h] = size.split('x').map(Number)
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, javaScriptEnabled: js !== 'nojs' })
  const page = await ctx.newPage()
  await page.goto(base + path)
  const name = `/tmp/search-shots/${path.replace(/[^a-z0-9]+/gi,'_')}-${w}-${js}.png`
  await page.screenshot({ path: name, fullPage: full === 'full' })
  console.log(name)
  await ctx.close()
}
await browser.close()
