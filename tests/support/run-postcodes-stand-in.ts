import { startPostcodesStandIn } from './postcodes-stand-in'

// `tsx tests/support/run-postcodes-stand-in.ts 3301`: the stand-in for the end-to-end server.
const port = Number(process.argv[2] ?? 3301)
void startPostcodesStandIn({ port }).then((standIn) => console.log(`postcodes stand-in on ${standIn.url}`))
