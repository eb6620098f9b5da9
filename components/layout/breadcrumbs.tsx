import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

export type Crumb = { href: string; label: string }

/**
 * Trail from Home to the current page; the current page is the last, unlinked item. Hrefs are the
 * default language's paths. The separators are drawn by CSS before each item but the first (globals.css), so they
 * point the way the page reads: to the left on a right-to-left page.
 */
export function Breadcrumbs({ trail, current, lang }: { trail: Crumb[]; current: string; lang: string }) {
  const { t } = getTranslator(lang)
  return (
    <nav aria-label={t('breadcrumbs.label')} className="breadcrumbs py-3 text-base print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2" role="list">
        <li>
          <a href={localPath(lang, '/')}>{t('breadcrumbs.home')}</a>
        </li>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <a href={localPath(lang, crumb.href)}>{crumb.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
