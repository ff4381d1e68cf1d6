import type { CaseStore } from '../domain/cases/case-store';
import type { Protocol } from '../domain/cases/zone-clock';
import type { PublishedZone } from '../domain/plan/publication';
import { householdsPerCell, type CasePoint, type DistrictArea } from '../domain/publish/case-aggregates';
import type { HouseholdStore } from '../domain/households/household-store';
import type { PlaceInput } from '../domain/publish/gazetteer';
import { publicationChanges, publishedZones, type PublicationChanges } from '../domain/publish/publication-diff';
import { buildSnapshot, type Measures, type SnapshotNotes } from '../domain/publish/snapshot';
import type { RingSettings } from '../domain/zones/effective-tiers';
import type { PolygonEngine } from '../domain/zones/polygon-engine';
import type { Tier } from '../domain/zones/tier';
import type { Zone } from '../domain/zones/zone';
import { LATEST_FILE, publicationFiles } from '../io/publish/publication-files';

/** What the planner asks to publish: its valid zones and settings, the day, and what it published last. */
export interface PublicationRequest {
  title: string;
  zones: Zone[];
  settings: RingSettings & { protocol: Protocol };
  asOf: string;
  number: number;
  generatedAt: string;
  measures: Record<Tier, Measures>;
  previous?: PublishedZone[];
  /** Whether the plan counts with the demo households: then the demo's compounds are the named places. */
  demoPlaces: boolean;
}

/** The publication, ready to write, and what the planner reads before confirming. */
export interface PreparedPublication {
  fileName: string;
  snapshotText: string;
  latestText: string;
  zones: PublishedZone[];
  changes: PublicationChanges;
  notes: SnapshotNotes;
  summary: {
    zones: { name: string; tier: Tier; declaredOn: string; earliestOn?: string; daysToGo?: number }[];
    cases: { from: string; to: string; total: number | string; districts: { name: string; count: number | string }[] };
    gazetteer: number;
    bytes: number;
  };
}

function casePoints(store: CaseStore | undefined): CasePoint[] {
  if (!store) return [];
  const points: CasePoint[] = new Array(store.length);
  for (let i = 0; i < store.length; i++)
    points[i] = { lng: store.lng[i], lat: store.lat[i], reportedDay: store.reportedDay[i] };
  return points;
}

/**
 * Publishing in the worker (docs/architecture.md, Publishing): the same `buildSnapshot` as the
 * CLI, over the active cases, with pinyin-pro loaded only when a publication is prepared.
 */
export function createPublishApi(
  activeCases: () => CaseStore | undefined,
  activeHouseholds: () => HouseholdStore | undefined,
  engine: () => Promise<PolygonEngine>,
  districts: () => Promise<DistrictArea[]>,
  loadPlaces: () => Promise<PlaceInput[]>,
) {
  return {
    async preparePublication(request: PublicationRequest): Promise<PreparedPublication> {
      const [polygonEngine, areas, places, { romanize }] = await Promise.all([
        engine(),
        districts(),
        request.demoPlaces ? loadPlaces().catch(() => []) : Promise.resolve([]),
        import('../io/publish/romanize'),
      ]);
      const households = activeHouseholds();
      const { snapshot, notes } = buildSnapshot(polygonEngine, {
        title: request.title,
        zones: request.zones,
        settings: request.settings,
        districts: areas,
        cases: casePoints(activeCases()),
        ...(households ? { householdsPerCell: householdsPerCell(households) } : {}),
        places,
        asOf: request.asOf,
        publication: request.number,
        generatedAt: request.generatedAt,
        measures: request.measures,
        romanize,
      });
      const files = await publicationFiles(snapshot);
      const fileName = [...files.keys()].find((name) => name !== LATEST_FILE) as string;
      const zones = publishedZones(snapshot);
      const districtName = new Map(snapshot.cases.districts.map((d) => [d.id, `${d.zh} ${d.en}`]));
      return {
        fileName,
        snapshotText: files.get(fileName) as string,
        latestText: files.get(LATEST_FILE) as string,
        zones,
        changes: publicationChanges(request.previous, zones),
        notes,
        summary: {
          zones: snapshot.zones.map((zone) => ({
            name: zone.name,
            tier: zone.tier,
            declaredOn: zone.declaredOn,
            ...(zone.release ? { earliestOn: zone.release.earliestOn, daysToGo: zone.release.daysToGo } : {}),
          })),
          cases: {
            from: snapshot.cases.from,
            to: snapshot.cases.to,
            total: snapshot.cases.total,
            districts: snapshot.cases.districts.map((d) => ({ name: districtName.get(d.id) ?? d.id, count: d.count })),
          },
          gazetteer: snapshot.gazetteer.zh.length,
          bytes: new TextEncoder().encode(files.get(fileName) as string).length,
        },
      };
    },
  };
}
