import { useCallback, useRef, useState } from 'react';
import { JIAXING_BBOX } from '../../../domain/geo/jiaxing';
import { fileTooLarge, type FileProblem, type ReadChoices } from '../../../io/import/import-file';
import { addDataset } from '../../../state/commands/datasets';
import { currentPlan, liveContext } from '../../../state/plan-store';
import { importSites } from '../../../state/commands/sites';
import type { ListKind } from '../../../io/import/import-types';
import { usePlannerStore } from '../../../state/store';
import type { ImportPreview, ImportProgress, ImportSettings, InspectResult } from '../../../workers/import-session';
import { Comlink } from '../../../workers/clients';
import { analysisClient } from '../../../workers/analysis-client';
import { runCommand } from '../../../state/run-command';

export type MappingStep = {
  kind: 'mapping';
  fileName: string;
  found: Extract<InspectResult, { ok: true }>;
  choices: ReadChoices;
};

/** Where the import dialog is. Each step holds what it shows. */
export type ImportStep =
  | { kind: 'choose'; problem?: { file: string; problem: FileProblem } }
  | { kind: 'reading'; fileName: string; progress?: ImportProgress }
  | MappingStep
  | { kind: 'checking'; fileName: string; progress?: ImportProgress; mapping: MappingStep }
  | { kind: 'preview'; preview: ImportPreview; mapping: MappingStep; settings: ImportSettings };

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * Drives one import through the worker: read (with progress), confirm, check every row (with
 * progress and time left), preview, then commit as one undoable plan step or discard. Cancel and
 * close leave the plan and the active data as they were.
 */
export function useDataImport(onDone: () => void, listKind?: ListKind) {
  const [step, setStep] = useState<ImportStep>({ kind: 'choose' });
  const running = useRef<string | undefined>(undefined);
  const notify = usePlannerStore((state) => state.notify);

  const track = (onProgress: (progress: ImportProgress) => void) => {
    const id = `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
    running.current = id;
    return {
      id,
      onProgress: Comlink.proxy((progress: ImportProgress) => running.current === id && onProgress(progress)),
    };
  };

  const read = useCallback(
    async (file: File | undefined, choices: ReadChoices, fileName: string) => {
      if (file) {
        const large = fileTooLarge(file.name, file.size);
        if (large) return setStep({ kind: 'choose', problem: { file: file.name, problem: large } });
      }
      setStep({ kind: 'reading', fileName });
      const { id, onProgress } = track((progress) => setStep({ kind: 'reading', fileName, progress }));
      try {
        // The File itself goes to the worker (a handle, not its bytes): the page never holds the contents.
        const found = await analysisClient().inspectImport(id, file, choices, onProgress, listKind);
        if (running.current !== id) return;
        running.current = undefined;
        if (!found.ok) setStep({ kind: 'choose', problem: { file: fileName, problem: found.problem } });
        else setStep({ kind: 'mapping', fileName, found, choices });
      } catch (error) {
        if (running.current !== id) return;
        running.current = undefined;
        if (isAbort(error)) {
          notify({ kind: 'info', key: 'importCancelled', tag: 'import' });
          setStep({ kind: 'choose' });
        } else
          setStep({
            kind: 'choose',
            problem: { file: fileName, problem: { key: 'dataImportFailed', values: { detail: String(error) } } },
          });
      }
    },
    [notify, listKind],
  );

  const check = useCallback(
    async (mapping: MappingStep, settings: ImportSettings) => {
      setStep({ kind: 'checking', fileName: mapping.fileName, mapping });
      const { id, onProgress } = track((progress) =>
        setStep({ kind: 'checking', fileName: mapping.fileName, progress, mapping }),
      );
      try {
        const preview = await analysisClient().checkImport(
          id,
          settings,
          {
            jurisdiction: JIAXING_BBOX,
            today: liveContext().today,
            ...(settings.kind === 'sites' ? { sites: currentPlan().sites } : {}),
          },
          onProgress,
        );
        if (running.current !== id) return;
        running.current = undefined;
        setStep({ kind: 'preview', preview, mapping, settings });
      } catch (error) {
        if (running.current !== id) return;
        running.current = undefined;
        if (isAbort(error)) notify({ kind: 'info', key: 'importCancelled', tag: 'import' });
        else notify({ kind: 'error', key: 'dataImportFailed', values: { detail: String(error) }, tag: 'import' });
        // The file stays read: the user can change the mapping and check again.
        setStep(mapping);
      }
    },
    [notify],
  );

  const cancel = useCallback(() => {
    if (running.current) void analysisClient().cancel(running.current);
  }, []);

  const commit = useCallback(
    async (preview: ImportPreview) => {
      if (preview.kind === 'sites') {
        // Sites are plan objects: the checked list joins the plan as one undoable step.
        const { sites, fileName } = await analysisClient().commitSiteImport();
        if (runCommand(importSites, { sites, fileName })) {
          notify({
            kind: 'info',
            key: 'importSitesDone',
            values: { count: sites.length, file: fileName },
            tag: 'import',
          });
          setStep({ kind: 'choose' });
          onDone();
        }
        return;
      }
      const context = liveContext();
      const ref = await analysisClient().commitImport(`import-${context.newId()}`, context.now);
      if (runCommand(addDataset, ref)) {
        notify({
          kind: 'info',
          key: 'importDone',
          values: { count: ref.records, file: preview.fileName },
          tag: 'import',
        });
        setStep({ kind: 'choose' });
        onDone();
      }
    },
    [notify, onDone],
  );

  /** Stops whatever runs and forgets the file: for Discard and for closing the dialog. */
  const reset = useCallback(() => {
    if (running.current) void analysisClient().cancel(running.current);
    running.current = undefined;
    void analysisClient().discardImport();
    setStep({ kind: 'choose' });
  }, []);

  return { step, setStep, read, check, cancel, commit, reset };
}
