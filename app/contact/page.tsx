import { ContactCard } from '@/components/content/contact-card'
import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { RiskPanel } from '@/components/content/risk-panel'
import { PageLayout } from '@/components/layout/page-layout'
import { getContacts, getEmergencyContact, getSafeguardingContact, getSite, requirePage } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const page = requirePage('contact')

export const metadata = pageMetadata({ title: page.title, description: page.description, path: page.url })

export default function ContactPage() {
  return (
    <PageLayout path={page.url} breadcrumbs={{ trail: [], current: page.title }}>
      <h1 className="text-4xl">{page.title}</h1>
      <RiskPanel
        dutyAndAdvice={getSafeguardingContact()}
        emergency={getEmergencyContact()}
        guidance={getSite().emergencyGuidance}
      />
      <Markdown html={page.body.html} />
      <h2 className="mt-8 text-2xl">Phone numbers and email</h2>
      <ul className="mt-3 grid gap-4 md:grid-cols-2" role="list">
        {getContacts().map((contact) => (
          <li key={contact.key}>
            <ContactCard contact={contact} />
          </li>
        ))}
      </ul>
      <LastReviewed date={page.lastReviewed} />
    </PageLayout>
  )
}
