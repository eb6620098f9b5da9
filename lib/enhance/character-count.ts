import { fillPlaceholders } from '@/lib/i18n/placeholders'
import { formatCount } from '@/lib/number-format'

// The GOV.UK character count, without a framework: the limit under the field becomes text read
// with the field only, a visible count follows the typing, and screen readers hear the count once
// typing pauses (a second), not on every key. The browser counts a line break as one character and
// sends it as two (CRLF); the server normalises, so value.length matches what it accepts.

const ANNOUNCE_AFTER_MS = 1000

/** The count's words in the page's language, written by the server (components/feedback/character-count-field.tsx). */
export type CountWords = { language: string; remaining: Record<string, string>; over: Record<string, string> }

const isForms = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && 'other' in value && Object.values(value).every((form) => typeof form === 'string')

function readCountWords(text: string | undefined): CountWords | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '')
    if (typeof value !== 'object' || value === null || !('language' in value) || !('remaining' in value) || !('over' in value)) return undefined
    const { language, remaining, over } = value
    return typeof language === 'string' && isForms(remaining) && isForms(over) ? { language, remaining, over } : undefined
  } catch {
    return undefined
  }
}

/**
 * The plural category of a count. A language with only "one" and "other" (English) needs no
 * Intl.PluralRules: its first use starts up the browser's ICU, a cost this page need not pay.
 */
function categoryOf(words: CountWords, count: number, rules: () => Intl.PluralRules): string {
  const categories = Object.keys(words.remaining)
  if (categories.length === 2 && categories.includes('one')) return count === 1 ? 'one' : 'other'
  return rules().select(count)
}

export function countMessage(words: CountWords, remaining: number, rules: () => Intl.PluralRules = () => new Intl.PluralRules(words.language)): string {
  const count = Math.abs(remaining)
  const forms = remaining >= 0 ? words.remaining : words.over
  const form = forms[categoryOf(words, count, rules)] ?? forms.other ?? ''
  return fillPlaceholders(form, { count: formatCount(count) })
}

function enhanceField(field: HTMLElement): void {
  const textarea = field.querySelector<HTMLTextAreaElement>('textarea[data-max-length]')
  const info = textarea ? document.getElementById(`${textarea.id}-info`) : null
  const words = readCountWords(field.dataset.countWords)
  if (!textarea || !info || !words || field.querySelector('[data-character-count]')) return
  let pluralRules: Intl.PluralRules | undefined
  const rules = () => (pluralRules ??= new Intl.PluralRules(words.language))
  const max = Number(textarea.dataset.maxLength)
  info.className = 'sr-only'
  const visible = document.createElement('p')
  visible.setAttribute('aria-hidden', 'true')
  visible.dataset.characterCount = ''
  const live = document.createElement('p')
  live.className = 'sr-only'
  live.setAttribute('aria-live', 'polite')
  info.after(visible, live)
  let timer: ReturnType<typeof setTimeout> | undefined
  const update = () => {
    const remaining = max - textarea.value.length
    const over = remaining < 0
    visible.className = `mt-1 ${over ? 'field-error' : 'field-hint'}`
    visible.textContent = countMessage(words, remaining, rules)
    textarea.classList.toggle('border-warning', over || textarea.getAttribute('aria-invalid') === 'true')
    clearTimeout(timer)
    timer = setTimeout(() => {
      live.textContent = remaining === max ? '' : countMessage(words, remaining, rules)
    }, ANNOUNCE_AFTER_MS)
  }
  textarea.addEventListener('input', update)
  update()
}

export function enhanceCharacterCounts(root: ParentNode): void {
  for (const field of root.querySelectorAll<HTMLElement>('[data-character-count-field]')) enhanceField(field)
}
