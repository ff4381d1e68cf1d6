import '../zod-without-eval';
import { z } from 'zod';
import {
  MAX_CASE_FREE_DAYS,
  MAX_CONTACTS_PER_CASE,
  MAX_RATE,
  MAX_RING_METERS,
  MAX_ROUND_HOURS,
  MAX_SITE_TEXT_CHARACTERS,
  MAX_SITES,
  MAX_WALKING_METERS,
} from '../../domain/plan/plan-limits';
import { MAX_SITE_CAPACITY, SITE_KINDS } from '../../domain/sites/site';
import { MAX_TEMPLATE_FIELD_CHARACTERS, NOTICE_TEMPLATE_FIELDS } from '../../domain/notices/notice-template';
import { MAX_SLIDE_TITLE_CHARACTERS, MAX_SLIDES } from '../../domain/plan/slide';
import { dayFromIsoDate } from '../../domain/time/day-number';
import { MAX_PUBLICATION_RECORDS } from '../../domain/plan/publication';

/**
 * The saved plan formats, one schema per version, frozen once released. Unknown keys are
 * dropped by zod, so `__proto__`-style keys never reach an object's prototype.
 */
const position = z.tuple([z.number().finite(), z.number().finite()]);
const ring = z.array(position).min(4);
const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygon = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) });
const area = z.discriminatedUnion('type', [polygon, multiPolygon]);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date')
  .refine((text) => dayFromIsoDate(text) !== undefined, 'no such day in the calendar');
const ringMeters = z.number().finite().min(0).max(MAX_RING_METERS);
const tier = z.enum(['sealed', 'controlled', 'precaution']);
const settings = z.object({
  controlledBufferMeters: ringMeters,
  precautionBufferMeters: ringMeters,
});

const zoneV1 = z.object({
  id: z.string().min(1),
  tier,
  name: z.string(),
  geometry: area,
  declaredOn: isoDate,
  liftedOn: isoDate.optional(),
  origin: z.enum(['drawn', 'imported', 'derived']),
  derivedFrom: z.string().optional(),
  bufferMeters: ringMeters.optional(),
  notes: z.string(),
});

/** Version 1: the foundation's plan (zones without events, notes as plain text). */
export const planV1 = z.object({
  schemaVersion: z.literal(1),
  name: z.string(),
  zones: z.array(zoneV1),
  settings,
  history: z.array(z.object({ at: z.string(), note: z.string() })),
});

const note = z.object({
  key: z.string().min(1),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** Version 2: zones record declared / adjusted / lifted events; notes are i18n keys. */
export const planV2 = z.object({
  schemaVersion: z.literal(2),
  name: z.string(),
  zones: z.array(
    zoneV1.extend({
      events: z.array(
        z.object({ kind: z.enum(['declared', 'adjusted', 'lifted']), on: isoDate, note: z.string().optional() }),
      ),
    }),
  ),
  settings,
  history: z.array(z.object({ at: z.string(), note, zoneIds: z.array(z.string()) })),
});

const datasetRef = z.object({
  id: z.string().min(1),
  kind: z.enum(['cases', 'households']),
  source: z.enum(['demo', 'import']),
  fileName: z.string(),
  records: z.number().int().min(0),
  importedAt: z.string(),
});

/** Version 3: the plan names the datasets (demo or imported) it counts with. */
export const planV3 = planV2.extend({ schemaVersion: z.literal(3), datasets: z.array(datasetRef) });

export type PlanV1 = z.infer<typeof planV1>;
export type PlanV2 = z.infer<typeof planV2>;
export type PlanV3 = z.infer<typeof planV3>;

const rate = z.number().finite().min(0).max(MAX_RATE);

const clockRule = z.object({
  from: tier,
  to: z.enum(['sealed', 'controlled', 'precaution', 'lifted']),
  caseFreeDays: z.number().int().min(0).max(MAX_CASE_FREE_DAYS),
});

/** Version 4: settings add the precaution mode, the planning rates and the lifting protocol. */
export const planV4 = planV3.extend({
  schemaVersion: z.literal(4),
  settings: settings.extend({
    precautionMode: z.enum(['ring', 'district']),
    planningRates: z.object({ supplyPacksPerHousehold: rate, swabsPerResident: rate, staffPer100Households: rate }),
    protocol: z.object({ rules: z.array(clockRule).max(10) }),
  }),
});

export type PlanV4 = z.infer<typeof planV4>;

/** Version 5: settings add the working date (null: today). */
export const planV5 = planV4.extend({
  schemaVersion: z.literal(5),
  settings: planV4.shape.settings.extend({ workingDate: isoDate.nullable() }),
});

export type PlanV5 = z.infer<typeof planV5>;

const count = z.number().int().min(0).max(1e9);
const byFoundIn = z.object({ community: count, quarantine: count, screening: count, imported: count });
const tierFigures = z.object({ households: count, residents: count, zones: count });
const keyFigures = z.object({
  asOf: isoDate,
  newCases: z.object({ day: count, last7Days: count, dayByFoundIn: byFoundIn, last7DaysByFoundIn: byFoundIn }),
  tiers: z.object({ sealed: tierFigures, controlled: tierFigures, precaution: tierFigures }),
  dueSoon: count,
});
const slide = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(MAX_SLIDE_TITLE_CHARACTERS),
  camera: z.object({
    center: z.tuple([z.number().min(-180).max(180), z.number().min(-85.1).max(85.1)]),
    zoom: z.number().min(0).max(24),
    bearing: z.number().min(-360).max(360),
    pitch: z.number().min(0).max(85),
  }),
  date: isoDate,
  window: z.discriminatedUnion('mode', [
    z.object({ mode: z.enum(['all', '7', '14']) }),
    z.object({ mode: z.literal('custom'), from: isoDate }),
  ]),
  layers: z.object({ districts: z.boolean(), density: z.boolean(), compounds: z.boolean(), hexes: z.boolean() }),
  figures: keyFigures,
  savedAt: z.string().max(40),
});

