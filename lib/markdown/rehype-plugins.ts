import rehypeSlug from 'rehype-slug'
import rehypeNowrapPostcodes from './rehype-nowrap-postcodes'
import rehypeTelLinks from './rehype-tel-links'

/**
 * What every markdown body goes through after it becomes HTML: headings get ids (for contents
 * lists, slugged like `headings.ts`), phone numbers become tel: links, postcodes stay on one line.
 */
export const rehypePlugins = [rehypeSlug, rehypeTelLinks, rehypeNowrapPostcodes]
