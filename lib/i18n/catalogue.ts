import english from './messages/en.json'
import { PLACEHOLDER } from './placeholders'

export { fillPlaceholders } from './placeholders'

// The interface's words: one catalogue per language, each a flat JSON object from a key to a
// message. The English catalogue ships with the project and is the list of keys; a council's
// translators add others in its content folder (messages/<language>.json), checked against it by
// the content check (lib/content/checks/messages.ts). A message is text with {placeholders}, or,
// where it counts something, one text per plural category of the language (Intl.PluralRules:
// English has one and other, Welsh zero, one, two, few, many and other).
// Plain module: the content check and the scripts use it outside the site.

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
export type Message = string | PluralMessage
export type Catalogue = Record<string, Message>

export const ENGLISH: Catalogue = english
export type MessageKey = keyof typeof english

/** Keys whose English message counts something (an object of plural forms). */
export type PluralKey = { [K in MessageKey]: (typeof english)[K] extends string ? never : K }[MessageKey]
export type TextKey = Exclude<MessageKey, PluralKey>

/** The names of a message's placeholders, sorted: {count} and {name} -> ["count", "name"]. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort()
}

/** The plural categories a language's messages must give, in CLDR's order. */
export function pluralCategories(language: string): Intl.LDMLPluralRule[] {
  const order: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other']
  const used = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories)
  return order.filter((category) => used.has(category))
}

export function isPluralMessage(message: unknown): message is PluralMessage {
  return typeof message === 'object' && message !== null && 'other' in message && typeof message.other === 'string'
}
