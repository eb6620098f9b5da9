import { z } from 'zod'
import type { Audience, Level } from './enums'

// The /services filter is a plain GET form, so its input is whatever is in the query string.

export type ServiceFilter = { audience?: 'families' | 'professionals'; age?: number }

type Filterable = { audience: Audience; ageFrom: number; ageTo: number; sendAgeTo?: number; level: Level }

export function matchesFilter(service: Filterable, filter: ServiceFilter): boolean {
  if (filter.audience && service.audience !== 'both' && service.audience !== filter.audience) return false
  if (filter.age !== undefined) {
    const upper = Math.max(service.ageTo, service.sendAgeTo ?? service.ageTo)
    if (filter.age < service.ageFrom || filter.age > upper) return false
  }
  return true
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

const querySchema = z.object({
  audience: z.preprocess(first, z.enum(['families', 'professionals', 'all']).optional().catch(undefined)),
  age: z.preprocess(first, z.string().trim().optional()),
})

export type FilterError = { field: 'age'; message: string }

export function parseServiceFilter(query: Record<string, string | string[] | undefined>): {
  filter: ServiceFilter
  values: { audience: string; age: string }
  errors: FilterError[]
} {
  const parsed = querySchema.parse(query)
  const audience = parsed.audience === 'all' ? undefined : parsed.audience
  const ageText = parsed.age ?? ''
  const errors: FilterError[] = []
  let age: number | undefined
  if (ageText !== '') {
    if (/^\d{1,2}$/.test(ageText) && Number(ageText) <= 25) age = Number(ageText)
    else errors.push({ field: 'age', message: 'Enter an age as a whole number from 0 to 25, or leave it empty' })
  }
  return { filter: { audience, age }, values: { audience: parsed.audience ?? 'all', age: ageText }, errors }
}
