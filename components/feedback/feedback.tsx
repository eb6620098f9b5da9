import { getTranslator } from '@/lib/i18n/messages'
import { FeedbackWidget } from './feedback-widget'

/** "Is this page useful?" at the end of every page; not printed. */
export function Feedback({ path, returnTo, lang }: { path: string; returnTo?: string; lang: string }) {
  return (
    <section aria-label={getTranslator(lang).t('feedback.label')} className="feedback mb-10 mt-8 print:hidden">
      <FeedbackWidget path={path} returnTo={returnTo} lang={lang} />
    </section>
  )
}
