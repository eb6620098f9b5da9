import { contentDirExcludeDefault, defineDocumentType, makeSource } from 'contentlayer2/source-files'
import { contentlayerFields } from './lib/content/contentlayer-fields'
import { DOCUMENT_KINDS, filePattern, type DocumentKind } from './lib/content/kinds'
import { rehypePlugins } from './lib/markdown/rehype-plugins'

// Every field is declared once, as a zod schema in lib/content/schema.ts; contentlayer's field
// definitions are derived from it here, and the kinds of document are listed in lib/content/kinds.ts.

const slugOf = (flattenedPath: string) => flattenedPath.split('/').pop() ?? flattenedPath

function documentType(kind: DocumentKind) {
  const { url } = kind
  return defineDocumentType(() => ({
    name: kind.type,
    filePathPattern: filePattern(kind),
    contentType: kind.contentType,
    isSingleton: kind.singleton ?? false,
    fields: contentlayerFields(kind.schema.shape),
    computedFields: kind.singleton
      ? {}
      : {
          [kind.idField ?? 'slug']: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
          ...(url ? { url: { type: 'string', resolve: (doc) => url(slugOf(doc._raw.flattenedPath), doc) } } : {}),
        },
  }))
}

export const documentTypes = DOCUMENT_KINDS.map(documentType)

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  documentTypes,
  // The editors' word list (search/synonyms.yaml) is read by the search index build, not as a page.
  contentDirExclude: [...contentDirExcludeDefault, 'search'],
  disableImportAliasWarning: true,
  markdown: { rehypePlugins },
  // Contentlayer's default is to warn and drop the document: an editor would never notice.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
})
