import { LastReviewed } from '@/components/content/last-reviewed'
import { Markdown } from '@/components/content/markdown'
import { RiskPanel } from '@/components/content/risk-panel'
import { SupportLevelsDiagram } from '@/components/content/support-levels-diagram'
import { PageLayout } from '@/components/layout/page-layout'
import { getEmergencyContact, getLevelServices, getSafeguardingContact, getSite, getSupportLevels, requirePage } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'

const page = requirePage('early-help')

export const metadata = pageMetadata({ title: page.title, description: page.description, path: page.url })

export default function EarlyHelpPage() {
  const levels = getSupportLevels().map((level) => ({ level, services: getLevelServices(level) }))
  return (
    <PageLayout path={page.url} breadcrumbs={{ trail: [], current: page.title }}>
      <h1 className="text-4xl">{page.title}</h1>
      <p className="lede mt-4 max-w-3xl">{page.description}</p>

      <section aria-labelledby="levels-heading" className="mt-8">
        <h2 id="levels-heading" className="text-2xl">
          The levels of help
        </h2>
        <SupportLevelsDiagram levels={levels} />
        {levels.map(({ level }) => (
          <div key={level.key} className="mt-6">
            <h3 className="text-xl">{level.name}</h3>
            <Markdown html={level.body.html} />
          </div>
        ))}
      </section>

      <div className="mt-8">
        <Markdown html={page.body.html} />
      </div>

      <RiskPanel
        dutyAndAdvice={getSafeguardingContact()}
        emergency={getEmergencyContact()}
        guidance={getSite().emergencyGuidance}
      />
      <LastReviewed date={page.lastReviewed} />
    </PageLayout>
  )
}
