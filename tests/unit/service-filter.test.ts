import { describe, expect, it } from 'vitest'
import { matchesFilter, parseServiceFilter } from '@/lib/content/filters'

const mst = { audience: 'both', ageFrom: 11, ageTo: 17, level: 'specialist-intensive' } as const
const hubs = { audience: 'both', ageFrom: 0, ageTo: 19, sendAgeTo: 25, level: 'family-hubs' } as const
const toolkit = { audience: 'professionals', ageFrom: 0, ageTo: 18, level: 'universal' } as const

describe('matchesFilter', () => {
  it('keeps services whose age range includes the age', () => {
    expect(matchesFilter(mst, { age: 11 })).toBe(true)
    expect(matchesFilter(mst, { age: 17 })).toBe(true)
    expect(matchesFilter(mst, { age: 10 })).toBe(false)
    expect(matchesFilter(mst, { age: 18 })).toBe(false)
  })
  it('counts the SEND upper age', () => {
    expect(matchesFilter(hubs, { age: 24 })).toBe(true)
    expect(matchesFilter(hubs, { age: 26 })).toBe(false)
  })
  it('treats "both" as matching either audience', () => {
    expect(matchesFilter(mst, { audience: 'families' })).toBe(true)
    expect(matchesFilter(toolkit, { audience: 'families' })).toBe(false)
    expect(matchesFilter(toolkit, { audience: 'professionals' })).toBe(true)
  })
})

describe('parseServiceFilter', () => {
  it('reads a plain query string', () => {
    expect(parseServiceFilter({ audience: 'families', age: '7' })).toEqual({
      filter: { audience: 'families', age: 7 },
      values: { audience: 'families', age: '7' },
      errors: [],
    })
  })
  it('treats "all", empty and missing as no filter', () => {
    expect(parseServiceFilter({ audience: 'all', age: '' }).filter).toEqual({ audience: undefined, age: undefined })
    expect(parseServiceFilter({}).filter).toEqual({ audience: undefined, age: undefined })
  })
  it.each(['twelve', '-1', '26', '3.5', '1e1'])('explains a bad age (%s) and keeps what was typed', (age) => {
    const result = parseServiceFilter({ age })
    expect(result.errors).toEqual([{ field: 'age', message: expect.stringMatching(/whole number from 0 to 25/) }])
    expect(result.values.age).toBe(age)
    expect(result.filter.age).toBeUndefined()
  })
  it('ignores an unknown audience and repeated parameters without failing', () => {
    expect(parseServiceFilter({ audience: 'hackers' }).filter.audience).toBeUndefined()
    expect(parseServiceFilter({ audience: ['professionals', 'families'], age: ['5', '6'] }).filter).toEqual({ audience: 'professionals', age: 5 })
  })
})
