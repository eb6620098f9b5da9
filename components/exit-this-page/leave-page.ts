import { LOADING_MESSAGE } from './shift-counter'

// Kept outside React on purpose: a state update would paint a frame later, and the page
// must be gone in the same frame as the click or key press.

export const LEAVING_CLASS = 'exit-this-page-leaving'
const OVERLAY_CLASS = 'exit-this-page-overlay'

let savedTitle: string | null = null

export function leavePage(href: string): void {
  const root = document.documentElement
  if (!root.classList.contains(LEAVING_CLASS)) {
    root.classList.add(LEAVING_CLASS)
    const overlay = document.createElement('div')
    overlay.className = OVERLAY_CLASS
    overlay.setAttribute('role', 'alert')
    overlay.textContent = LOADING_MESSAGE
    document.body.append(overlay)
    // The tab title stays on screen until the next site answers; it should not name this page.
    savedTitle = document.title
    document.title = LOADING_MESSAGE
  }
  // replace, not assign: the page being left must not stay in the back button's history.
  window.location.replace(href)
}

/** Undo leavePage when the browser shows this page again from its back/forward cache. */
export function restorePage(): void {
  document.documentElement.classList.remove(LEAVING_CLASS)
  for (const overlay of document.querySelectorAll(`.${OVERLAY_CLASS}`)) overlay.remove()
  if (savedTitle !== null) document.title = savedTitle
  savedTitle = null
}
