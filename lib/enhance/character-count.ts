import { formatCount } from '@/lib/number-format'

// The GOV.UK character count, without a framework: the limit under the field becomes text read
// with the field only, a visible count follows the typing, and screen readers hear the count once
// typing pauses (a second), not on every key. The browser counts a line break as one character and
// sends it as two (CRLF); the server normalises, so value.length matches what it accepts.

const ANNOUNCE_AFTER_MS = 1000

export function countMessage(remaining: number): string {
  const count = formatCount(Math.abs(remaining))
  const unit = Math.abs(remaining) === 1 ? 'character' : 'characters'
  return remaining >= 0 ? `You have ${count} ${unit} remaining` : `You have ${count} ${unit} too many`
}

function enhanceField(field: HTMLElement): void {
  const textarea = field.querySelector<HTMLTextAreaElement>('textarea[data-max-length]')
  const info = textarea ? document.getElementById(`${textarea.id}-info`) : null
  if (!textarea || !info || field.querySelector('[data-character-count]')) return
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
    visible.textContent = countMessage(remaining)
    textarea.classList.toggle('border-warning', over || textarea.getAttribute('aria-invalid') === 'true')
    clearTimeout(timer)
    timer = setTimeout(() => {
      live.textContent = remaining === max ? '' : countMessage(remaining)
    }, ANNOUNCE_AFTER_MS)
  }
  textarea.addEventListener('input', update)
  update()
}

export function enhanceCharacterCounts(root: ParentNode): void {
  for (const field of root.querySelectorAll<HTMLElement>('[data-character-count-field]')) enhanceField(field)
}
