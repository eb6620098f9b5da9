import Link from 'next/link'

export type Crumb = { href: string; label: string }

/** Trail from Home to the current page; the current page is the last, unlinked item. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs py-3 text-base print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2" role="list">
        <li>
          <Link prefetch={false} href="/">Home</Link>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <Link prefetch={false} href={crumb.href}>{crumb.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
