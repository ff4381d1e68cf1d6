/**
 * The same figures as PostGIS computes them, from the definitions (docs/architecture.md, Domain
 * model) and nothing of Cordon's: a building is in the highest tier one of whose zones or whose
 * ring covers it (`ST_Covers`, edges and vertices inside); a tier's area is its zones and ring
 * joined, less the higher tiers (`ST_Union`, `ST_Difference`); rings are buffers in metres in an azimuthal
 * equidistant projection centred on the scene (64 segments a quarter circle); areas are
 * `ST_Area(geography)` on the WGS-84 ellipsoid.
 */
import type { Postgis } from './postgis';
import type { Scene, SceneFigures } from './scene';
import { TIERS, type Tier } from '../../src/domain/zones/tier';

/** The SRID the scene's azimuthal equidistant projection is registered under. */
const PLANE_SRID = 990001;

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The scene's centre, for the projection the rings are buffered in. */
function centreOf(scene: Scene): [number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const zone of scene.zones)
    for (const polygon of zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates)
      for (const [lng, lat] of polygon[0])
        [west, south, east, north] = [
          Math.min(west, lng),
          Math.min(south, lat),
          Math.max(east, lng),
          Math.max(north, lat),
        ];
  return Number.isFinite(west) ? [(west + east) / 2, (south + north) / 2] : [120.75, 30.75];
}

/** SQL that loads a scene into tables z (zones), b (buildings) and t (each tier's covering area, as drawn with its ring, and its effective area). */
export function loadSceneSql(scene: Scene): string {
  const [lng0, lat0] = centreOf(scene);
  const aeqd = literal(`+proj=aeqd +lat_0=${lat0} +lon_0=${lng0} +ellps=WGS84 +units=m +no_defs`);
  const zoneRows = scene.zones.map(
    (zone) =>
      `(${literal(zone.id)}, ${literal(zone.tier)}, ST_SetSRID(ST_GeomFromGeoJSON(${literal(JSON.stringify(zone.geometry))}), 4326))`,
  );
  const buildingRows = scene.buildings.map(
    (b) => `(${literal(b.id)}, ST_SetSRID(ST_MakePoint(${b.lng}, ${b.lat}), 4326), ${b.households}, ${b.residents})`,
  );
  const ring = (distance: number) =>
    distance > 0
      ? `(SELECT ST_Transform(ST_Buffer(ST_Transform(u, ${PLANE_SRID}), ${distance}, 'quad_segs=64'), 4326) FROM sealed_union)`
      : 'NULL::geometry';
  return `
-- The scene's own projection, under an SRID of its own, so that PostGIS prepares it once a query.
DELETE FROM spatial_ref_sys WHERE srid = ${PLANE_SRID};
INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, proj4text) VALUES (${PLANE_SRID}, 'cordon', ${PLANE_SRID}, ${aeqd});
DROP TABLE IF EXISTS z, b, t, sealed_union, left_out;
CREATE UNLOGGED TABLE z (id text, tier text, g geometry);
CREATE UNLOGGED TABLE b (id text, g geometry, households bigint, residents bigint);
${zoneRows.length ? `INSERT INTO z VALUES ${zoneRows.join(',\n')};` : ''}
${buildingRows.length ? `INSERT INTO b VALUES ${buildingRows.join(',\n')};` : ''}
CREATE INDEX ON b USING gist (g);
ALTER TABLE b ADD COLUMN plane_g geometry;
UPDATE b SET plane_g = ST_Transform(g, ${PLANE_SRID});
CREATE UNLOGGED TABLE sealed_union AS SELECT ST_Union(g) AS u FROM z WHERE tier = 'sealed';
CREATE UNLOGGED TABLE t (tier text, rank int, ring geometry, covering geometry, effective geometry, ring_outline geometry);
INSERT INTO t (tier, rank, ring) VALUES
  ('sealed', 0, NULL), ('controlled', 1, ${ring(scene.controlledBufferMeters)}), ('precaution', 2, ${ring(scene.precautionBufferMeters)});
-- The ring's outline in the projection it was buffered in, for distances in metres.
UPDATE t SET ring_outline = ST_Transform(ST_Boundary(ring), ${PLANE_SRID}) WHERE ring IS NOT NULL;
UPDATE t SET covering = (
  SELECT ST_Union(g) FROM (SELECT g FROM z WHERE z.tier = t.tier UNION ALL SELECT t.ring WHERE t.ring IS NOT NULL) AS parts);
UPDATE t SET effective = CASE
  WHEN covering IS NULL THEN NULL
  ELSE COALESCE(ST_Difference(covering, (SELECT ST_Union(h.covering) FROM t AS h WHERE h.rank < t.rank)), covering) END;
`;
}

