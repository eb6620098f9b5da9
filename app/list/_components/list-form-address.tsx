'use client'

import { useEffect } from 'react'
import { LIST_KEYS, LIST_KINDS, listPath, type ListItemRef } from '@/lib/list/address'

// Without JavaScript the form sends one parameter per ticked box (h=a&h=b&s=c), which the page
// reads as well; the server refuses more than 30 parameters before the page can say anything.
// With JavaScript the form goes to the list's own short address (h=a,b&s=c) instead, so any
// number of ticks reaches the page, which then explains a list that is too long.

export function ListFormAddress({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId)
    if (!(form instanceof HTMLFormElement)) return
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault()
      const data = new FormData(form)
      const items: ListItemRef[] = LIST_KINDS.flatMap((kind) => data.getAll(LIST_KEYS[kind]).map((slug) => ({ kind, slug: String(slug) })))
      window.location.assign(listPath(items))
    }
    form.addEventListener('submit', onSubmit)
    return () => form.removeEventListener('submit', onSubmit)
  }, [formId])
  return null
}
