import fs from 'node:fs'
import path from 'node:path'

// Images a page shows live in the content folder's own images/ folder, so a council's folder
// kept outside the project (CONTENT_DIR=/somewhere/else) brings its pictures with it. The
// content build copies them to public/images/, where the site serves them as /images/<name>.

/** The folder, inside a content folder, that holds the images its pages show. */
export const IMAGES_FOLDER = 'images'

/** The kinds of file a page may show as an image. */
export const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|svg)$/i

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((relative) => fs.statSync(path.join(dir, relative)).isFile())
    .map((relative) => relative.split(path.sep).join('/'))
    .sort()
}

/** The addresses (/images/<name>) of the images in a content folder. */
export function contentImageAddresses(contentDir: string): string[] {
  return filesUnder(path.join(contentDir, IMAGES_FOLDER))
    .filter((relative) => IMAGE_FILE.test(relative))
    .map((relative) => `/${IMAGES_FOLDER}/${relative}`)
}

/**
 * Makes <publicDir>/images/ exactly the content folder's images: public/images/ is the build's
 * copy (ignored by git), so an image deleted from the content folder also leaves the site.
 * Returns how many files it copied.
 */
export function copyContentImages(contentDir: string, publicDir: string): number {
  const target = path.join(publicDir, IMAGES_FOLDER)
  fs.rmSync(target, { recursive: true, force: true })
  const addresses = contentImageAddresses(contentDir)
  for (const address of addresses) {
    const relative = address.slice(IMAGES_FOLDER.length + 2)
    fs.mkdirSync(path.dirname(path.join(target, relative)), { recursive: true })
    fs.copyFileSync(path.join(contentDir, IMAGES_FOLDER, relative), path.join(target, relative))
  }
  return addresses.length
}
