import Color from 'colorjs.io'

/** The WCAG 2.x contrast ratio of two colours (1 to 21), by colorjs.io, the CSS Color editors' library. */
export function contrastRatio(a: string, b: string): number {
  return new Color(a).contrast(new Color(b), 'WCAG21')
}
