import fs from 'node:fs'
import path from 'node:path'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { z } from 'zod'

// The Open Referral UK standard's own schemas (copied in tests/openreferral/fixtures/standard,
// see its README), compiled once with ajv. The openapi.json says JSON Schema 2020-12, so ajv's
// 2020 build; strict mode off because the schemas carry the standard's own keywords (core,
// constraints, datapackage_metadata) next to JSON Schema's.

const ROOT = path.join(import.meta.dirname, '../openreferral/fixtures/standard/schema')
const BASE = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/'

type Schema = Record<string, unknown>
const read = (file: string): Schema => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'))
const PAGE = z.object({ components: z.object({ schemas: z.object({ Page: z.looseObject({ properties: z.record(z.string(), z.unknown()) }) }) }) })

export type OrukSchemaName = 'compiled/service.json' | 'compiled/service_list.json' | 'compiled/service_at_location.json' | 'compiled/service_at_location_list.json' | 'taxonomy.json' | 'taxonomy_term.json' | 'phone.json'

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  for (const file of ['compiled/service.json', 'compiled/service_list.json', 'compiled/service_at_location.json', 'compiled/service_at_location_list.json', 'taxonomy.json', 'taxonomy_term.json', 'phone.json', 'language.json']) {
    ajv.addSchema({ ...read(file), $id: `${BASE}${file}` })
  }
  // The paging envelope every list answers with (openapi.json components.schemas.Page), with
  // every field required: the standard's validator reads them all.
  const page = PAGE.parse(read('openapi.json')).components.schemas.Page
  ajv.addSchema({ ...page, $id: `${BASE}page.json`, required: [...Object.keys(page.properties), 'contents'], properties: { ...page.properties, contents: { type: 'array' } } })
  return ajv
}

const ajv = createAjv()
const cache = new Map<string, ValidateFunction>()

function validator(name: string): ValidateFunction {
  let validate = cache.get(name)
  if (!validate) {
    const found = ajv.getSchema(`${BASE}${name}`)
    if (!found) throw new Error(`no schema ${name}`)
    validate = found
    cache.set(name, validate)
  }
  return validate
}

/** The schema's errors for a value, as readable lines ([] when valid). */
export function schemaErrors(name: OrukSchemaName | 'page.json', value: unknown): string[] {
  const validate = validator(name)
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`)
}

/** Every path in a JSON value whose value is null (the standard's validator rejects them). */
export function nullPaths(value: unknown, at = ''): string[] {
  if (value === null) return [at || '/']
  if (Array.isArray(value)) return value.flatMap((item, index) => nullPaths(item, `${at}/${index}`))
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => nullPaths(item, `${at}/${key}`))
  return []
}
