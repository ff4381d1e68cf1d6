/**
 * PostGIS as a second baseline: what a GIS analyst would run. The same records and zones are
 * loaded once into a throw-away cluster (test/referee/postgis.ts) with a GiST index on the
 * points; the timed query is the spatial join that counts each zone's records, households and
 * residents (`ST_Covers`), timed inside the server (no client or transfer time).
 */
import type { CountedZone } from '../src/domain/figures/plan-figures';
import type { HouseholdStore } from '../src/domain/households/household-store';
import { findPostgis, startPostgis, type Postgis } from '../test/referee/postgis';

let server: Promise<Postgis> | undefined;
/** Which records are loaded (a store is loaded once, however many comparisons use it). */
let loadedStore: HouseholdStore | undefined;

/** Whether PostGIS is there; when not, the benchmark says why and goes on without it. */
export function postgisMissing(): string | undefined {
  const found = findPostgis();
  return 'missing' in found ? found.missing : undefined;
}

const ZONE_COUNTS = `SELECT z.id, count(b.id), sum(b.households), sum(b.residents) FROM bench_zones z JOIN bench_records b ON ST_Covers(z.g, b.g) GROUP BY z.id`;

/** Loads the records (once per store) and the zones; returns the server-side time of one count of every zone, in ms. */
export async function postgisZoneCount(store: HouseholdStore, zones: readonly CountedZone[]): Promise<() => number> {
  const db = await (server ??= startPostgis());
  if (loadedStore !== store) {
    const lines: string[] = [];
    for (let i = 0; i < store.length; i++)
      lines.push(`${i}\t${store.lng[i]}\t${store.lat[i]}\t${store.households[i]}\t${store.residents[i]}`);
    db.query(`
DROP TABLE IF EXISTS bench_records;
CREATE UNLOGGED TABLE bench_records (id int, lng float8, lat float8, households bigint, residents bigint, g geometry(Point, 4326));
COPY bench_records (id, lng, lat, households, residents) FROM STDIN;
${lines.join('\n')}
\\.
UPDATE bench_records SET g = ST_SetSRID(ST_MakePoint(lng, lat), 4326);
CREATE INDEX ON bench_records USING gist (g);
ANALYZE bench_records;`);
    loadedStore = store;
  }
  const rows = zones.map(
    (zone) => `('${zone.id}', ST_SetSRID(ST_GeomFromGeoJSON('${JSON.stringify(zone.geometry)}'), 4326))`,
  );
  db.query(`
DROP TABLE IF EXISTS bench_zones;
CREATE UNLOGGED TABLE bench_zones (id text, g geometry);
INSERT INTO bench_zones VALUES ${rows.join(',')};
ANALYZE bench_zones;
CREATE OR REPLACE FUNCTION bench_timed(q text) RETURNS double precision AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
  EXECUTE 'SELECT count(*) FROM (' || q || ') AS s';
  RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$ LANGUAGE plpgsql;`);
  return () => Number(db.query(`SELECT bench_timed(${`$q$${ZONE_COUNTS}$q$`});`)[0][0]);
}

/** Stops the cluster, if one was started. */
export async function stopPostgis(): Promise<void> {
  if (server) (await server).stop();
  server = undefined;
  loadedStore = undefined;
}
