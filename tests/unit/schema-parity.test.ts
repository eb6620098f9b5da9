import { describe, expect, it } from 'vitest'
import { Guide, Hub, Page, Service, Site, SupportLevel } from '@/contentlayer.config'
import { guideSchema, hubSchema, pageSchema, serviceSchema, siteSchema, supportLevelSchema } from '@/lib/content/schema'

// The editor-facing zod schemas and contentlayer's field list describe the same front matter;
// a field added to one and not the other would either be rejected or silently dropped.
const PAIRS = [
  ['Hub', Hub, hubSchema],
  ['Service', Service, serviceSchema],
  ['SupportLevel', SupportLevel, supportLevelSchema],
  ['Guide', Guide, guideSchema],
  ['Page', Page, pageSchema],
  ['Site', Site, siteSchema],
] as const

describe('contentlayer fields and zod schemas', () => {
  it.each(PAIRS)('%s has the same fields, required the same way', (_name, documentType, schema) => {
    const fields = documentType.def().fields ?? {}
    const contentlayer = Object.entries(fields)
      .map(([key, field]) => `${key}${field.required ? '' : '?'}`)
      .sort()
    const zod = Object.entries(schema.shape)
      .map(([key, field]) => `${key}${field.safeParse(undefined).success ? '?' : ''}`)
      .sort()
    expect(zod).toEqual(contentlayer)
  })
})
