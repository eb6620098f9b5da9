import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files'
import {
  ACCESS_ROUTES,
  AREAS,
  AUDIENCES,
  CONTACT_KEYS,
  COVERAGE,
  DAYS,
  LEVELS,
  TEAM_ROLES,
} from './lib/content/enums'

// Field shapes here are mirrored by the zod schemas in lib/content/schema.ts, which give
// editors `file: field: message` errors; tests/unit/schema-parity.test.ts keeps the two in step.

const slugOf = (flattenedPath: string) => flattenedPath.split('/').pop() ?? flattenedPath

const OpeningTime = defineNestedType(() => ({
  name: 'OpeningTime',
  fields: {
    day: { type: 'enum', options: [...DAYS], required: true },
    opens: { type: 'string', required: true },
    closes: { type: 'string', required: true },
  },
}))

export const Hub = defineDocumentType(() => ({
  name: 'Hub',
  filePathPattern: 'hubs/*.md',
  contentType: 'markdown',
  fields: {
    name: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    addressLines: { type: 'list', of: { type: 'string' }, required: true },
    postcode: { type: 'string', required: true },
    area: { type: 'enum', options: [...AREAS], required: true },
    latitude: { type: 'number', required: true },
    longitude: { type: 'number', required: true },
    coordinatesApproximate: { type: 'boolean', required: true },
    phone: { type: 'string', required: true },
    email: { type: 'string', required: true },
    ageFrom: { type: 'number', required: true },
    ageTo: { type: 'number', required: true },
    sendAgeTo: { type: 'number', required: false },
    team: { type: 'list', of: { type: 'enum', options: [...TEAM_ROLES] }, required: true },
    openingTimes: { type: 'list', of: OpeningTime, required: false },
    lastReviewed: { type: 'date', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/family-hubs/${slugOf(doc._raw.flattenedPath)}` },
  },
}))

export const Service = defineDocumentType(() => ({
  name: 'Service',
  filePathPattern: 'services/*.md',
  contentType: 'markdown',
  fields: {
    name: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    level: { type: 'enum', options: [...LEVELS], required: true },
    audience: { type: 'enum', options: [...AUDIENCES], required: true },
    ageFrom: { type: 'number', required: true },
    ageTo: { type: 'number', required: true },
    sendAgeTo: { type: 'number', required: false },
    access: { type: 'list', of: { type: 'enum', options: [...ACCESS_ROUTES] }, required: true },
    contacts: { type: 'list', of: { type: 'enum', options: [...CONTACT_KEYS] }, required: false },
    areas: { type: 'list', of: { type: 'enum', options: [...COVERAGE] }, required: true },
    relatedGuide: { type: 'string', required: false },
    lastReviewed: { type: 'date', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/services/${slugOf(doc._raw.flattenedPath)}` },
  },
}))

export const SupportLevel = defineDocumentType(() => ({
  name: 'SupportLevel',
  filePathPattern: 'support-levels/*.md',
  contentType: 'markdown',
  fields: {
    key: { type: 'enum', options: [...LEVELS], required: true },
    order: { type: 'number', required: true },
    name: { type: 'string', required: true },
    whoFor: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    services: { type: 'list', of: { type: 'string' }, required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/early-help#level-${doc.key}` },
  },
}))

export const Guide = defineDocumentType(() => ({
  name: 'Guide',
  filePathPattern: 'guides/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    audience: { type: 'enum', options: [...AUDIENCES], required: true },
    lastReviewed: { type: 'date', required: true },
    reviewDue: { type: 'date', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/guides/${slugOf(doc._raw.flattenedPath)}` },
  },
}))

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    lastReviewed: { type: 'date', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => slugOf(doc._raw.flattenedPath) },
    url: { type: 'string', resolve: (doc) => `/${slugOf(doc._raw.flattenedPath)}` },
  },
}))

const Contact = defineNestedType(() => ({
  name: 'Contact',
  fields: {
    key: { type: 'enum', options: [...CONTACT_KEYS], required: true },
    name: { type: 'string', required: true },
    description: { type: 'string', required: true },
    phone: { type: 'string', required: true },
    email: { type: 'string', required: false },
    hours: { type: 'string', required: false },
  },
}))

export const Site = defineDocumentType(() => ({
  name: 'Site',
  filePathPattern: 'site.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    siteName: { type: 'string', required: true },
    organisationName: { type: 'string', required: true },
    city: { type: 'string', required: true },
    siteUrl: { type: 'string', required: true },
    exitPageUrl: { type: 'string', required: true },
    emergencyGuidance: { type: 'string', required: true },
    contacts: { type: 'list', of: Contact, required: true },
  },
}))

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  documentTypes: [Hub, Service, SupportLevel, Guide, Page, Site],
  disableImportAliasWarning: true,
  // Contentlayer's default is to warn and drop the document: an editor would never notice.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
})
