'use client'

import { useState } from 'react'
import { useIsClient } from '@/components/feedback/use-is-client'

// Print and copy need JavaScript, so they appear only once it runs; without it the page says how
// to print, and the address is on the page to copy. The confirmation is in a live region, so a
// screen reader hears it as well as it being seen.

export function ListTools({ address }: { address: string }) {
  const isClient = useIsClient()
  const [message, setMessage] = useState('')
  if (!isClient) {
    return <li className="text-base">To print the list, use your browser’s Print.</li>
  }
  const copy = () => {
    navigator.clipboard.writeText(address).then(
      () => setMessage('Link copied. You can paste it into a message.'),
      () => setMessage('The link could not be copied: select the address below and copy it.'),
    )
  }
  return (
    <>
      <li>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Print the list
        </button>
      </li>
      <li>
        <button type="button" className="button button-secondary" onClick={copy}>
          Copy link
        </button>
        <p role="status" className="mt-1 text-base font-bold">
          {message}
        </p>
      </li>
    </>
  )
}
