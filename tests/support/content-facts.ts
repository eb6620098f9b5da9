import fs from 'node:fs'
import path from 'node:path'

// The facts a plain-English rewrite must keep, read from a content file's whole text (front matter
// and body): phone numbers, postcodes, email and web addresses, links, numbers (ages, thresholds,
// counts, times) and bold terms. Words may change; none of these may go.

export type FactKind = 'phones' | 'postcodes' | 'emails' | 'links' | 'numbers' | 'bold' | 'names'
export type Facts = Record<FactKind, string[]>
export const FACT_KINDS: readonly FactKind[] = ['phones', 'postcodes', 'emails', 'links', 'numbers', 'bold', 'names']

const sorted = (values: Iterable<string>) => [...new Set(values)].sort()
const all = (text: string, pattern: RegExp, group = 0) => [...text.matchAll(pattern)].map((match) => (match[group] ?? '').replace(/\s+/g, ' ').trim())

/** `names`: the names of services, hubs, levels and contacts (see namesIn) that the text uses. */
export function factsOf(text: string, names: readonly string[] = []): Facts {
  const phones = all(text, /(?<![\d.])(?:0\d{2,4}|\+44 ?\d{2,4}) ?\d{3,4} ?\d{3,4}(?!\d|\.\d)|(?<![\d.])(?:999|111|116 ?\d{3})(?!\d|\.\d)/g)
  const digitsOfPhones = new Set(phones.flatMap((phone) => phone.split(' ')))
  return {
    phones: sorted(phones),
    postcodes: sorted(all(text, /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g)),
    emails: sorted(all(text, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)),
    links: sorted([...all(text, /\]\(([^)\s]+)\)/g, 1), ...all(text, /https?:\/\/[^\s)>\]"]+/g)]),
    numbers: sorted(all(text, /(?<![\w.:/-])\d+(?:[.,]\d+)?(?![\w/])/g).filter((number) => !digitsOfPhones.has(number))),
    bold: sorted(all(text, /\*\*([^*]+)\*\*/g, 1)),
    names: sorted(names.filter((name) => text.includes(name))),
  }
}

/** Every markdown file of Leeds and the starter, keyed by its path from the project root. */
export function contentFiles(root: string): string[] {
  const files: string[] = []
  for (const dir of ['content', 'examples/starter']) {
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (entry.endsWith('.md') && entry !== 'README.md') files.push(path.join(dir, entry))
    }
  }
  return files.sort()
}

/** The names of a council's services, hubs, levels of help and contacts (their `name:` or `title:`). */
export function namesIn(root: string): string[] {
  const names: string[] = []
  for (const dir of ['content', 'examples/starter']) {
    for (const kind of ['services', 'hubs', 'support-levels', 'contacts']) {
      const folder = path.join(root, dir, kind)
      if (!fs.existsSync(folder)) continue
      for (const file of fs.readdirSync(folder)) {
        const match = /^(?:name|title): *"?(.+?)"?$/m.exec(fs.readFileSync(path.join(folder, file), 'utf8'))
        if (match?.[1]) names.push(match[1])
      }
    }
  }
  return [...new Set(names)].sort()
}
