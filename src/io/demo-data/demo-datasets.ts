import { demoSites } from './demo-sites';
import { emptyPlan, type DatasetRef, type Plan } from '../../domain/plan/plan';

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

/** The report date of the demo's last case (pinned against the data by load-demo.test.ts). */
export const DEMO_LAST_CASE_DATE = '2022-04-24';

/** A plan on the demo data: its datasets named. */
export function withDemoData<T extends { datasets: DatasetRef[] }>(plan: T): T {
  return { ...plan, datasets: DEMO_DATASETS.map((dataset) => ({ ...dataset })) };
}

/**
 * What the planner opens with: a new plan on the demo data, worked on the day of the demo's last
 * case, so zones drawn on the 2022 outbreak are declared in it and their clocks run, with the
 * demo's illustrative testing, isolation and supply sites and checkpoints.
 */
export function demoPlan(name: string): Plan {
  const plan = withDemoData(emptyPlan(name));
  return { ...plan, settings: { ...plan.settings, workingDate: DEMO_LAST_CASE_DATE }, sites: demoSites() };
}
