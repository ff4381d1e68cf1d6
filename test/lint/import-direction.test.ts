import { describe, expect, it } from 'vitest';
import { lintRules } from '../helpers/lint-rules';

/** Imports run one way (docs/architecture.md): these prove the lint rules bite. */
describe('import direction lint rules', () => {
  const rules = lintRules();

  it.each([
    ['src/state/probe.ts', "import { MapController } from '../map/map-controller'; export const m = MapController;"],
    ['src/state/commands/probe.ts', "import { x } from '../../ui/planner/toolbar'; export const y = x;"],
    ['src/state/probe.ts', "import type { AnalysisApi } from '../workers/analysis-api'; export type A = AnalysisApi;"],
    ['src/state/probe.ts', "import * as m from 'maplibre-gl'; export const x = m;"],
    ['src/map/probe.ts', "import { usePlanStore } from '../state/plan-store'; export const s = usePlanStore;"],
    [
      'src/map/layers/probe.ts',
      "import type { HouseholdPoints } from '../../workers/analysis-api'; export type H = HouseholdPoints;",
    ],
    ['src/map/probe.ts', "import { useT } from '../ui/shared/use-t'; export const t = useT;"],
    ['src/types/probe.ts', "import { usePlanStore } from '../state/plan-store'; export const s = usePlanStore;"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await rules(file, code)).toContain('no-restricted-imports');
  });

  it('lets the state and the map import the domain and the shared types', async () => {
    expect(
      await rules('src/state/probe.ts', "import type { Plan } from '../domain/plan/plan'; export type P = Plan;"),
    ).toEqual([]);
    expect(
      await rules(
        'src/map/probe.ts',
        "import type { LayerVisibility } from '../types/layer-visibility'; export type L = LayerVisibility;",
      ),
    ).toEqual([]);
  });
});
