import '../zod-without-eval';
import { z } from 'zod/mini';
import { isPublishableCount } from '../../domain/publish/public-count';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type PublicSnapshot } from '../../domain/publish/snapshot-types';

/**
 * The public snapshot's schema (docs/architecture.md, Publishing), checked when a publication is
 * written and again when the public page reads it. Objects are strict: a field the schema does not
 * name fails the write, so nothing reaches the public by being added to the domain's types
 * unnoticed. zod/mini, so the public page's answer path stays small.
 */
const coordinate = z.number().check(z.refine(Number.isFinite, 'expected a finite number'));
const position = z.tuple([coordinate, coordinate]);
const ring = z.array(position).check(z.minLength(4));
const polygon = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) });
const multiPolygon = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
});
const area = z.discriminatedUnion('type', [polygon, multiPolygon]);
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date'));
const tier = z.enum(['sealed', 'controlled', 'precaution']);
const count = z
  .union([z.literal('<10'), z.number()])
  .check(z.refine(isPublishableCount, 'a published count is 0, "<10" or a multiple of ten from ten up'));
const text = (max: number) => z.string().check(z.maxLength(max));
const measures = z.strictObject({ zh: text(500), en: text(1000) });

export const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  publication: z.number().check(z.int(), z.positive()),
  generatedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'expected an ISO timestamp in UTC')),
  asOf: isoDate,
  title: text(200),
  toleranceMeters: z.number().check(z.nonnegative()),
  bbox: z.tuple([coordinate, coordinate, coordinate, coordinate]),
  tiers: z.strictObject({ sealed: z.optional(area), controlled: z.optional(area), precaution: z.optional(area) }),
  zones: z.array(
    z.strictObject({
      id: text(100),
      name: text(200),
      tier,
      declaredOn: isoDate,
      release: z.optional(
        z.strictObject({
          earliestOn: isoDate,
          becomes: z.enum(['controlled', 'precaution', 'sealed', 'lifted']),
          caseFreeDaysNeeded: z.number().check(z.int(), z.nonnegative()),
          daysToGo: z.number().check(z.int(), z.nonnegative()),
        }),
      ),
      district: z.optional(text(20)),
      geometry: area,
    }),
  ),
  measures: z.strictObject({ sealed: measures, controlled: measures, precaution: measures }),
  cases: z.strictObject({
    resolution: z.number().check(z.int(), z.minimum(0), z.maximum(7)),
    from: isoDate,
    to: isoDate,
    total: count,
    districts: z.array(z.strictObject({ id: text(20), zh: text(50), en: text(100), count })),
    cells: z.array(
      z.strictObject({
        h3: z.string().check(z.regex(/^[0-9a-f]{15}$/)),
        count,
        outline: z.array(position).check(z.minLength(4), z.maxLength(12)),
      }),
    ),
  }),
  gazetteer: z
    .strictObject({
      kinds: z.string().check(z.regex(/^[dzp]*$/, 'kinds are d, z or p')),
      zh: z.array(text(200)),
      en: z.array(text(200)),
      py: z.array(text(800)),
      at: z.array(coordinate),
      ref: z.array(text(100)),
    })
    .check(
      z.refine(
        (g) =>
          [g.zh.length, g.en.length, g.py.length, g.ref.length, g.at.length / 2].every((n) => n === g.kinds.length),
        'every column of the gazetteer has one value per name (at: two)',
      ),
    ),
});

/** A problem with a snapshot: where (a field path) and what. */
export interface SnapshotProblem {
  path: string;
  message: string;
}

/** Checks a value (a snapshot about to be written, or JSON just read) against the schema. */
export function checkSnapshot(
  value: unknown,
): { ok: true; snapshot: PublicSnapshot } | { ok: false; problems: SnapshotProblem[] } {
  const result = snapshotSchema.safeParse(value);
  if (result.success) return { ok: true, snapshot: result.data as PublicSnapshot };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.map(String).join('.') || '(top)',
      message: issue.message,
    })),
  };
}
