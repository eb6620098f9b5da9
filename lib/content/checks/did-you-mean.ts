import { closest, distance } from 'fastest-levenshtein'

/** ` Did you mean "x"?` when a candidate is a near miss (a typo), otherwise an empty string. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return ''
  const best = closest(value, [...candidates])
  const limit = Math.max(2, Math.floor(best.length / 4))
  return distance(value, best) <= limit ? ` Did you mean "${best}"?` : ''
}

/** ` The areas are: south, east.` and, for a near miss, ` Did you mean "south"?`: a short list of keys is always worth showing. */
export function theKeysAre(value: string, candidates: readonly string[], plural: string): string {
  if (candidates.length === 0) return ''
  return ` The ${plural} are: ${candidates.join(', ')}.${didYouMean(value, candidates)}`
}
