'use client'

import { useEffect, useRef, useState } from 'react'
import { leavePage, restorePage } from './leave-page'
import { createShiftCounter, EXPIRED_MESSAGE, PRESSES_TO_EXIT, progressMessage, SHIFT_WINDOW_MS } from './shift-counter'

// The only client code of the exit control. Without it the links still work as plain links.
export function ExitThisPageShortcut({ href }: { href: string }) {
  const [count, setCount] = useState(0)
  const [message, setMessage] = useState('')
  const indicatorRef = useRef<HTMLSpanElement>(null)

  useEffect(() => {
    const counter = createShiftCounter()
    let expiryTimer: ReturnType<typeof setTimeout> | undefined

    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[data-exit-this-page]') : null
      if (!(link instanceof HTMLAnchorElement)) return
      event.preventDefault()
      leavePage(link.href)
    }

    const onKey = (event: KeyboardEvent) => {
      const result = counter.handle(event)
      if (result.action === 'none') return
      clearTimeout(expiryTimer)
      if (result.action === 'exit') {
        leavePage(href)
        setCount(0)
        setMessage('')
        return
      }
      if (result.action === 'reset') {
        setCount(0)
        setMessage('')
        return
      }
      setCount(result.count)
      setMessage(progressMessage(result.remaining))
      expiryTimer = setTimeout(() => {
        if (!counter.expire()) return
        setCount(0)
        setMessage(EXPIRED_MESSAGE)
      }, SHIFT_WINDOW_MS)
    }

    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) restorePage()
    }

    // Capture phase on window, so nothing on the page can stop the shortcut or the click.
    window.addEventListener('click', onClick, true)
    window.addEventListener('keydown', onKey, true)
    window.addEventListener('keyup', onKey, true)
    window.addEventListener('pageshow', onPageShow)
    // Lets tests and the benchmark know the shortcut is live, instead of guessing with timeouts.
    const indicator = indicatorRef.current
    indicator?.setAttribute('data-enhanced', '')
    return () => {
      indicator?.removeAttribute('data-enhanced')
      clearTimeout(expiryTimer)
      window.removeEventListener('click', onClick, true)
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('keyup', onKey, true)
      window.removeEventListener('pageshow', onPageShow)
    }
  }, [href])

  return (
    <>
      <span ref={indicatorRef} className="exit-this-page-indicator" aria-hidden="true" data-count={count}>
        {Array.from({ length: PRESSES_TO_EXIT }, (_, index) => (
          <span key={index} className="exit-this-page-indicator-light" data-lit={index < count ? 'true' : undefined} />
        ))}
      </span>
      <p role="status" className="sr-only">
        {message}
      </p>
    </>
  )
}
