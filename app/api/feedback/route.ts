import { getSite } from '@/lib/content'
import { handleFeedbackPost } from '@/lib/feedback/http'
import { submitDeps } from '@/lib/feedback/server'

export async function POST(request: Request): Promise<Response> {
  return handleFeedbackPost(request, await submitDeps(), { exitPageUrl: getSite().exitPageUrl })
}