/**
 * Which tier each building is in: the highest with a zone as drawn or a ring that covers it. Each
 * zone is asked on its own, not the tier's union: a union's overlay may move an edge by the last
 * bit, and a building exactly on a zone's edge would then fall out of its tier.
 */
const BUILDING_TIERS = `
SELECT b.id, b.households, b.residents, c.tier
FROM b LEFT JOIN LATERAL (
  SELECT covering.tier FROM (
    SELECT t.tier, t.rank, z.g FROM z JOIN t ON t.tier = z.tier
    UNION ALL SELECT t.tier, t.rank, t.ring FROM t WHERE t.ring IS NOT NULL) AS covering
  WHERE ST_Covers(covering.g, b.g) ORDER BY covering.rank LIMIT 1) AS c ON true
ORDER BY b.id`;

/**
 * What two correct answers may disagree on, left out of a comparison when asked: buildings within
 * `ringMeters` of a ring's outline (Clipper2's arcs and PostGIS's segments differ there by a
 * fraction of a metre), and buildings off a zone's edge by less than `edgeDegrees` without being
 * on it (Cordon counts a point within 1e-12 of an edge, a cross product in degrees², as on it;
 * PostGIS only an exact one).
 */
export interface LeaveOut {
  ringMeters: number;
  edgeDegrees: number;
}

/** PostGIS's figures for a scene, in the golden files' form (areas unrounded), and the buildings it left out. */
export function postgisFigures(
  db: Postgis,
  scene: Scene,
  leaveOut?: LeaveOut,
): SceneFigures & { nearRings: Set<string>; besideEdges: Set<string> } {
  // One script, one connection: each row says which answer it belongs to.
  const rows = db.query(`${loadSceneSql(scene)}
${
  leaveOut
    ? `CREATE UNLOGGED TABLE left_out AS
SELECT DISTINCT 'near-ring' AS why, b.id FROM b, t WHERE t.ring IS NOT NULL AND ST_DWithin(t.ring_outline, b.plane_g, ${leaveOut.ringMeters})
UNION SELECT DISTINCT 'beside-edge', b.id FROM b, z
WHERE ST_DWithin(ST_Boundary(z.g), b.g, ${leaveOut.edgeDegrees}) AND NOT ST_Intersects(ST_Boundary(z.g), b.g);
DELETE FROM b WHERE id IN (SELECT id FROM left_out);
SELECT why, id FROM left_out;`
    : ''
}
SELECT 'building', * FROM (${BUILDING_TIERS}) AS building_tiers;
SELECT 'area', tier, COALESCE(ST_Area(effective::geography), 0) FROM t;
SELECT 'zone', z.id, COUNT(b.id), COALESCE(SUM(b.households), 0), COALESCE(SUM(b.residents), 0), ST_Area(z.g::geography)
FROM z LEFT JOIN b ON ST_Covers(z.g, b.g) GROUP BY z.id, z.g;
DROP TABLE IF EXISTS left_out;`);
  const empty = () => ({ records: 0, households: 0, residents: 0, areaSquareMeters: 0 });
  const tiers = Object.fromEntries(TIERS.map((tier) => [tier, empty()])) as SceneFigures['tiers'];
  const buildings = Object.fromEntries(TIERS.map((tier) => [tier, [] as string[]])) as SceneFigures['buildings'];
  const tierOf = new Map<string, Tier>();
  const byId = new Map<string, string[]>();
  const nearRings = new Set<string>();
  const besideEdges = new Set<string>();
  for (const [kind, ...row] of rows) {
    if (kind === 'near-ring') nearRings.add(row[0]);
    else if (kind === 'beside-edge') besideEdges.add(row[0]);
    else if (kind === 'building') {
      const [id, households, residents, tier] = row;
      if (!tier) continue;
      const figures = tiers[tier as Tier];
      figures.records++;
      figures.households += Number(households);
      figures.residents += Number(residents);
      tierOf.set(id, tier as Tier);
    } else if (kind === 'area') tiers[row[0] as Tier].areaSquareMeters = Number(row[1]);
    else if (kind === 'zone') byId.set(row[0], row);
  }
  // Buildings in the order the scene lists them.
  for (const building of scene.buildings) {
    const tier = tierOf.get(building.id);
    if (tier) buildings[tier].push(building.id);
  }
  const zones = scene.zones.map((zone) => {
    const [, records, households, residents, area] = byId.get(zone.id) ?? [];
    return {
      id: zone.id,
      tier: zone.tier,
      records: Number(records),
      households: Number(households),
      residents: Number(residents),
      areaSquareMeters: Number(area),
    };
  });
  return { tiers, zones, buildings, nearRings, besideEdges };
}
