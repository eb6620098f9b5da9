import { getNeeds } from '@/lib/content'
import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { textAttributes } from '@/lib/i18n/text-language'

/** Home page: start from what is going on, not from how the services are organised. */
export function NeedLinks({ lang }: { lang: string }) {
  const { t } = getTranslator(lang)
  return (
    <section aria-labelledby="needs-heading" className="mt-8">
      <h2 id="needs-heading" className="text-2xl">
        {t('needs.heading')}
      </h2>
      <ul className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2 md:grid-cols-3" role="list">
        {getNeeds(lang).map((need) => (
          <li key={need.slug} {...textAttributes(need.textLanguage, lang)}>
            <a href={localPath(lang, need.url)}>{need.name}</a>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <a href={localPath(lang, '/help')}>{t('needs.all')}</a>
      </p>
    </section>
  )
}
