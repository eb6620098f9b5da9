// Links in the council's text go to the default language's addresses (/contact), as the editor
// wrote them. On a page in another language they go to that language's page (/cy/contact), so a
// reader stays in their language; files (an image, a PDF) and the API keep their one address.

const LINK = /(<a\b[^>]*?\shref=")(\/(?!\/)[^"]*)"/g

function isPagePath(path: string): boolean {
  if (path.startsWith('/api/') || path.startsWith('/_next/')) return false
  return !(path.split('/').pop() ?? '').includes('.')
}

/** The body's links to the site's pages, under the language's address segment (cy, ar-xb). */
export function localiseLinks(html: string, segment: string): string {
  return html.replace(LINK, (whole, start: string, href: string) => {
    const path = href.split(/[?#]/)[0] ?? href
    if (!isPagePath(path)) return whole
    const local = path === '/' ? `/${segment}` : `/${segment}${path}`
    return `${start}${local}${href.slice(path.length)}"`
  })
}
