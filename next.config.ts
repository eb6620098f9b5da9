import type { NextConfig } from 'next'
import { fixedHeaderList } from './lib/security/headers'

const nextConfig: NextConfig = {
  // Lets parallel test runs build side by side without sharing one output folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // The custom server (server.ts) compresses, after it has read each page to hash its scripts.
  compress: false,
  async headers() {
    // The server sets these on every response; this covers `next dev`, which does not use it.
    return [{ source: '/:path*', headers: fixedHeaderList() }]
  },
}

export default nextConfig
