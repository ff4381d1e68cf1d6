import gcoord from 'gcoord';
import type { PointIndex } from '../../domain/geo/point-index';
import type { DeclaredCrs } from './coordinates';

export interface CrsSuggestion {
  /** The datum under which the points sit closest to known buildings. */
  best: DeclaredCrs;
  /** Median distance in metres to the nearest building, per datum tried. */
  medianMeters: Partial<Record<DeclaredCrs, number>>;
  /** How many sample points were used. */
  samples: number;
}

const FROM: Record<'gcj02' | 'bd09', string> = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Infinity : sorted[Math.floor(sorted.length / 2)];
}

/**
 * Suggests the coordinate system of imported points by where they land: cases and households
 * are at addresses, so under the right datum they sit on known buildings, and under a wrong one
 * about 400 m (GCJ-02) or 1 km (BD-09) away. A hint for the import dialog, never applied by
 * itself. Uses at most `maxSamples` points, spread through the file.
 */
export function suggestCrs(
  points: readonly [number, number][],
  buildings: PointIndex,
  maxSamples = 500,
): CrsSuggestion | undefined {
  if (points.length === 0) return undefined;
  const step = Math.max(1, Math.floor(points.length / maxSamples));
  const sample = points.filter((_, i) => i % step === 0).slice(0, maxSamples);
  const medianMeters: Partial<Record<DeclaredCrs, number>> = {};
  for (const crs of ['wgs84', 'gcj02', 'bd09'] as const) {
    const distances = sample.map(([lng, lat]) => {
      const [x, y] = crs === 'wgs84' ? [lng, lat] : gcoord.transform([lng, lat], FROM[crs] as never, gcoord.WGS84);
      return buildings.nearestMeters(x, y);
    });
    medianMeters[crs] = median(distances);
  }
  const best = (Object.entries(medianMeters) as [DeclaredCrs, number][]).sort((a, b) => a[1] - b[1])[0][0];
  return { best, medianMeters, samples: sample.length };
}
