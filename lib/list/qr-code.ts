import 'server-only'
import QRCode from 'qrcode'

/**
 * A QR code of an address as SVG markup, drawn on the server: no script, no request elsewhere,
 * and the same on screen and on paper. Error correction M (15%) survives a crease or a smudge on a
 * printout while keeping a 20-item address to a code a phone reads from a screen.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 })
  // Sized by the page's CSS; the code is a picture to assistive technology, named by its figure.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ')
}
