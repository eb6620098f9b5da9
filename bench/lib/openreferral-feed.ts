import { seededRandom } from './random'

// The made-up Open Referral feed the import benches use (bench:openreferral, bench:import):
// seeded, so every run imports the same services.

/** A feed page of made-up services shaped like a council directory's (contacts, times, places, terms). */
export function madeUpFeed(count: number): unknown {
  const random = seededRandom(16)
  const pick = (items: readonly string[]): string => items[Math.floor(random() * items.length)] ?? ''
  const pickNumber = (items: readonly number[]): number => items[Math.floor(random() * items.length)] ?? 0
  const words = ['Family', 'Youth', 'Parenting', 'Play', 'Carers', 'Advice', 'Health', 'Learning', 'Support', 'Community', 'Early', 'Years']
  const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA']
  const uuid = (index: number, kind: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`
  const contents = Array.from({ length: count }, (_, index) => ({
    id: uuid(index, 1),
    name: `${pick(words)} ${pick(words)} service ${index + 1}`,
    description: `${pick(words)} help for families in the area.\n\n${Array.from({ length: 6 }, () => `${pick(words)} sessions run every week for children and parents.`).join(' ')}`,
    url: `https://directory.example.org/services/${index + 1}`,
    email: `service${index + 1}@example.org`,
    status: 'active',
    minimum_age: 0,
    maximum_age: pickNumber([5, 11, 19, 25, 99]),
    last_modified: '2026-10-01T09:00:00Z',
    organization: { id: uuid(index % 40, 2), name: `Organisation ${index % 40}`, description: 'A local organisation.', website: 'https://organisation.example.org' },
    schedules: [{ id: uuid(index, 3), freq: 'WEEKLY', byday: `${pick(days)},${pick(days)}`, opens_at: '09:00:00', closes_at: '15:00:00' }],
    service_areas: [{ id: uuid(index, 4), name: pick(['North Anytown', 'South Anytown', 'Anytown', 'Somewhere else']) }],
    contacts: [{ id: uuid(index, 5), name: `Contact ${index % 300}`, title: 'Service lead', phones: [{ id: uuid(index, 6), number: pick(['0306 999 0000', '0306 999 0001', '+44 306 999 0002', '12345']) }] }],
    service_at_locations: index % 10 === 0 ? [{ id: uuid(index, 7), location: { id: uuid(index, 8), location_type: 'physical', name: `Centre ${index + 1}`, latitude: 51.5, longitude: -0.14, addresses: [{ id: uuid(index, 9), address_1: `${index + 1} High Street`, city: 'Anytown', state_province: 'Anyshire', postal_code: 'SW1A 1AA', country: 'GB', address_type: 'physical' }] } }] : [],
    attributes: [{ id: uuid(index, 10), taxonomy_term: { id: uuid(index % 12, 11), name: pick(['Being a parent', 'Play and early years', 'Family Hubs', 'Something else']) } }],
  }))
  return { total_items: count, total_pages: 1, page_number: 1, size: count, first_page: true, last_page: true, empty: false, contents }
}
