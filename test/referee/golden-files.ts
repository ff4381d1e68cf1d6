/** The golden files' form, shared by the PostGIS writer and the tests that read them. */
import type { SceneFigures } from './scene';

export const GOLDEN_DIR = 'test/fixtures/figures';

/** Areas in the files are rounded to the square centimetre. */
const round = (value: number) => Math.round(value * 100) / 100;

/** The text of a golden output file: who wrote it, the settings, and the figures. */
export function goldenJson(settings: object, figures: SceneFigures, postgisVersion: string): string {
  const version = /POSTGIS="([^ "]+)/.exec(postgisVersion)?.[1] ?? postgisVersion;
  const json = {
    writtenBy: `PostGIS ${version} (test/referee/write-golden.ts): ST_Covers, ST_Union, ST_Difference, ST_Buffer and ST_Area(geography)`,
    settings,
    tiers: Object.fromEntries(
      Object.entries(figures.tiers).map(([tier, value]) => [
        tier,
        { ...value, areaSquareMeters: round(value.areaSquareMeters) },
      ]),
    ),
    zones: figures.zones.map((zone) => ({ ...zone, areaSquareMeters: round(zone.areaSquareMeters) })),
    buildings: figures.buildings,
  };
  return JSON.stringify(json, null, 1) + '\n';
}
