import type { DatasetRef } from '../../domain/plan/plan';

/** The embedded demo data as the datasets a plan names; counts match public/demo/manifest.json (pinned by a test). */
export const DEMO_DATASETS: readonly DatasetRef[] = [
  {
    id: 'demo-households',
    kind: 'households',
    source: 'demo',
    fileName: 'households.csv.gz',
    records: 300_000,
    importedAt: '2022-03-26T00:00:00.000Z',
  },
  {
    id: 'demo-cases',
    kind: 'cases',
    source: 'demo',
    fileName: 'cases.csv.gz',
    records: 3_000,
    importedAt: '2022-03-26T00:00:00.000Z',
  },
];

/** A new plan on the demo data: what the planner opens with. */
export function withDemoData<T extends { datasets: DatasetRef[] }>(plan: T): T {
  return { ...plan, datasets: DEMO_DATASETS.map((dataset) => ({ ...dataset })) };
}
