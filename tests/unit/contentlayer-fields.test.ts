import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { documentTypes } from '@/contentlayer.config'
import { contentlayerFields } from '@/lib/content/contentlayer-fields'
import { describe as describeField } from '@/lib/content/field-meta'
import { DOCUMENT_KINDS } from '@/lib/content/kinds'

// Fields are declared once, in zod: contentlayer must receive exactly the same fields, with the
// same optionality, or it would reject valid content or silently drop a field.
describe('contentlayer fields derived from the zod schemas', () => {
  it('turns each kind of zod field into the contentlayer field that holds it', () => {
    const fields = contentlayerFields({
      name: z.string().min(1),
      note: z.string().optional(),
      count: z.number(),
      open: z.boolean(),
      colour: z.enum(['red', 'blue']),
      tags: z.array(z.enum(['a', 'b'])),
      reviewed: describeField(z.string(), { description: 'When', example: '2026-01-01', format: 'date' }),
      times: z.array(describeField(z.strictObject({ day: z.string() }), { description: 'x', example: undefined, typeName: 'Time' })),
    })
    expect(fields).toMatchObject({
      name: { type: 'string', required: true },
      note: { type: 'string', required: false },
      count: { type: 'number', required: true },
      open: { type: 'boolean', required: true },
      colour: { type: 'enum', options: ['red', 'blue'] },
      tags: { type: 'list', of: { type: 'enum', options: ['a', 'b'] } },
      reviewed: { type: 'date', required: true },
      times: { type: 'list', of: { type: 'nested' } },
    })
  })

  it.each(DOCUMENT_KINDS.map((kind, index) => [kind.type, index] as const))('%s has every schema field and no other', (_type, index) => {
    const kind = DOCUMENT_KINDS[index]
    const documentType = documentTypes[index]
    if (!kind || !documentType) throw new Error('no such kind')
    const fields = documentType.def().fields ?? {}
    const declared = Object.entries(fields).map(([key, field]) => `${key}${field.required ? '' : '?'}`)
    const expected = Object.entries(kind.schema.shape).map(([key, field]) => `${key}${field.safeParse(undefined).success ? '?' : ''}`)
    expect(declared.sort()).toEqual(expected.sort())
  })
})
