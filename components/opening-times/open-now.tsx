'use client'

import { useSyncExternalStore } from 'react'
import { openingStatus, statusNow, type OpeningTime } from '@/lib/opening-times'

// The open-now line, worked out again in the browser from the same opening times, so that a page
// kept in a cache still says what is true when it is read, and stays true while it is open.
// Before hydration (and without JavaScript) the server's line, which names its moment, stands.

type Props = { times: readonly OpeningTime[]; closedDates: readonly string[]; fallback: string }

const MINUTE_MS = 60_000

function subscribe(onChange: () => void): () => void {
  const timer = setInterval(onChange, MINUTE_MS / 4)
  return () => clearInterval(timer)
}
const thisMinute = () => Math.floor(Date.now() / MINUTE_MS)
const notInBrowser = () => null

export function OpenNow({ times, closedDates, fallback }: Props) {
  const minute = useSyncExternalStore(subscribe, thisMinute, notInBrowser)
  return <>{minute === null ? fallback : statusNow(openingStatus(times, closedDates, new Date(minute * MINUTE_MS)))}</>
}