/** Version 6: the briefing's slides. */
export const planV6 = planV5.extend({
  schemaVersion: z.literal(6),
  slides: z.array(slide).max(MAX_SLIDES),
});

export type PlanV6 = z.infer<typeof planV6>;

const publishedZone = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(200),
  tier,
  declaredOn: isoDate,
  earliestOn: isoDate.optional(),
  outline: z.string().max(16),
});
const publicationRecord = z.object({
  number: z.number().int().min(1),
  publishedAt: z.string().max(40),
  asOf: isoDate,
  file: z.string().max(100),
  zones: z.array(publishedZone).max(10_000),
});

/** Version 7: the record of public-map publications. */
export const planV7 = planV6.extend({
  schemaVersion: z.literal(7),
  publications: z.array(publicationRecord).max(MAX_PUBLICATION_RECORDS),
});

export type PlanV7 = z.infer<typeof planV7>;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time HH:MM');
const capacity = z.number().int().min(0).max(MAX_SITE_CAPACITY);
const site = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(MAX_SITE_TEXT_CHARACTERS),
  kind: z.enum(SITE_KINDS),
  lng: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  capacity,
  roomsInUse: capacity.optional(),
  opens: timeOfDay.optional(),
  closes: timeOfDay.optional(),
  direction: z.string().max(MAX_SITE_TEXT_CHARACTERS).optional(),
});

const templateText = z.string().max(MAX_TEMPLATE_FIELD_CHARACTERS);
const noticeTemplate = z.object(
  Object.fromEntries(NOTICE_TEMPLATE_FIELDS.map((field) => [field, templateText])) as Record<
    (typeof NOTICE_TEMPLATE_FIELDS)[number],
    typeof templateText
  >,
);

/** Version 8: sites (testing, isolation, supply, checkpoints), the coverage settings and the notice templates. */
export const planV8 = planV7.extend({
  schemaVersion: z.literal(8),
  settings: planV7.shape.settings.extend({
    coverage: z.object({
      walkingMeters: z.number().finite().min(0).max(MAX_WALKING_METERS),
      targetRoundHours: z.number().finite().min(0.5).max(MAX_ROUND_HOURS),
      contactsPerCase: z.number().finite().min(0).max(MAX_CONTACTS_PER_CASE),
    }),
    notices: z.object({ 'zh-CN': noticeTemplate, en: noticeTemplate }),
  }),
  sites: z.array(site).max(MAX_SITES),
});

export type PlanV8 = z.infer<typeof planV8>;
