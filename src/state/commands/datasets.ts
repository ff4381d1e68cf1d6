import type { DatasetRef, Note, Plan } from '../../domain/plan/plan';
import { fail, type Command, type CommandContext, type CommandResult } from './command';

function withDatasets(plan: Plan, datasets: DatasetRef[], note: Note, context: CommandContext): CommandResult {
  return {
    ok: true,
    plan: { ...plan, datasets, history: [...plan.history, { at: context.now, note, zoneIds: [] }] },
    note,
  };
}

/** Adds an imported dataset to the plan, as one undoable step (the records are already in the worker). */
export const addDataset: Command<DatasetRef> = (plan, dataset, context) => {
  if (plan.datasets.some((existing) => existing.id === dataset.id))
    return fail('errorDatasetExists', { file: dataset.fileName });
  return withDatasets(
    plan,
    [...plan.datasets, dataset],
    {
      key: dataset.kind === 'cases' ? 'noteImportedCases' : 'noteImportedHouseholds',
      values: { count: dataset.records, file: dataset.fileName },
    },
    context,
  );
};

/** Stops counting with a dataset; undo brings it back (its records stay on this computer). */
export const removeDataset: Command<{ id: string }> = (plan, { id }, context) => {
  const dataset = plan.datasets.find((existing) => existing.id === id);
  if (!dataset) return fail('errorDatasetMissing');
  return withDatasets(
    plan,
    plan.datasets.filter((existing) => existing.id !== id),
    { key: 'noteRemovedDataset', values: { count: dataset.records, file: dataset.fileName } },
    context,
  );
};
