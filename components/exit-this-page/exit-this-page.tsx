import Link from 'next/link'
import { ExitThisPageShortcut } from './exit-this-page-shortcut'
import './exit-this-page.css'

// Follows GOV.UK's "Exit this page" component and "Exit a page quickly" pattern. Both links
// are plain links first: they work without JavaScript; the shortcut island adds the instant
// hide, the history replacement and the Shift x3 shortcut.
export function ExitThisPage({ href }: { href: string }) {
  return (
    <>
      <a href={href} rel="nofollow noreferrer" className="skip-link print:hidden" data-exit-this-page="">
        Exit this page
      </a>
      <div className="exit-this-page print:hidden">
        <div className="exit-this-page-inner">
          <div className="exit-this-page-control">
            <a href={href} rel="nofollow noreferrer" className="exit-this-page-button" data-exit-this-page="" draggable={false}>
              <span className="sr-only">Emergency</span> Exit this page
            </a>
            <ExitThisPageShortcut href={href} />
          </div>
        </div>
      </div>
      <div className="exit-this-page-help print:hidden">
        <div className="exit-this-page-help-inner">
          <p>
            <Link href="/staying-safe-online" className="exit-this-page-help-link" prefetch={false}>
              Staying safe online
            </Link>
            <span className="exit-this-page-help-hint"> – what the exit button can and cannot hide</span>
          </p>
        </div>
      </div>
    </>
  )
}
