/** public/demo/manifest.json: what the generator wrote, so a loader can show progress and check it got everything. */
export interface DemoManifest {
  seed: number;
  files: Record<'households.csv.gz' | 'cases.csv.gz', { rows: number; csvCharacters: number; sha256: string }>;
}

/** Checks the shape of a fetched manifest. */
export function parseDemoManifest(value: unknown): DemoManifest {
  const manifest = value as DemoManifest | null;
  const ok = (name: 'households.csv.gz' | 'cases.csv.gz') =>
    Number.isInteger(manifest?.files?.[name]?.rows) && Number.isInteger(manifest?.files?.[name]?.csvCharacters);
  if (!manifest || !ok('households.csv.gz') || !ok('cases.csv.gz')) {
    throw new Error('demo/manifest.json is damaged: regenerate the demo data with "npm run data:demo"');
  }
  return manifest;
}
