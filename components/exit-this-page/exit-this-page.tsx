// Plain-link version; the JavaScript enhancement and shortcut arrive with issue 3.
export function ExitThisPage({ href }: { href: string }) {
  return (
    <div className="exit-this-page print:hidden">
      <a href={href} rel="nofollow noreferrer" className="exit-this-page-button">
        <span className="sr-only">Emergency</span> Exit this page
      </a>
    </div>
  )
}
