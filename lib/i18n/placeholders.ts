// Filling in a message's {placeholders}: a plain module with no catalogue in it, so the site
// script can fill in the words the server gave it without carrying the English catalogue.

export const PLACEHOLDER = /\{(\w+)\}/g

/** Replaces {name} with values[name]; a placeholder with no value stays as written, so it shows. */
export function fillPlaceholders(text: string, values: Record<string, string | number>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
