// Deliberately not toLocaleString: the first locale-aware call in a page starts up the browser's
// ICU number formatting, about 20 ms of main-thread work on a mid-range phone (75 ms with
// Lighthouse's 4x CPU slowdown), all inside the hydration task. Counts on this site are whole
// numbers in British English, which needs nothing more than a comma every three digits.

/** 1200 -> "1,200"; -45 -> "-45". Whole numbers only. */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`formatCount expects a whole number, got ${value}`)
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',')
}
