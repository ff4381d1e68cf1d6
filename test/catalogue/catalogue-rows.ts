/**
 * Every row of the team's catalogue of hostile input (100 rows, A1 to G8; summarised in
 * test/catalogue/README.md), with the test file that holds its fixture and asserted outcome, or
 * why it does not apply to Cordon. catalogue-complete.test.ts fails when a row is missing here,
 * or when the named file does not name the row.
 */
export type CatalogueRow = { id: string; gist: string } & ({ test: string } | { notApplicable: string });

const IMPORTS = 'test/catalogue/import-catalogue.test.ts';
const ZONE_FILES = 'src/io/zones/zone-geojson.test.ts';
const ZONE_CHECKS = 'src/domain/zones/validate-zone.test.ts';
const RESOURCES = 'test/hostile/resource-limits.test.ts';
const RENDERING = 'test/catalogue/rendering-rows.test.ts';

const imports = (ids: string, gist: string): CatalogueRow[] =>
  ids.split(' ').map((id) => ({ id, gist, test: IMPORTS }));

export const CATALOGUE_ROWS: CatalogueRow[] = [
  ...imports('A1 A2 A3 A4 A5 A6 A7 A9 A10 A11 A13 A14', 'file level: encodings, types, truncation'),
  { id: 'A8', gist: 'a file above the cap is refused before reading', test: IMPORTS },
  { id: 'A12', gist: 'JSON nested very deep', test: RESOURCES },
  ...imports('B1 B2 B3 B4 B5 B6 B7 B8 B9 B10 B11 B12 B13 B14 B15 B16', 'delimited text: structure and typing'),
  { id: 'B17', gist: '5 000 columns, a 5 MB cell or line', test: RESOURCES },
  ...imports('C1 C2 C3 C4 C5 C6 C7 C8 C9 C10 C11 C12 C13 C14 C15 C16 C17 C18 C19', 'JSON and GeoJSON structure'),
  ...imports('D1 D2 D3 D4 D7 D8 D9 D10 D11 D12 D13', 'coordinates and coordinate systems'),
  {
    id: 'D5',
    gist: 'GCJ-02 declared as WGS-84: the dialog suggests the datum',
    test: 'src/io/import/suggest-crs.test.ts',
  },
  {
    id: 'D6',
    gist: 'BD-09 declared as WGS-84: the dialog suggests the datum',
    test: 'src/io/import/suggest-crs.test.ts',
  },
  { id: 'D14', gist: 'a polygon across the antimeridian', test: ZONE_FILES },
  { id: 'D15', gist: 'a polygon spanning the world', test: ZONE_FILES },
  {
    id: 'D16',
    gist: 'polygon rings given to h3 without the GeoJSON flag',
    notApplicable:
      'Cordon never fills a polygon with H3 cells (no polygonToCells anywhere): case cells come from latLngToCell of points, zones are counted by point-in-polygon',
  },
  { id: 'E1', gist: 'an unclosed ring', test: ZONE_FILES },
  { id: 'E2', gist: 'fewer than three distinct vertices', test: ZONE_CHECKS },
  { id: 'E3', gist: 'repeated consecutive vertices', test: ZONE_CHECKS },
  { id: 'E4', gist: 'a self-intersecting bow tie', test: ZONE_FILES },
  { id: 'E5', gist: 'a hole outside or across its shell', test: ZONE_CHECKS },
  { id: 'E6', gist: 'a clockwise exterior ring', test: ZONE_CHECKS },
  { id: 'E7', gist: 'a MultiPolygon whose parts overlap', test: ZONE_CHECKS },
  { id: 'E8', gist: 'near-degenerate input: vertices 1e-12 apart, slivers', test: ZONE_CHECKS },
  { id: 'E9', gist: 'a polygon with empty coordinates', test: ZONE_FILES },
  { id: 'E10', gist: 'a zero-area polygon', test: ZONE_FILES },
  { id: 'E11', gist: 'a zone of 100 000 vertices', test: RESOURCES },
  { id: 'E12', gist: 'zones of different tiers overlapping', test: 'src/domain/zones/effective-tiers.test.ts' },
  {
    id: 'E13',
    gist: 'a negative buffer larger than the zone',
    test: 'src/state/commands/commands.test.ts',
  },
  { id: 'E14', gist: 'a buffer distance NaN, negative, huge or text', test: 'src/state/commands/commands.test.ts' },
  ...imports('F1 F2 F3 F4 F5 F6 F7 F8 F9 F10 F12', 'case and household semantics'),
  {
    id: 'F11',
    gist: 'a household inside two overlapping zones counts in the highest tier only',
    test: 'src/domain/figures/plan-figures.test.ts',
  },
  ...imports('G1 G5 G6 G7 G8', 'hostile text in properties'),
  { id: 'G2', gist: 'markup in the map attribution', test: RENDERING },
  { id: 'G3', gist: 'javascript: and data: URLs in a link property', test: RENDERING },
  {
    id: 'G4',
    gist: 'CSS injection through a colour property',
    notApplicable:
      'no imported or typed value ever becomes a colour: tiers, sites and case classes have fixed colours in map/styles, and zone files carry only name, tier, dates and notes',
  },
];
