import { notFound } from 'next/navigation'

// Fault injection for the end-to-end tests: with TEST_FAULTS=1 this page fails while rendering,
// so the tests can check what a real 500 looks like (its status and its security headers).
// Everywhere else (TEST_FAULTS unset, as in production) it does not exist.
export const dynamic = 'force-dynamic'

export default function TestFault() {
  if (process.env.TEST_FAULTS !== '1') notFound()
  throw new Error('Deliberate failure for the tests (TEST_FAULTS=1)')
}
