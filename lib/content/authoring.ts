import { SEARCH_WORDS_FILE } from '../search/search-words'
import { stringify } from 'yaml'
import { z } from 'zod'
import { metaOf, type FieldFormat } from './field-meta'
import { OFCOM_DRAMA_RANGES } from './formats'
import { IMAGES_FOLDER } from './images'
import { REQUIRED_PAGES, REQUIRED_PAGE_USES, requiredPageLike } from './site-pages'
import { RULES_ACROSS_FILES } from './checks/rules'
import { TRANSLATION_RULES } from './checks/translations'
import { WARNINGS } from './checks/severity'
import { builtInAddressesSection } from './site-addresses'
import { DOCUMENT_KINDS, filePattern, type DocumentKind } from './kinds'

// What editors are told about the fields: the rows of docs/content-guide.md and the templates
// `npm run new` writes, both derived from the zod schemas (lib/content/schema.ts).

export type FieldRow = { name: string; required: boolean; format: string; example: string; description: string }

const FORMATS: Record<FieldFormat, string> = {
  date: 'date, YYYY-MM-DD',
  dates: 'list of dates, YYYY-MM-DD',
  colour: 'colour, # and six hexadecimal digits, in quotes',
  time: 'time, HH:MM (24-hour clock)',
  phone: 'UK phone number, digits and spaces',
  email: 'email address',
  postcode: 'full UK postcode, capitals and one space',
  url: 'web address starting https://',
  age: 'whole number of years, 0 to 25',
  decimal: 'number with a decimal point',
  'whole-number': 'whole number',
  'contact-keys': 'list of contact keys (file names in contacts/)',
  'contact-key': 'contact key (a file name in contacts/)',
  'service-keys': 'list of service file names (in services/)',
  'guide-key': 'guide file name (in guides/)',
  'area-key': 'area key (a key under areas: in site.yaml)',
  'area-keys': 'list of area keys (citywide, or keys under areas: in site.yaml)',
  'role-keys': 'list of role keys (keys under roles: in site.yaml)',
  'level-key': 'level key (the key: of a file in support-levels/)',
  path: 'address on this site, starting /',
  'venue-key': 'hub or venue file name (in hubs/ or venues/)',
  'venue-keys': 'list of hub or venue file names (in hubs/ or venues/)',
  'language-codes': 'list of ISO 639-1 language codes, like pl or ur',
  'language-tags': 'list of language tags (BCP 47), like en-GB or cy',
}

/** The CLI name of a kind: `npm run new -- support-level "Name"`. */
export function kindName(kind: DocumentKind): string {
  return kind.noun.replace(/ /g, '-')
}

export const CREATABLE_KINDS: readonly DocumentKind[] = DOCUMENT_KINDS.filter((kind) => !kind.singleton)

function unwrap(schema: z.core.$ZodType): { inner: z.core.$ZodType; required: boolean } {
  return schema instanceof z.ZodOptional ? { inner: schema.unwrap(), required: false } : { inner: schema, required: true }
}

function describeType(schema: z.core.$ZodType, format: FieldFormat | undefined): string {
  if (format) return FORMATS[format]
  if (schema instanceof z.ZodEnum) return `one of: ${schema.options.map(String).join(', ')}`
  if (schema instanceof z.ZodArray) return `list of ${describeType(schema.element, metaOf(schema.element)?.format).replace(/^one of/, 'each one of')}`
  if (schema instanceof z.ZodNumber) return 'number'
  if (schema instanceof z.ZodBoolean) return 'true or false'
  if (schema instanceof z.ZodObject) return 'group of the fields below'
  return 'text'
}

function inlineExample(value: unknown): string {
  if (value === undefined) return ''
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim()
}

export function fieldRows(shape: Record<string, z.core.$ZodType>, prefix = ''): FieldRow[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    const { inner, required } = unwrap(schema)
    const meta = metaOf(schema) ?? metaOf(inner)
    const row: FieldRow = {
      name: `${prefix}${name}`,
      required,
      format: describeType(inner, meta?.format),
      example: inlineExample(meta?.example),
      description: meta?.description ?? '',
    }
    const element = inner instanceof z.ZodArray ? inner.element : inner
    const nested = element instanceof z.ZodObject ? fieldRows(element.shape, `${prefix}${name}${inner instanceof z.ZodArray ? '[]' : ''}.`) : []
    return [row, ...nested]
  })
}

