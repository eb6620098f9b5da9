import { PhoneLink } from '@/components/content/phone-link'
import { getTerms, hasHubs, type Contact } from '@/lib/content'

function sections(): { href: string; label: string }[] {
  return [
    { href: '/help', label: 'Help by need: choose what is going on' },
    ...(hasHubs() ? [{ href: '/family-hubs', label: `Find your ${getTerms().hub}` }] : []),
    { href: '/services', label: 'All services' },
    { href: '/guides', label: 'One-minute guides for professionals' },
    { href: '/contact', label: 'Who to contact' },
  ]
}

export function NoResults({ query, suggestion, central }: { query: string; suggestion?: string; central: Contact & { phone: string } }) {
  return (
    <div className="mt-4">
      <p className="text-xl font-bold">No results for “{query}”.</p>
      {suggestion ? (
        <p className="mt-2 text-xl">
          Did you mean <a href={`/search?q=${encodeURIComponent(suggestion)}`}>{suggestion}</a>?
        </p>
      ) : null}
      <p className="mt-4">Try fewer words, or other words for the same thing.</p>
      <p className="mt-2">
        Or talk to someone: call the {central.name} on <PhoneLink phone={central.phone} />.
      </p>
      <h2 className="mt-6 text-2xl">Other ways to find help</h2>
      <ul className="mt-2 list-disc space-y-1 ps-6">
        {sections().map((section) => (
          <li key={section.href}>
            <a href={section.href}>{section.label}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
