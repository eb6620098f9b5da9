import { telHref } from '@/lib/content/formats'

export function PhoneLink({ phone, className }: { phone: string; className?: string }) {
  return (
    <a href={telHref(phone)} className={className ?? 'whitespace-nowrap font-bold'}>
      {phone}
    </a>
  )
}

export function EmailLink({ email }: { email: string }) {
  return (
    <a href={`mailto:${email}`} className="break-words">
      {email}
    </a>
  )
}
