import { Feedback } from '@/components/feedback/feedback'
import { getSiteUrl } from '@/lib/content'
import { Breadcrumbs, type Crumb } from './breadcrumbs'

type Props = {
  /** This page's own path, which the feedback widget reports against. */
  path: string
  /** Pages below the top level show where they sit; the home page has none. */
  breadcrumbs?: { trail: Crumb[]; current: string }
  /** The address printed at the top, when it is not the page's path (a list's, with its query). */
  printAddress?: string
  /** Where a no-JavaScript feedback answer comes back to, when the page is its query (a list, search results). */
  returnTo?: string
  children: React.ReactNode
}

export function PageLayout({ path, breadcrumbs, printAddress, returnTo, children }: Props) {
  return (
    <div className="container-page">
      {/* On paper, the page's own address, so a reader can find it again. */}
      <p className="hidden text-base print:block">{printAddress ?? `${getSiteUrl()}${path === '/' ? '' : path}`}</p>
      {breadcrumbs ? <Breadcrumbs trail={breadcrumbs.trail} current={breadcrumbs.current} /> : null}
      <main id="main-content" tabIndex={-1} className="pb-8 pt-4 focus:outline-none">
        {children}
      </main>
      <Feedback path={path} returnTo={returnTo} />
    </div>
  )
}
