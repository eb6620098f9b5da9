import { EXIT_SCRIPT } from '@/lib/exit-this-page/exit-script'

// Inline scripts the site itself writes into pages, by their exact text. The server gives these
// (and the framework's own) a CSP hash; any other inline script is blocked by the browser.
// To add one, export its source as a constant from lib/ (the component renders it
// with exactly that text, e.g. dangerouslySetInnerHTML) and list it here.
export const KNOWN_INLINE_SCRIPTS: readonly string[] = [EXIT_SCRIPT]
