import { z } from 'zod'

// What the content guide and the `npm run new` templates say about each field. Kept in a registry
// of its own (not zod's global one) so the types stay exact.

/** Text formats that need more explanation than "text". */
export type FieldFormat =
  | 'date'
  | 'dates'
  | 'colour'
  | 'time'
  | 'phone'
  | 'email'
  | 'postcode'
  | 'url'
  | 'age'
  | 'decimal'
  | 'whole-number'
  | 'contact-keys'
  | 'contact-key'
  | 'service-keys'
  | 'guide-key'
  | 'area-key'
  | 'area-keys'
  | 'role-keys'
  | 'level-key'
  | 'path'
  | 'venue-key'
  | 'venue-keys'
  | 'language-codes'
  | 'language-tags'

export type FieldMeta = {
  description: string
  /** A value that passes the check, written into templates and the guide. */
  example: unknown
  format?: FieldFormat
  /** Name of contentlayer's nested type, for groups of fields. */
  typeName?: string
}

export const fieldMeta = z.registry<FieldMeta>()

/** A copy of `schema` carrying `meta`, so one shared schema (like `text`) can describe many fields. */
export function describe<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  const copy = schema.clone()
  fieldMeta.add(copy, meta)
  return copy
}

export function metaOf(schema: z.core.$ZodType): FieldMeta | undefined {
  return fieldMeta.get(schema)
}
