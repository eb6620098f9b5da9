import { chromium } from '@playwright/test'
const [path, width, js, from, to] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: js === 'js' })
const page = await context.newPage()
await page.goto('http://127.0.0.1:3240' + path)
const height = await page.evaluate(() => document.documentElement.scrollHeight)
const name = path.replace(/[^a-z0-9]+/gi, '_')
let i = 0
for (let y = Number(from ?? 0); y < Math.min(height, Number(to ?? height)); y += 1000, i++) {
  await page.screenshot({ path: `/tmp/pages-shots/${name}-${width}-${i}.png`, clip: { x: 0, y, width: Number(width), height: Math.min(1000, height - y) }, fullPage: true })
}
console.log(height, i)
await browser.close()
