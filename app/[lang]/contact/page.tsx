import { ContactList } from '@/components/content/contact-list'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { RiskPanel } from '@/components/content/risk-panel'
import { PageLayout } from '@/components/layout/page-layout'
import { getContacts, getEmergencyContact, getSafeguardingContact, getSite, requirePage } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { type LanguageParams, pageLanguage } from '@/lib/i18n/addresses'
import { textAttributes } from '@/lib/i18n/text-language'
import { UntranslatedNote } from '@/components/content/untranslated-note'

export async function generateMetadata({ params }: LanguageParams) {
  const page = requirePage('contact', await pageLanguage(params))
  return pageMetadata({ title: page.title, description: page.description, path: page.url, lang: await pageLanguage(params) })
}

export default async function ContactPage({ params }: LanguageParams) {
  const lang = await pageLanguage(params)
  const page = requirePage('contact', lang)
  const text = textAttributes(page.textLanguage, lang)
  const dutyAndAdvice = getSafeguardingContact()
  const emergency = getEmergencyContact()
  // The risk panel already gives these two numbers and when to use them: say it once.
  const others = getContacts().filter((contact) => contact.key !== dutyAndAdvice.key && contact.key !== emergency.key)
  return (
    <PageLayout lang={lang} path={page.url} breadcrumbs={{ trail: [], current: page.title }}>
      <UntranslatedNote lang={lang} textLanguage={page.textLanguage} />
      <h1 className="text-4xl" {...text}>{page.title}</h1>
      <p className="lede mt-4 max-w-3xl" {...text}>{page.description}</p>
      <RiskPanel lang={lang} dutyAndAdvice={dutyAndAdvice} emergency={emergency} guidance={getSite().emergencyGuidance} />
      <ContactList lang={lang} contacts={others} heading="Other phone numbers and email" id="others-heading" />
      <div className="mt-6" {...text}>
        <Markdown html={page.body.html} />
      </div>
      <LastReviewed lang={lang} date={page.lastReviewed} />
    </PageLayout>
  )
}
