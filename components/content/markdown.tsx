// Bodies come from markdown that editors commit to the repository, compiled at build time.
export function Markdown({ html }: { html: string }) {
  return <div className="prose prose-lg prose-site prose-a:text-link" dangerouslySetInnerHTML={{ __html: html }} />
}
