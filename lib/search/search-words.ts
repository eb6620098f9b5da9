import { z } from 'zod'
import { processTerm } from './engine'

// The editors' word list (content/search/synonyms.yaml): more words that lead to each need,
// groups of words that mean the same thing, and things this site has no page about. Optional: a
// content folder without it searches with the content's own words. The content check validates
// it (lib/content/checks/search-words.ts); the index build reads it (searchWordsFrom).

export const SEARCH_WORDS_FILE = 'search/synonyms.yaml'

const phrase = z.string().nullable()
export const searchWordsSchema = z.strictObject({
  needs: z.record(z.string(), z.array(phrase).nullable()).nullable().optional(),
  sameMeaning: z.array(z.array(phrase).nullable()).nullable().optional(),
  noPage: z.array(phrase).nullable().optional(),
})

export type SearchWordsFile = z.infer<typeof searchWordsSchema>

/** The words the search matches a phrase by (stems, no stop words), joined: two phrases with the same key are the same to it. */
export function phraseKey(text: string): string {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap((word) => processTerm(word) ?? [])
    .join(' ')
}

const words = (list: readonly (string | null)[] | null | undefined) => (list ?? []).filter((item): item is string => typeof item === 'string' && item.trim() !== '')

export type EditorsWords = {
  /** Need slug -> more words that lead to it. */
  needWords: Map<string, string[]>
  sameMeaning: string[][]
  noPage: string[]
}

/** The usable entries of a parsed word list (the content check has already reported the rest). */
export function searchWordsFrom(data: unknown): EditorsWords {
  const parsed = searchWordsSchema.safeParse(data ?? {})
  const file = parsed.success ? parsed.data : {}
  return {
    needWords: new Map(Object.entries(file.needs ?? {}).map(([need, list]) => [need, words(list)])),
    sameMeaning: (file.sameMeaning ?? []).map(words).filter((group) => group.length >= 2),
    noPage: words(file.noPage),
  }
}
