// Bodies come from markdown that editors commit to the repository, compiled at build time.
export function Markdown({ html }: { html: string }) {
  return <div className="prose prose-site" dangerouslySetInnerHTML={{ __html: html }} />
}
