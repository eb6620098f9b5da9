import { telHref } from '@/lib/content/formats'

// Numbers, addresses and postcodes read left to right inside right-to-left text too: dir="ltr"
// isolates each (HTML gives an element with dir unicode-bidi: isolate), so "0113 222 4403" is not
// reordered around Arabic words, and does nothing on a left-to-right page.

export function PhoneLink({ phone, className }: { phone: string; className?: string }) {
  return (
    <a href={telHref(phone)} dir="ltr" className={className ?? 'whitespace-nowrap font-bold'}>
      {phone}
    </a>
  )
}

export function EmailLink({ email }: { email: string }) {
  return (
    <a href={`mailto:${email}`} dir="ltr" className="break-words">
      {email}
    </a>
  )
}
