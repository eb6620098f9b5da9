import { HONEYPOT_FIELD } from '@/lib/feedback/limits'

/** Hidden from people and assistive technology alike (display: none); bots that fill every field fill this. */
export function Honeypot({ id }: { id: string }) {
  return (
    <div hidden>
      <label htmlFor={id}>Leave this empty</label>
      <input type="text" id={id} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}
