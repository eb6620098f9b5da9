const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2026-11-20" or an ISO timestamp -> "20 November 2026". */
export function formatDate(iso: string): string {
  return longDate.format(new Date(iso))
}

/** "0 to 19 (up to 25 with SEND)" style age ranges; "Ages not stated" when the sources give none. */
export function formatAges({ ageFrom, ageTo, sendAgeTo }: { ageFrom?: number; ageTo?: number; sendAgeTo?: number }): string {
  if (ageFrom === undefined || ageTo === undefined) return 'Ages not stated'
  const base = `${ageFrom} to ${ageTo} years`
  return sendAgeTo !== undefined && sendAgeTo > ageTo
    ? `${base}, or up to ${sendAgeTo} for young people with special educational needs and disabilities (SEND)`
    : base
}
