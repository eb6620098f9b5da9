import { AsyncLocalStorage } from 'node:async_hooks'
import type { IncomingMessage } from 'node:http'

// Fault injection for the end-to-end tests, so they can check what a real 500 looks like (its
// status, its security headers, the hashes of its scripts): with TEST_FAULTS=1 the server answers
// /test-fault by rendering a real page, the feedback form page, with a fault armed for that one
// request, and the page fails while rendering, as a page with a bug would. There is no
// /test-fault route in the build: without TEST_FAULTS (production) the address is "Page not
// found" like any other, and nothing is armed. The flag lives on globalThis because the server
// and Next's page bundles each have their own copy of this module.

declare global {
  var __familyHubsTestFault: AsyncLocalStorage<true> | undefined
}

export const TEST_FAULT_PATH = '/test-fault'
/** The page rendered, and made to fail, for /test-fault. */
const FAILING_PAGE = '/feedback?page=%2F'

function armed(): AsyncLocalStorage<true> {
  globalThis.__familyHubsTestFault ??= new AsyncLocalStorage<true>()
  return globalThis.__familyHubsTestFault
}

/** Whether this request is the test fault (only when enabled); if so, it is pointed at the page that will fail. */
export function armTestFault(req: IncomingMessage, enabled: boolean): boolean {
  if (!enabled || (req.url ?? '').split('?', 1)[0] !== TEST_FAULT_PATH) return false
  req.url = FAILING_PAGE
  return true
}

/** Runs the handling of one request with the fault armed, or as it is. */
export function withTestFault<T>(fault: boolean, handle: () => T): T {
  return fault ? armed().run(true, handle) : handle()
}

/** Called by the page that fails: throws only inside a request the server armed. */
export function failIfTestFault(): void {
  if (globalThis.__familyHubsTestFault?.getStore()) throw new Error('Deliberate failure for the tests (TEST_FAULTS=1)')
}
