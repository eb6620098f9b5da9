// The colours a council may set in site.yaml (colours:), and every place the site draws each one,
// so the content check can hold each pair to WCAG 2.2 AA. Colours not set keep these defaults,
// which meet every pair below. The focus colour is not a setting: GOV.UK's yellow with a black
// underline stays visible on any background a council chooses.

export const DEFAULT_COLOURS = {
  brand: '#005a70',
  brandDark: '#003a48',
  link: '#1d4f91',
  linkVisited: '#4c2c92',
} as const

export type ColourName = keyof typeof DEFAULT_COLOURS
export type SiteColours = Record<ColourName, string>
export const COLOUR_NAMES: readonly ColourName[] = ['brand', 'brandDark', 'link', 'linkVisited']

/** The CSS custom property each colour sets (app/globals.css @theme). */
export const COLOUR_VARIABLES: Record<ColourName, string> = {
  brand: '--color-brand',
  brandDark: '--color-brand-dark',
  link: '--color-link',
  linkVisited: '--color-link-visited',
}

const WHITE = '#ffffff'
/** Grey panels (--color-panel) and the darkest band of the levels diagram. */
const PANEL = '#f3f2f1'
const DARKEST_BAND = '#c0dde6'

export type ColourPair = { colour: ColourName; against: string; againstName: string; minimum: number; use: string }

/** Text needs 4.5:1 against what it is drawn on or with (WCAG 2.2 AA, 1.4.3). */
export const COLOUR_PAIRS: readonly ColourPair[] = [
  { colour: 'brand', against: WHITE, againstName: 'white text', minimum: 4.5, use: 'the search button, which has white text' },
  { colour: 'brandDark', against: WHITE, againstName: 'white text', minimum: 4.5, use: 'the pressed search button and the level numbers, which have white text' },
  { colour: 'brandDark', against: DARKEST_BAND, againstName: `the levels diagram's darkest band (${DARKEST_BAND})`, minimum: 4.5, use: 'service names on the levels diagram' },
  { colour: 'link', against: WHITE, againstName: 'white', minimum: 4.5, use: 'links' },
  { colour: 'link', against: PANEL, againstName: `grey panels (${PANEL})`, minimum: 4.5, use: 'links in panels' },
  { colour: 'linkVisited', against: WHITE, againstName: 'white', minimum: 4.5, use: 'links already visited' },
  { colour: 'linkVisited', against: PANEL, againstName: `grey panels (${PANEL})`, minimum: 4.5, use: 'links already visited in panels' },
]

/** The custom properties for the colours a council changed, or '' when it changed none. */
export function colourOverrides(chosen: Partial<SiteColours> = {}): string {
  const changed = COLOUR_NAMES.filter((name) => chosen[name] !== undefined && chosen[name]?.toLowerCase() !== DEFAULT_COLOURS[name])
  return changed.length === 0 ? '' : `:root{${changed.map((name) => `${COLOUR_VARIABLES[name]}:${chosen[name]}`).join(';')}}`
}
