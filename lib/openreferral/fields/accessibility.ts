import { ACCESSIBILITY_FEATURES, ACCESSIBILITY_LABELS, type AccessibilityFeature } from '@/lib/content/enums'
import type { OrukAccessibility } from '../hsds'

// A place's accessibility as the profile's location `accessibility` list, and back: one entry
// per feature of the fixed list (its label as the description), and the notes as one entry's
// details. Another feed's entries whose words are not a label become the notes.

export type AccessibilityFields = Omit<OrukAccessibility, 'id' | 'location_id'>

export function accessibilityEntries(features: readonly AccessibilityFeature[] | undefined, notes: string | undefined): AccessibilityFields[] {
  return [...(features ?? []).map((feature) => ({ description: ACCESSIBILITY_LABELS[feature] })), ...(notes ? [{ details: notes }] : [])]
}

const byWords = new Map(ACCESSIBILITY_FEATURES.flatMap((feature) => [[ACCESSIBILITY_LABELS[feature].toLowerCase(), feature] as const, [feature, feature] as const]))

export function readAccessibility(entries: readonly AccessibilityFields[]): { accessibility?: AccessibilityFeature[]; accessibilityNotes?: string } {
  const features = new Set<AccessibilityFeature>()
  const words: string[] = []
  for (const entry of entries) {
    const feature = entry.description ? byWords.get(entry.description.trim().replace(/\.$/, '').toLowerCase()) : undefined
    if (feature) features.add(feature)
    else if (entry.description) words.push(entry.description)
    if (entry.details) words.push(entry.details)
  }
  const notes = words.map((text) => text.replace(/\s+/g, ' ').trim()).join(' ')
  return {
    ...(features.size > 0 ? { accessibility: [...features] } : {}),
    ...(notes ? { accessibilityNotes: notes } : {}),
  }
}
