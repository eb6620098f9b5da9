import type { z } from 'zod'
import { loadDocuments } from '@/lib/content/checks/load'
import { Problems } from '@/lib/content/checks/problem'
import { DOCUMENT_KINDS } from '@/lib/content/kinds'
import { contactSchema, hubSchema, needSchema, serviceSchema, siteSchema, supportLevelSchema, venueSchema } from '@/lib/content/schema'
import type { FeedContent } from './content-input'

// Any content folder as the feed's input, read the way the content check reads it: for tests
// over a second council's content, the import bench and the importer's round trip. The site
// itself reads its content through contentlayer (lib/openreferral/feed.ts).

export class ContentFolderError extends Error {}

export function readContentFolder(contentDir: string): FeedContent {
  const problems = new Problems()
  const documents = loadDocuments(contentDir, problems)
  const errors = problems.list.filter((problem) => problem.severity === 'error')
  if (errors.length > 0) throw new ContentFolderError(errors.map((problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`).join('\n'))

  const of = <S extends z.ZodType>(folder: string, schema: S) =>
    documents
      .filter((document) => document.kind.folder === folder)
      .map((document) => {
        const kind = DOCUMENT_KINDS.find((candidate) => candidate.folder === folder)
        const data: z.output<S> = schema.parse(document.data)
        return { data, slug: document.slug, url: kind?.url?.(document.slug, document.data) ?? '', body: { raw: document.body } }
      })

  const siteDocument = documents.find((document) => document.kind.folder === 'site.yaml')
  if (!siteDocument) throw new ContentFolderError(`${contentDir}/site.yaml is missing`)
  return {
    site: siteSchema.parse(siteDocument.data),
    services: of('services', serviceSchema).map(({ data, ...document }) => ({ ...data, ...document })),
    hubs: of('hubs', hubSchema).map(({ data, ...document }) => ({ ...data, ...document })),
    venues: of('venues', venueSchema).map(({ data, slug }) => ({ ...data, slug })),
    contacts: of('contacts', contactSchema).map(({ data, slug }) => ({ ...data, key: slug })),
    needs: of('needs', needSchema).map(({ data, slug, url }) => ({ ...data, slug, url })),
    supportLevels: of('support-levels', supportLevelSchema).map(({ data, url }) => ({ ...data, url })),
  }
}