/** The field's schema at a path of the front matter (list entries and groups included), if the schema has one there. */
export function fieldAt(schema: z.core.$ZodType, segments: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema
  for (const segment of segments) {
    const inner: z.core.$ZodType | undefined = current === undefined ? undefined : unwrap(current).inner
    if (typeof segment === 'number' && inner instanceof z.ZodArray) current = inner.element
    else if (typeof segment === 'string' && inner instanceof z.ZodObject) current = inner.shape[segment]
    else return undefined
  }
  return current
}

/** What to write in a field left empty, from its example and format: "write it like 2026-11-20 (date, YYYY-MM-DD)". */
export function whatToWrite(schema: z.core.$ZodType): string | undefined {
  const { inner } = unwrap(schema)
  const meta = metaOf(schema) ?? metaOf(inner)
  if (meta?.example === undefined) return undefined
  const example = typeof meta.example === 'string' && /\s/.test(meta.example) ? JSON.stringify(meta.example) : inlineExample(meta.example).replace(/\n/g, ' ')
  const format = describeType(inner, meta.format)
  return `write it like ${example}${format === 'text' ? '' : ` (${format})`}`
}

export function slugFor(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** The YAML lines of a new document: every field, required ones empty to fill in, optional ones commented out. */
export function frontMatterTemplate(kind: DocumentKind, name: string): string {
  const lines: string[] = []
  for (const [field, schema] of Object.entries(kind.schema.shape)) {
    const { required } = unwrap(schema)
    const meta = metaOf(schema) ?? metaOf(unwrap(schema).inner)
    const description = meta?.description ?? ''
    const isTitle = field === kind.titleField || (kind.titleField === undefined && field === 'name')
    const example = meta?.example === undefined ? '' : ` Example: ${inlineExample(meta.example).replace(/\n/g, ' ')}`
    lines.push(`# ${description}${example}${required ? '' : ' (optional: remove the # to use it)'}`)
    if (isTitle && required) lines.push(`${field}: ${JSON.stringify(name)}`)
    else lines.push(`${required ? '' : '# '}${field}:`)
  }
  return `${lines.join('\n')}\n`
}

export function documentTemplate(kind: DocumentKind, name: string): string {
  const fields = frontMatterTemplate(kind, name)
  if (kind.contentType === 'data') return fields
  return `---\n${fields}---\n\n${kind.bodyTemplate ?? 'Write the text here.\n'}`
}

export function newDocumentPath(kind: DocumentKind, name: string): string {
  return `${kind.folder}/${slugFor(name)}.${kind.contentType === 'data' ? 'yaml' : 'md'}`
}

/**
 * What `npm run new -- page` tells the editor besides where it wrote the file: a page of one's own
 * is shown at its address but linked from nowhere yet, and a name like a page the site already
 * has ("Accessibility statement") most likely meant that page.
 */
export function newPageNotes(slug: string, name: string): string[] {
  const notes = [`The page will be at /${slug}. No menu or footer links to it: link to it from another page, like [${name}](/${slug}).`]
  const like = requiredPageLike(slug)
  if (like) {
    notes.push(`Did you mean pages/${like}.md? It is ${REQUIRED_PAGE_USES[like]}. To change that page, delete the new file and edit pages/${like}.md instead.`)
  }
  return notes
}

/** What the guide says about warnings, from the list the check reports them by (checks/severity.ts). */
function warningsText(): string {
  const when = { strict: ' (an error with `--strict`)', 'strict-or-ci': ' (an error with `--strict` and in CI, where `CI=true`)', never: '' } as const
  const rules = Object.values(WARNINGS).map((rule) => `  - ${rule.what}${when[rule.errorWhen]}`)
  return ['- Only these are warnings, which do not stop the build:', ...rules, '- Everything else the check finds is an error and stops the build, such as two pages with the same title.'].join('\n')
}

function requiredPagesSection(): string {
  const rows = REQUIRED_PAGES.map((slug) => `| \`pages/${slug}.md\` | ${REQUIRED_PAGE_USES[slug]} |`)
  return `## The pages every site has

The site shows these pages itself, so every content folder has them: change their text and
fields, but keep the file names. The check stops the build if one is missing.

| File | Where the site shows it |
| --- | --- |
${rows.join('\n')}

Any other file in \`pages/\` is a page of your own, at \`/\` and its file name
(\`pages/fostering.md\` is \`/fostering\`). Nothing links to it until you do: add a link to it
from another page. \`npm run new -- page "Its name"\` says its address, and says so if the name
looks like one of the pages above (an "Accessibility statement" is \`pages/accessibility.md\`).
A page cannot take a name the site already uses for an address of its own, like \`search\` or
\`list\`: the check and \`npm run new\` say so.
`
}

function table(rows: FieldRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  return [
    '| Field | Required | Format | Example | What it is for |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| \`${row.name}\` | ${row.required ? 'yes' : 'no'} | ${cell(row.format)} | ${row.example ? `\`${cell(row.example)}\`` : ''} | ${cell(row.description)} |`),
  ].join('\n')
}

function renaming(kind: DocumentKind): string {
  // A level is named by its key: field (services' level:), and its address comes from that key too.
  if (kind.folder === 'support-levels') return 'Services name a level by its `key`, not by its file name: to change the key, also change every service that names it (the check lists them).'
  return `The file name is ${kind.url ? 'the web address and ' : ''}the key other files use: to rename it, also change every file that refers to it (the check lists them).`
}

function steps(kind: DocumentKind): string {
  const where = filePattern(kind)
  if (kind.singleton) {
    return [
      `1. Open \`content/${where}\`.`,
      '2. Change the value after the field name. Keep the field names as they are.',
      '3. Save. `npm run dev` checks the file at once; or run `npm run content:check`.',
    ].join('\n')
  }
  const page = kind.url ? ` The page is at \`${kind.url('<file-name>', {}).replace(/#.*$/, '')}\`.` : ''
  return [
    `**Add one:** run \`npm run new -- ${kindName(kind)} "Its name"\`. It writes \`content/${kind.folder}/<file-name>.${kind.contentType === 'data' ? 'yaml' : 'md'}\` with every field, each with a line that says what it is for and an example.`,
    '',
    '1. Fill in every empty field. Remove the `#` in front of an optional field to use it, or leave it as it is.',
    kind.contentType === 'markdown' ? '2. Write the text below the second `---` line. Use `##` for headings, `[words that say where the link goes](/address)` for links, and plain phone numbers (they become links by themselves).' : '2. Save the file.',
    '3. Run `npm run content:check` (or keep `npm run dev` running): every problem is listed as `file:line: field: message` with what to do.',
    `4. Commit the file. The build checks it again and stops if something is wrong.${page}`,
    '',
    `**Change one:** edit the file in \`content/${kind.folder}/\`${'lastReviewed' in kind.schema.shape ? ", then set `lastReviewed` to today's date" : ''}. ${renaming(kind)}`,
  ].join('\n')
}

const SEARCH_WORDS_SECTION = `## The search's word list (\`content/${SEARCH_WORDS_FILE}\`)

Search finds pages by the words in them, in any word form ("argue", "arguing" and "argued" are
one word to it), with typos and the start of a word. Families often type a word no page uses:
the condition a child has ("autism") rather than "SEND", a feeling rather than "mental health".
This file teaches search those words, with no code. It is optional: without it, search uses the
pages' own words and each need's \`everydayWords\`.

\`\`\`yaml
needs:
  send:            # the file name of a need in needs/, without .md
    - autism       # a search naming any of these puts that need first
    - ADHD
sameMeaning:
  - [FIS, Family Information Service]   # each group: words that mean the same thing
noPage:
  - council tax    # things this site has no page about: the search says so and gives the
                   # numbers to call, instead of a page that only shares a word
\`\`\`

- Add a word when people search for it and get nothing, or the wrong page first.
- One word or phrase per line. Write it as people type it; capitals do not matter.
- A single word used by more than one group (in any of their phrases: "parent" in "being a
  parent" and in "parental conflict") brings in its group only when it is the whole search:
  "parent" alone finds the parenting pages, but "parental conflict" is not also read as "mum"
  and "dad". Give the group a phrase if a longer search should reach it.
- The check stops the build, naming the line, for a need that does not exist, an empty line, a
  group with only one word, a line made only of words search ignores ("the", "my"), and a word
  listed twice. Words that search reads as the same ("separated" and "separation") count as
  listed twice, and so does a word already in the need's \`everydayWords\`.
- \`npm run bench:search-quality\` shows how often search puts the right page first for the
  queries in \`tests/search/relevance.yaml\`; check it after a change.
`

/** Which numbers a demonstration site shows: Ofcom's drama ranges, from the list the check accepts them by. */
function demonstrationNumbers(): string {
  const ranges = OFCOM_DRAMA_RANGES.map(({ first, last, use }) => `| ${use} | \`${first}\` to \`${last}\` |`)
  return `### Phone numbers

A demonstration or test site must not show a number that rings someone. Use Ofcom's numbers
for drama: they will never be given to anyone, and the check accepts them like real ones.
(Any other number must be a real UK number: the check knows which numbers exist.)

| For | Numbers |
| --- | --- |
${ranges.join('\n')}
`
}

export function renderContentGuide(): string {
  const sections = DOCUMENT_KINDS.map((kind) => {
    const title = kind.singleton ? `Site settings (\`content/${kind.folder}\`)` : `${kind.noun.charAt(0).toUpperCase()}${kind.noun.slice(1)}s (\`content/${filePattern(kind)}\`)`
    return `## ${title}\n\n${steps(kind)}\n\n### Fields\n\n${table(fieldRows(kind.schema.shape))}\n`
  })
  return `<!-- Written by \`npm run content:docs\` from lib/content/schema.ts: do not edit by hand. -->

# Content guide

The site is built from the files in \`content/\`. Each folder holds one kind of document. The
lines between the two \`---\` lines at the top of a markdown file are its **fields**; the rest is
the text of the page. A mistake stops the build with a line like

\`\`\`
content/hubs/armley.md:9: postcode: is not a full UK postcode: use capitals and one space, like SW1A 1AA
\`\`\`

naming the file, the line, the field and the fix.

## Checking your work

- \`npm run dev\` checks every file each time you save and shows the problems in the browser
  instead of the page until they are fixed.
- \`npm run content:check\` lists every problem at once, then warnings, then the reading age of
  each page.
${warningsText()}
- Text in a field that contains a colon (\`:\`) must be in double quotes:
  \`summary: "Note: this is how"\`.
- Dates are written year-month-day: \`2026-11-23\`.
- Links inside the site start with \`/\` and must go to a page the site has. Images go in the
  content folder's \`${IMAGES_FOLDER}/\` folder (\`content/${IMAGES_FOLDER}/hub.jpg\`, or the same in your own
  folder) and need a description: \`![A family at the hub](/${IMAGES_FOLDER}/hub.jpg)\`. The build copies
  them to \`public/${IMAGES_FOLDER}/\`, which is not kept in git: do not put images there yourself.
- Write plain English: short sentences and everyday words. The check warns when a page's
  estimated reading age is above \`readingAge\` in \`content/site.yaml\` (family pages aim for about 9).
- No HTML: write markdown instead.

${requiredPagesSection()}
## Rules across files

The check also compares files with each other. A mistake is reported once, in the file that has
it, even when other files refer to that file.

${RULES_ACROSS_FILES.map((rule) => `- ${rule}`).join('\n')}

## Translations

A site in more than one language (\`languages\` in \`site.yaml\`) has each document's translation in
a file beside it, named with the language: \`services/stay-and-play.cy.md\`. Only text translates;
the facts come from the default language's file. [docs/translating.md](translating.md) tells
translators what to do. The contacts and \`site.yaml\` stay in the default language for now.

${TRANSLATION_RULES.map((rule) => `- ${rule}`).join('\n')}

${builtInAddressesSection()}
${sections.join('\n')}
${SEARCH_WORDS_SECTION}
## A demonstration site

A site for a council that does not exist (a demonstration, a test copy) sets \`exampleNotice\`
in \`site.yaml\`, so every page says so, and uses facts that reach no one.

${demonstrationNumbers()}
### Postcodes

Use GOV.UK's example postcodes, \`SW1A 1AA\` and \`SW1A 2AA\`, or other postcodes of one real
place. They are real, so the postcode search can place them: the postcode service
(postcodes.io, or your own copy at \`POSTCODES_API_URL\`) says which local authority district
each is in, and the search only answers for the districts in \`postcodeDistricts\`. A made-up
postcode passes the check if it is written like one, but the search cannot find it.

- For the GOV.UK examples, set \`postcodeDistricts: [Westminster]\` and give your hubs and venues
  positions near them (SW1A 1AA is at about \`latitude: 51.501\`, \`longitude: -0.1416\`).
  People then search with SW1A 1AA, SW1A 2AA or the first half, SW1A.
- Or run a postcodes.io-compatible stand-in of your own on your machine, answering for your
  made-up postcodes with your own district name, and start the site with
  \`POSTCODES_API_URL\` set to its address. The tests do this (\`tests/support/postcodes-stand-in.ts\`).
`
}
