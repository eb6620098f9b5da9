import { defineNestedType, type FieldDef, type FieldDefs, type ListFieldDefItem } from 'contentlayer2/source-files'
import { z } from 'zod'
import { metaOf } from './field-meta'

// Contentlayer's field definitions, derived from the zod schemas in ./schema.ts so that every
// field is declared once. Contentlayer only needs the shape (type, options, required); the
// rules and messages stay in zod, which the content check runs first.

type Shape = Record<string, z.core.$ZodType>

function unwrapOptional(schema: z.core.$ZodType): { inner: z.core.$ZodType; required: boolean } {
  return schema instanceof z.ZodOptional ? { inner: schema.unwrap(), required: false } : { inner: schema, required: true }
}

// Dates inside a group (a session's from and until, a term) stay YYYY-MM-DD strings: contentlayer's
// date type would turn them into midnight UTC timestamps, which the pages and the feed would each
// have to turn back.
function nestedType(schema: z.ZodObject, name: string) {
  return defineNestedType(() => ({ name, fields: contentlayerFields(schema.shape, { datesAsText: true }) }))
}

function item(schema: z.core.$ZodType, fieldName: string): ListFieldDefItem.Item {
  if (schema instanceof z.ZodEnum) return { type: 'enum', options: schema.options.map(String) }
  if (schema instanceof z.ZodObject) return nestedType(schema, metaOf(schema)?.typeName ?? fieldName)
  if (schema instanceof z.ZodNumber) return { type: 'number' }
  if (schema instanceof z.ZodBoolean) return { type: 'boolean' }
  if (schema._zod.def.type === 'string') return { type: 'string' }
  throw new Error(`contentlayer-fields: list items of type ${schema._zod.def.type} (field ${fieldName}) are not supported yet`)
}

function fieldDef(name: string, schema: z.core.$ZodType, datesAsText: boolean): FieldDef {
  const { inner, required } = unwrapOptional(schema)
  const meta = metaOf(schema) ?? metaOf(inner)
  const description = meta?.description
  if (inner instanceof z.ZodArray) return { type: 'list', of: item(inner.element, name), required, description }
  if (inner instanceof z.ZodEnum) return { type: 'enum', options: inner.options.map(String), required, description }
  if (inner instanceof z.ZodObject) return { type: 'nested', of: nestedType(inner, meta?.typeName ?? name), required, description }
  if (inner instanceof z.ZodNumber) return { type: 'number', required, description }
  if (inner instanceof z.ZodBoolean) return { type: 'boolean', required, description }
  if (inner._zod.def.type === 'string') return meta?.format === 'date' && !datesAsText ? { type: 'date', required, description } : { type: 'string', required, description }
  throw new Error(`contentlayer-fields: field ${name} has a zod type (${inner._zod.def.type}) contentlayer cannot hold`)
}

export function contentlayerFields(shape: Shape, { datesAsText = false } = {}): FieldDefs {
  return Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, fieldDef(name, schema, datesAsText)]))
}
