import { LIST_KEYS, LIST_KINDS, listPath, type ListItemRef } from '@/lib/list/address'

// The list page (app/list/): Print and Copy link, and the form's short address.

function enhanceTools(root: ParentNode): void {
  const tools = [...root.querySelectorAll<HTMLElement>('[data-list-tool]')]
  if (tools.length === 0) return
  const message = root.querySelector<HTMLElement>('[data-list-copied]')
  root.querySelector('[data-list-print]')?.addEventListener('click', () => window.print())
  const copy = root.querySelector<HTMLElement>('[data-list-copy]')
  copy?.addEventListener('click', () => {
    navigator.clipboard.writeText(copy.dataset.address ?? '').then(
      // The words are the page's, written by the server (app/[lang]/list/_components/list-tools.tsx).
      () => message && (message.textContent = copy.dataset.copied ?? ''),
      () => message && (message.textContent = copy.dataset.notCopied ?? ''),
    )
  })
  const fallback = root.querySelector<HTMLElement>('[data-list-tools-fallback]')
  if (fallback) fallback.hidden = true
  for (const tool of tools) tool.hidden = false
}

// Without JavaScript the form sends one parameter per ticked box (h=a&h=b&s=c), which the page
// reads as well; the server refuses more than 30 parameters before the page can say anything.
// With JavaScript the form goes to the list's own short address (h=a,b&s=c) instead, so any
// number of ticks reaches the page, which then explains a list that is too long.
function enhanceForms(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-list-form]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const data = new FormData(form)
      const items: ListItemRef[] = LIST_KINDS.flatMap((kind) => data.getAll(LIST_KEYS[kind]).map((slug) => ({ kind, slug: String(slug) })))
      window.location.assign(listPath(items))
    })
  }
}

export function enhanceList(root: ParentNode): void {
  enhanceTools(root)
  enhanceForms(root)
}
