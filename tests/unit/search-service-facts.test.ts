import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from '@/lib/search/engine'
import { siteDocuments, type SiteContent } from '@/lib/search/site-documents'

// Families search for a service by where it runs and by the language they speak, in English or
// in the language itself.

const body = (raw: string) => ({ body: { raw } })
const CONTENT: SiteContent = {
  needs: [],
  hubs: [{ slug: 'compton', url: '/family-hubs/compton', name: 'Compton Family Hub', summary: 'A hub in the east.', addressLines: ['1 Road'], postcode: 'LS9 7BG', ...body('') }],
  venues: [{ slug: 'riverside-library', name: 'Riverside Library' }],
  services: [
    {
      slug: 'stay-and-play',
      url: '/services/stay-and-play',
      name: 'Stay and play',
      summary: 'Play sessions for babies and toddlers.',
      level: 'universal',
      venues: ['riverside-library', 'compton'],
      languages: ['pl', 'ur'],
      ...body('Come along with your child.'),
    },
    {
      slug: 'parenting-course',
      url: '/services/parenting-course',
      name: 'Parenting course',
      summary: 'Eight weeks on routines and behaviour.',
      level: 'targeted',
      britishSignLanguage: true,
      ...body('A course for parents.'),
    },
    { slug: 'helpline', url: '/services/helpline', name: 'Helpline', summary: 'Call us for advice.', level: 'universal', ...body('We answer calls.') },
  ],
  supportLevels: [],
  guides: [],
  pages: [],
}

const index = () => {
  const { docs, words } = siteDocuments(CONTENT)
  return buildSearchIndex(docs, words)
}
const urls = (query: string) => index().search(query).hits.map((hit) => hit.url)

describe('search finds a service by its facts', () => {
  it.each(['Polish', 'Polski', 'Urdu', 'اردو', 'polski'])('by a language it offers, in English or in its own name: "%s"', (query) => {
    expect(urls(query)[0]).toBe('/services/stay-and-play')
  })
  it('by British Sign Language, or BSL', () => {
    expect(urls('British Sign Language')[0]).toBe('/services/parenting-course')
    expect(urls('BSL')[0]).toBe('/services/parenting-course')
  })
  it('by the name of a venue it runs at', () => {
    expect(urls('Riverside Library')).toEqual(['/services/stay-and-play'])
  })
  it('by the name of a hub it runs at, with the hub itself first', () => {
    expect(urls('Compton Family Hub').slice(0, 2)).toEqual(['/family-hubs/compton', '/services/stay-and-play'])
  })
  it('shows the language in the result, so the reader sees why it is there', () => {
    const hit = index().search('Polski').hits[0]
    expect(hit?.snippet.map((part) => part.text).join('')).toContain('Polski')
  })
})
