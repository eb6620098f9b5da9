import fs from 'node:fs'
import path from 'node:path'
import { imageSize } from 'image-size'
import type { ISizeCalculationResult } from 'image-size/dist/types/interface'

// A council's logo (site.yaml logo:) goes into every page as a data: address, so it costs no
// request and cannot hold up the first paint; the size cap keeps every page small because of it.

export const LOGO_MAX_BYTES = 30 * 1024

export type LogoImage = { src: string; width: number; height: number }

const MIME = { svg: 'image/svg+xml', png: 'image/png' } as const

/** The logo ready for an <img>, or what is wrong with the file, finishing "logo.file ...". */
export function readLogo(contentDir: string, file: string): { image: LogoImage } | { problem: string } {
  const full = path.join(contentDir, file)
  if (!fs.existsSync(full)) return { problem: `(${file}) is not in the content folder: put the file there, or correct its name` }
  const bytes = fs.readFileSync(full)
  if (bytes.length > LOGO_MAX_BYTES) {
    return { problem: `(${file}) is ${Math.ceil(bytes.length / 1024)} KB: every page carries the logo, so keep it to ${LOGO_MAX_BYTES / 1024} KB (an SVG, or a smaller PNG)` }
  }
  const extension = file.endsWith('.svg') ? 'svg' : 'png'
  let size: ISizeCalculationResult
  try {
    size = imageSize(bytes)
  } catch {
    return { problem: `(${file}) could not be read as an ${extension.toUpperCase()} image: save it again as SVG or PNG` }
  }
  if (size.type !== extension) return { problem: `(${file}) is really a ${size.type ?? 'different'} file: save it as ${extension.toUpperCase()}, or give it the right ending` }
  if (!size.width || !size.height) return { problem: `(${file}) does not say how wide and high it is: give the SVG a viewBox (or width and height)` }
  return { image: { src: `data:${MIME[extension]};base64,${bytes.toString('base64')}`, width: size.width, height: size.height } }
}
