import { handleFeedbackPost } from '@/lib/feedback/http'
import { endpointSettings, submitDeps } from '@/lib/feedback/server'

export async function POST(request: Request): Promise<Response> {
  return handleFeedbackPost(request, await submitDeps(), endpointSettings())
}
