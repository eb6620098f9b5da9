import { contentDirExcludeDefault, defineDocumentType, makeSource, type ComputedFields } from 'contentlayer2/source-files'
import { contentlayerFields } from './lib/content/contentlayer-fields'
import { MESSAGES_FOLDER } from './lib/i18n/site-languages'
import { DOCUMENT_KINDS, defaultLanguagePattern, translationPattern, translationType, type DocumentKind } from './lib/content/kinds'
import { readLogo, type LogoImage } from './lib/content/logo'
import { rehypePlugins } from './lib/markdown/rehype-plugins'

// Every field is declared once, as a zod schema in lib/content/schema.ts; contentlayer's field
// definitions are derived from it here, and the kinds of document are listed in lib/content/kinds.ts.

const contentDir = process.env.CONTENT_DIR ?? 'content'

// The logo travels inside the generated data as a data: address, so the built server never reads
// the content folder (the standalone output does not ship it). The content check reports a bad
// file; here a site without a usable logo gets '' and 0s, which lib/content reads as "no logo".
function logoOf(doc: Record<string, unknown>): LogoImage | undefined {
  const logo: unknown = doc.logo
  if (typeof logo !== 'object' || logo === null || !('file' in logo) || typeof logo.file !== 'string') return undefined
  const read = readLogo(contentDir, logo.file)
  return 'image' in read ? read.image : undefined
}

const siteComputedFields: ComputedFields = {
  logoSrc: { type: 'string', resolve: (doc) => logoOf(doc)?.src ?? '' },
  logoWidth: { type: 'number', resolve: (doc) => logoOf(doc)?.width ?? 0 },
  logoHeight: { type: 'number', resolve: (doc) => logoOf(doc)?.height ?? 0 },
}

const slugOf = (flattenedPath: string) => flattenedPath.split('/').pop() ?? flattenedPath

function documentType(kind: DocumentKind) {
  const { url } = kind
  return defineDocumentType(() => ({
    name: kind.type,
    filePathPattern: defaultLanguagePattern(kind),
    contentType: kind.contentType,
    isSingleton: kind.singleton ?? false,
    fields: contentlayerFields(kind.schema.shape),
    computedFields: kind.singleton
      ? siteComputedFields
      : {
          [kind.idField ?? 'slug']: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
          ...(url ? { url: { type: 'string', resolve: (doc) => url(slugOf(doc._raw.flattenedPath), doc) } } : {}),
        },
  }))
}

/**
 * A markdown kind's translations (services/stay-and-play.cy.md): their own type, so a translation
 * is never a document of the default language, with its body made HTML by the same markdown
 * plugins. Every field may be left out and is kept as written (json): the content check has
 * compared them with the default file's, and lib/content/in-language.ts takes only the text.
 */
function translationDocumentType(kind: DocumentKind) {
  return defineDocumentType(() => ({
    name: translationType(kind),
    filePathPattern: translationPattern(kind),
    contentType: 'markdown',
    fields: Object.fromEntries(Object.keys(kind.schema.shape).map((name) => [name, { type: 'json', required: false }])),
    computedFields: {
      slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath).split('.')[0] ?? '' },
      language: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath).split('.').slice(1).join('.') },
    },
  }))
}

export const documentTypes = [
  ...DOCUMENT_KINDS.map(documentType),
  ...DOCUMENT_KINDS.filter((kind) => kind.contentType === 'markdown').map(translationDocumentType),
]

export default makeSource({
  contentDirPath: contentDir,
  // A README for the folder's editors is not a page (the content check skips it too), and the
  // editors' word list (search/synonyms.yaml) is read by the search index build, not as a page;
  // the translators' catalogues (messages/) go into the site by lib/i18n/catalogue-files.ts.
  contentDirExclude: [...contentDirExcludeDefault, 'README.md', 'search', MESSAGES_FOLDER],
  documentTypes,
  disableImportAliasWarning: true,
  markdown: { rehypePlugins },
  // Contentlayer's default is to warn and drop the document: an editor would never notice.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
})
