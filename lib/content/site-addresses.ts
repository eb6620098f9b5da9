// The addresses the site has of its own, whatever the content: listed in the content guide so an
// editor can link to them, and so a page in pages/ does not try to take one. A test compares this
// list with the routes in app/, so a new route cannot be left out.

export type BuiltInAddress = { address: string; what: string }

export const BUILT_IN_ADDRESSES: readonly BuiltInAddress[] = [
  { address: '/', what: 'The home page.' },
  { address: '/help', what: 'What do you need help with? Every need in `needs/`, each at `/help/<file-name>`.' },
  { address: '/services', what: 'The service finder: every service, with filters (age, need, level and more) that put the choice in the address, like `/services?level=targeted`. Each service is at `/services/<file-name>`.' },
  { address: '/family-hubs', what: 'The hubs, by area, with a postcode search (`/family-hubs?postcode=SW1A 1AA`). Each hub is at `/family-hubs/<file-name>`. Only when `hubs/` has files.' },
  { address: '/venues', what: 'Each venue in `venues/` is at `/venues/<file-name>`, with what runs there each week. There is no list page: services and hubs link to their venues.' },
  { address: '/early-help', what: 'The levels of help, with the text of `pages/early-help.md`.' },
  { address: '/guides', what: 'The one-minute guides for professionals, each at `/guides/<file-name>`.' },
  { address: '/contact', what: 'Who to call, with the text of `pages/contact.md`.' },
  { address: '/search', what: 'The site search (`/search?q=words`).' },
  { address: '/list', what: 'A list to take away: hubs, services, needs and guides a person picked, held only in its address.' },
  { address: '/open-data', what: 'What the Open Referral UK feed is and how to use it.' },
  { address: '/api/openreferral/v3/services', what: 'The Open Referral UK feed itself, for other directories (docs/open-data.md).' },
  { address: '/feedback', what: 'The "Was this page useful?" form, without JavaScript.' },
  { address: '/api/feedback', what: 'Where the feedback form is sent.' },
  { address: '/admin/feedback', what: 'The feedback people sent, for editors with the admin password.' },
  { address: '/api/health', what: 'For monitoring: whether the site can store feedback.' },
  { address: '/find', what: 'Used inside the site for the finder and the postcode search: link to `/services` and `/family-hubs` instead.' },
  { address: '/sitemap.xml', what: 'Every page, for search engines.' },
  { address: '/robots.txt', what: 'What search engines may read.' },
]

export function builtInAddressesSection(): string {
  const rows = BUILT_IN_ADDRESSES.map(({ address, what }) => `| \`${address}\` | ${what} |`)
  return `## The site's own addresses

These addresses are part of the site, whatever the content. Link to them from a page like any
other (\`[Find a service](/services)\`). A file in \`pages/\` cannot take one of their names: the
check stops the build if it does.

| Address | What it is |
| --- | --- |
${rows.join('\n')}
`
}
