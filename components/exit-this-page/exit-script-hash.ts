import 'server-only'
import { createHash } from 'node:crypto'
import { EXIT_SCRIPT } from './exit-script'

/**
 * The CSP source that allows the inline exit script, e.g. `script-src 'self' 'sha256-…'`.
 * Computed once when the server loads this module, never per request.
 */
export const EXIT_SCRIPT_CSP_HASH = `'sha256-${createHash('sha256').update(EXIT_SCRIPT, 'utf8').digest('base64')}'`
