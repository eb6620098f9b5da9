import { describe, expect, it } from 'vitest'
import { COLOUR_PAIRS, DEFAULT_COLOURS, colourOverrides } from '@/lib/content/colours'
import { contrastRatio } from '@/lib/content/checks/contrast'

describe('the site’s colours', () => {
  it('the defaults meet WCAG 2.2 AA everywhere the site uses them', () => {
    for (const pair of COLOUR_PAIRS) expect(contrastRatio(DEFAULT_COLOURS[pair.colour], pair.against), `${pair.colour} for ${pair.use}`).toBeGreaterThanOrEqual(pair.minimum)
  })

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  it('a council’s colours become custom properties; unchanged ones add nothing to the page', () => {
    expect(colourOverrides()).toBe('')
    expect(colourOverrides({ brand: DEFAULT_COLOURS.brand })).toBe('')
    expect(colourOverrides({ brand: '#4b0082', link: '#0b5394' })).toBe(':root{--color-brand:#4b0082;--color-link:#0b5394}')
  })
})
