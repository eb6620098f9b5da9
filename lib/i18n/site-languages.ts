// The languages a site publishes in (site.yaml languages), the first being the default. Plain
// module: the content check, the scripts and the site all read it.

/** Without languages in site.yaml a site is in British English only, as every site was before. */
export const DEFAULT_LANGUAGES: readonly string[] = ['en-GB']

/** The folder in a content folder that holds the translators' catalogues: messages/cy.json. */
export const MESSAGES_FOLDER = 'messages'

export function siteLanguages(site: { languages?: readonly string[] }): readonly string[] {
  return site.languages && site.languages.length > 0 ? site.languages : DEFAULT_LANGUAGES
}

/** English is the project's own catalogue (lib/i18n/messages/en.json); every other language is the council's. */
export function usesProjectCatalogue(tag: string): boolean {
  return tag === 'en' || tag === 'en-GB'
}

/** The language of the page at `pathname` on a site in `languages` (the default first): "/cy/help" is cy, "/help" the default. */
export function languageOfPathIn(languages: readonly string[], pathname: string): string {
  const segment = pathname.split('/')[1] ?? ''
  return languages.slice(1).find((language) => languageSegment(language) === segment) ?? languages[0] ?? DEFAULT_LANGUAGES[0] ?? 'en-GB'
}

/** A language's part of an address: /cy/help, /ar-xb/help. Lower case, as every other address here. */
export function languageSegment(tag: string): string {
  return tag.toLowerCase()
}
