import { closest, distance } from 'fastest-levenshtein'

/** ` Did you mean "x"?` when a candidate is a near miss (a typo), otherwise an empty string. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return ''
  const best = closest(value, [...candidates])
  const limit = Math.max(2, Math.floor(best.length / 4))
  return distance(value, best) <= limit ? ` Did you mean "${best}"?` : ''
}
