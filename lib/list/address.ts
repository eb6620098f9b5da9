// A list to take away lives only in its own address: /list?h=armley&s=family-hubs,safe-project.
// Nothing about it is stored, so this module reads and writes that address and nothing else.
//
// The keys: one short parameter per kind of item (h hubs, s services, n needs, g guides), each
// holding content slugs separated by commas. Slugs are the content's file names, the same in every
// build (they are the pages' own addresses too), so a list made last month still opens, with
// today's details. Commas keep a full list to four parameters and about 30 characters an item:
// 20 items fit well inside the server's 2,048 characters and 30 parameters, and a short address
// makes a smaller QR code and a shorter text message. The add form's checkboxes send one
// parameter per item (s=a&s=b), which is read the same way.

import type { Words } from '@/lib/i18n/words'

/** The list's page: not in the sitemap, never indexed or cached, but it takes feedback. */
export const LIST_PATH = '/list'

export const LIST_KINDS = ['hub', 'service', 'need', 'guide'] as const
export type ListKind = (typeof LIST_KINDS)[number]

/** The address's parameter for each kind: one letter, in the order the list shows the kinds. */
export const LIST_KEYS: Readonly<Record<ListKind, string>> = { hub: 'h', service: 's', need: 'n', guide: 'g' }

/** The most items a list holds: enough for a conversation, and one short address. */
export const MAX_LIST_ITEMS = 20

/** The longest note about a name the list did not know: the rest of it is left out. */
const MAX_SHOWN_NAME = 40
/** The most notes shown about one address: the rest are counted. */
const MAX_NOTES = 8

/** How the notes are written: the page's words, and what the council calls a hub with its article ("a Family Hub", site.yaml's terms). */
export type NoteWords = { words: Pick<Words, 't'>; aHub: string }

/** What a note calls each kind. */
const aKind = (kind: ListKind, { words, aHub }: NoteWords): string =>
  ({ hub: aHub, service: words.t('list.note.aService'), need: words.t('list.note.aNeed'), guide: words.t('list.note.aGuide') })[kind]

export type ListItemRef = { kind: ListKind; slug: string }

export type ParsedList = {
  /** The items on the list, hubs first, then services, needs and guides, each in address order. */
  items: ListItemRef[]
  /** What was left off or ignored, in words, one short sentence each. */
  notes: string[]
  /** How many distinct known items the address named, when that is more than MAX_LIST_ITEMS. */
  tooMany?: { named: number; leftOff: ListItemRef[] }
}

type QueryValue = string | string[] | undefined

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const shortened = (text: string) => (text.length > MAX_SHOWN_NAME ? `${text.slice(0, MAX_SHOWN_NAME)}…` : text)

/** The names a parameter holds: repeated parameters and commas both separate them. */
function namesIn(value: QueryValue): string[] {
  const values = typeof value === 'string' ? [value] : (value ?? [])
  return values.flatMap((part) => part.split(',')).map((name) => name.trim()).filter((name) => name !== '')
}

/**
 * Reads a list from the address's parameters. `exists` says whether content has an item of that
 * kind and slug; `said` writes the notes. Never throws: unknown and repeated names are dropped with a note, and a list
 * longer than MAX_LIST_ITEMS keeps its first items and says which were left off.
 */
export function parseList(params: Readonly<Record<string, QueryValue>>, exists: (item: ListItemRef) => boolean, said: NoteWords): ParsedList {
  const { t } = said.words
  const notes: string[] = []
  const found: ListItemRef[] = []
  const keys = new Set<string>(Object.values(LIST_KEYS))
  for (const name of Object.keys(params)) {
    if (!keys.has(name)) notes.push(t('list.note.ignored', { name: shortened(name) }))
  }
  for (const kind of LIST_KINDS) {
    const seen = new Set<string>()
    for (const slug of namesIn(params[LIST_KEYS[kind]])) {
      if (!SLUG.test(slug) || !exists({ kind, slug })) {
        notes.push(t('list.note.unknown', { name: shortened(slug), aKind: aKind(kind, said) }))
      } else if (seen.has(slug)) {
        notes.push(t('list.note.repeated', { name: shortened(slug) }))
      } else {
        seen.add(slug)
        found.push({ kind, slug })
      }
    }
  }
  // A name repeated three times would otherwise get the same note twice.
  const distinct = [...new Set(notes)]
  const shownNotes = distinct.length > MAX_NOTES ? [...distinct.slice(0, MAX_NOTES - 1), t('list.note.more', { count: distinct.length - MAX_NOTES + 1 })] : distinct
  if (found.length <= MAX_LIST_ITEMS) return { items: found, notes: shownNotes }
  return { items: found.slice(0, MAX_LIST_ITEMS), notes: shownNotes, tooMany: { named: found.length, leftOff: found.slice(MAX_LIST_ITEMS) } }
}

/** The query (without "?") for a list: one parameter per kind that has items, in kind order. */
export function listQuery(items: readonly ListItemRef[]): string {
  return LIST_KINDS.flatMap((kind) => {
    const slugs = items.filter((item) => item.kind === kind).map((item) => item.slug)
    // Slugs are small letters, digits and hyphens, and commas may stand in a query as they are.
    return slugs.length > 0 ? [`${LIST_KEYS[kind]}=${slugs.join(',')}`] : []
  }).join('&')
}

/** The list's path on this site: /list, or /list?… when it has items. */
export function listPath(items: readonly ListItemRef[]): string {
  const query = listQuery(items)
  return query ? `${LIST_PATH}?${query}` : LIST_PATH
}

/** The address of a new list holding one item, for the "Add to a list" link on its page. */
export function addToListPath(item: ListItemRef): string {
  return listPath([item])
}

/** The list without one item, for its "remove" link. */
export function withoutItem(items: readonly ListItemRef[], item: ListItemRef): ListItemRef[] {
  return items.filter((other) => other.kind !== item.kind || other.slug !== item.slug)
}
