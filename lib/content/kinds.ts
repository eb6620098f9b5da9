import type { z } from 'zod'
import { contactSchema, guideSchema, hubSchema, needSchema, pageSchema, serviceSchema, siteSchema, supportLevelSchema, venueSchema } from './schema'

// Every kind of content document, once: where its files live, its schema and its web address.
// contentlayer.config.ts, the content check, `npm run content:docs` and `npm run new` read this list.

export type DocumentKind = {
  /** Contentlayer's type name (the generated `allHubs`, `Hub` ...). */
  type: string
  /** Folder under content/ (or the file, for a single file like site.yaml). */
  folder: string
  /** The kind in an editor's words, singular. */
  noun: string
  contentType: 'markdown' | 'data'
  singleton?: boolean
  schema: z.ZodObject
  /** The name of the computed field holding the file name without extension (default slug). */
  idField?: 'slug' | 'key'
  /** The field that names the document in lists, titles and the duplicate-title check. */
  titleField?: string
  /** The page that shows the document, from its file name (slug) and fields. */
  url?: (slug: string, data: Record<string, unknown>) => string
  /** What `npm run new` writes below the front matter. */
  bodyTemplate?: string
  /**
   * The fields a translation (a sibling file like stay-and-play.cy.md, lib/content/translations.ts)
   * gives in its own language; every other field is a fact, taken from the default language's file.
   * `sessions.note` is each session's note. Listed here, by kind, rather than derived from the
   * schema: the same zod text type holds a name and a key of another file, and an address line is
   * text that is still a fact (what a family types into a map, beside the postcode).
   */
  text?: readonly string[]
}

const KINDS = [
  {
    type: 'Hub',
    folder: 'hubs',
    noun: 'hub',
    contentType: 'markdown',
    schema: hubSchema,
    titleField: 'name',
    url: (slug) => `/family-hubs/${slug}`,
    text: ['name', 'summary', 'accessibilityNotes'],
    bodyTemplate: '## What the hub offers\n\nWrite what families can get at the hub.\n\n## How to get in touch\n\nSay how to call or visit.\n',
  },
  {
    type: 'Venue',
    folder: 'venues',
    noun: 'venue',
    contentType: 'markdown',
    schema: venueSchema,
    titleField: 'name',
    url: (slug) => `/venues/${slug}`,
    text: ['name', 'summary', 'accessibilityNotes'],
    bodyTemplate: '## Finding it\n\nSay how to get there and which door to use.\n',
  },
  {
    type: 'Service',
    folder: 'services',
    noun: 'service',
    contentType: 'markdown',
    schema: serviceSchema,
    titleField: 'name',
    url: (slug) => `/services/${slug}`,
    text: ['name', 'summary', 'sessions.note', 'cost.concessions', 'cost.note', 'cost.options.per'],
    bodyTemplate: '## What it is\n\nSay what the service does and who it helps.\n\n## How to get it\n\nSay how a family or a professional asks for it.\n',
  },
  {
    type: 'SupportLevel',
    folder: 'support-levels',
    noun: 'support level',
    contentType: 'markdown',
    schema: supportLevelSchema,
    url: (_slug, data) => `/early-help#level-${String(data.key)}`,
    text: ['name', 'whoFor', 'summary'],
    bodyTemplate: 'Say who this level of help is for and what it offers.\n',
  },
  {
    type: 'Guide',
    folder: 'guides',
    noun: 'guide',
    contentType: 'markdown',
    schema: guideSchema,
    titleField: 'title',
    url: (slug) => `/guides/${slug}`,
    text: ['title', 'summary'],
    bodyTemplate: '## What it is\n\nOne short paragraph.\n\n## Why it matters\n\nOne short paragraph.\n\n## What to do\n\n- The first step.\n\n## Who to contact\n\nName the contact and give the number.\n',
  },
  {
    type: 'Page',
    folder: 'pages',
    noun: 'page',
    contentType: 'markdown',
    schema: pageSchema,
    titleField: 'title',
    url: (slug) => `/${slug}`,
    text: ['title', 'description'],
    bodyTemplate: 'Write the page here. Use ## for headings.\n',
  },
  {
    type: 'Need',
    folder: 'needs',
    noun: 'need',
    contentType: 'markdown',
    schema: needSchema,
    titleField: 'name',
    url: (slug) => `/help/${slug}`,
    text: ['name', 'everydayWords', 'summary', 'whatToDoNow'],
    bodyTemplate: '## How a Family Hub can help\n\nSay, in short sentences, who helps and how.\n',
  },
  {
    type: 'Contact',
    folder: 'contacts',
    noun: 'contact',
    contentType: 'data',
    schema: contactSchema,
    idField: 'key',
  },
  {
    type: 'Site',
    folder: 'site.yaml',
    noun: 'site settings file',
    contentType: 'data',
    singleton: true,
    schema: siteSchema,
  },
] as const satisfies readonly DocumentKind[]

export type DocumentKindFolder = (typeof KINDS)[number]['folder']

export const DOCUMENT_KINDS: readonly DocumentKind[] = KINDS

/** The file name pattern, under content/, of each kind's documents. */
export function filePattern(kind: DocumentKind): string {
  if (kind.singleton) return kind.folder
  return `${kind.folder}/*.${kind.contentType === 'data' ? 'yaml' : 'md'}`
}

/** Contentlayer's pattern for a kind's documents in the default language: no dot in the file name, which translations have. */
export function defaultLanguagePattern(kind: DocumentKind): string {
  return kind.contentType === 'markdown' ? `${kind.folder}/!(*.*).md` : filePattern(kind)
}

/** The file name pattern of a markdown kind's translations: stay-and-play.cy.md. */
export function translationPattern(kind: DocumentKind): string {
  return `${kind.folder}/*.*.md`
}

/** Contentlayer's type name of a kind's translations: ServiceTranslation. */
export function translationType(kind: DocumentKind): string {
  return `${kind.type}Translation`
}

export function kindOfFolder(folder: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.folder === folder)
}
