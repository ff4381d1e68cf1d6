import { strToU8, zipSync } from 'fflate';
import { useEffect, useState } from 'react';
import { workingDateOf } from '../../domain/plan/plan';
import type { PublicationRecord } from '../../domain/plan/publication';
import { DEFAULT_MEASURES } from '../../domain/publish/default-measures';
import { MIN_CELL_HOUSEHOLDS } from '../../domain/publish/public-count';
import { usePlanStore, todayInShanghai } from '../../state/plan-store';
import { runCommand } from '../../state/run-command';
import { recordPublication } from '../../state/commands/publications';
import { zoneIssues } from '../../state/zone-issues';
import { usePlannerStore } from '../../state/store';
import { analysisClient } from '../../workers/analysis-client';
import type { PreparedPublication } from '../../workers/publish-api';
import { LATEST_FILE } from '../../io/publish/publication-files';
import {
  directoryPicker,
  folderLatest,
  nextPublicationNumber,
  NotAPublicationFolder,
  writePublicationFolder,
} from '../../io/publish/publication-folder';
import { downloadBlob, safeFileName } from '../shared/files';
import { ModalDialog } from '../shared/modal-dialog';
import { useT } from '../shared/use-t';
import { formatIsoDate } from '../shared/format-date';

type State =
  | { kind: 'preparing' }
  | { kind: 'failed'; reason: string }
  | {
      kind: 'ready';
      prepared: PreparedPublication;
      asOf: string;
      number: number;
      folderHolds?: number;
      /** Why the last write into the folder failed; the publication can be written again or downloaded. */
      writeError?: string;
    }
  | { kind: 'writing' }
  | { kind: 'done'; message: string };

/** The site folder chosen in this session (the File System Access API), kept between openings. */
interface ChosenFolder {
  handle: FileSystemDirectoryHandle;
}

/**
 * Publish the public map (docs/architecture.md, Publishing): the worker prepares the snapshot with
 * the CLI's domain code; the dialog shows exactly what it holds and what changed since the plan's
 * previous publication; Publish writes the files into the site's folder (where the browser can) or
 * downloads them as a zip, and records the publication in the plan.
 */
export function PublishDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const language = usePlannerStore((state) => state.language);
  const plan = usePlanStore((state) => state.history.present);
  const [state, setState] = useState<State>({ kind: 'preparing' });
  const [folder, setFolder] = useState<ChosenFolder>();
  const [folderError, setFolderError] = useState<string>();
  const picker = directoryPicker();

  useEffect(() => {
    if (!open) return;
    let current = true;
    setState({ kind: 'preparing' });
    const asOf = workingDateOf(plan, todayInShanghai());
    const last = plan.publications.at(-1);
    (async () => {
      // Read again at each opening: the folder may have been published to since.
      const folderHolds = folder ? await folderLatest(folder.handle) : undefined;
      const number = nextPublicationNumber(last?.number, folderHolds);
      const prepared = await analysisClient().preparePublication({
        title: plan.name,
        zones: plan.zones.filter((zone) => zoneIssues(zone).length === 0),
        settings: plan.settings,
        asOf,
        number,
        generatedAt: new Date().toISOString(),
        measures: DEFAULT_MEASURES,
        previous: last?.zones,
        demoPlaces: plan.datasets.some((dataset) => dataset.source === 'demo' && dataset.kind === 'households'),
      });
      return { prepared, asOf, number, folderHolds: folderHolds?.publication };
    })().then(
      (ready) => current && setState({ kind: 'ready', ...ready }),
      (error: unknown) => current && setState({ kind: 'failed', reason: (error as Error)?.message ?? String(error) }),
    );
    return () => {
      current = false;
    };
    // Prepared once per opening and folder: the dialog is modal, so the plan does not change under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, folder]);

  const chooseFolder = async () => {
    if (!picker) return;
    setFolderError(undefined);
    let handle: FileSystemDirectoryHandle;
    try {
      handle = await picker({ id: 'cordon-publication', mode: 'readwrite' });
    } catch (error) {
      if ((error as DOMException)?.name !== 'AbortError') setFolderError((error as Error)?.message ?? String(error));
      return;
    }
    try {
      await folderLatest(handle);
    } catch (error) {
      setFolderError(
        error instanceof NotAPublicationFolder
          ? t('publishNotAFolder', { folder: handle.name })
          : ((error as Error)?.message ?? String(error)),
      );
      return;
    }
    setFolder({ handle });
  };

  const record = (prepared: PreparedPublication, asOf: string, number: number) => {
    const entry: PublicationRecord = {
      number,
      publishedAt: new Date().toISOString(),
      asOf,
      file: prepared.fileName,
      zones: prepared.zones,
    };
    runCommand(recordPublication, { record: entry });
  };

  const download = () => {
    if (state.kind !== 'ready') return;
    const { prepared, asOf, number } = state;
    const zip = zipSync({
      risk: { [prepared.fileName]: strToU8(prepared.snapshotText), 'latest.json': strToU8(prepared.latestText) },
    });
    const file = `${safeFileName(plan.name) || 'cordon'}-public-${number}.zip`;
    downloadBlob(file, new Blob([zip], { type: 'application/zip' }));
    record(prepared, asOf, number);
    setState({ kind: 'done', message: t('publishDone', { number, file }) });
  };

  const writeToFolder = async () => {
    if (state.kind !== 'ready' || !folder) return;
    const { prepared, asOf, number } = state;
    setState({ kind: 'writing' });
    const files = new Map([
      [prepared.fileName, prepared.snapshotText],
      [LATEST_FILE, prepared.latestText],
    ]);
    try {
      // Someone may have published into the folder since the preview: never go back in number.
      const holds = await folderLatest(folder.handle);
      if (holds && holds.publication >= number) {
        setState({ ...state, writeError: t('publishFolderAhead', { number: holds.publication }) });
        return;
      }
      await writePublicationFolder(folder.handle, files);
    } catch (error) {
      const writeError = t('publishWriteFailed', { reason: (error as Error)?.message ?? String(error) });
      setState({ ...state, writeError });
      return;
    }
    record(prepared, asOf, number);
    setState({
      kind: 'done',
      message: t('publishWritten', { number, folder: folder.handle.name, file: prepared.fileName }),
    });
  };

  const dateText = (iso: string) => formatIsoDate(language, iso);
  const tierText = (tier: string) => t(`tier_${tier}` as Parameters<typeof t>[0]);

  return (
    <ModalDialog open={open} title={t('publishTitle')} onClose={onClose} wide className="publish-dialog">
      <p className="muted small">{t('publishHelp')}</p>
      {picker && (
        <div className="publish-folder">
          <p>
            {folder ? t('publishFolderChosen', { folder: folder.handle.name }) : t('publishFolderNone')}
            {state.kind === 'ready' && state.folderHolds !== undefined && (
              <> {t('publishFolderHolds', { number: state.folderHolds })}</>
            )}
          </p>
          <button type="button" onClick={chooseFolder} disabled={state.kind === 'writing'}>
            {folder ? t('publishFolderChange') : t('publishFolderChoose')}
          </button>
          {folderError && (
            <p role="alert" className="error-text">
              {folderError}
            </p>
          )}
        </div>
      )}
      {state.kind === 'preparing' && <p role="status">{t('publishPreparing')}</p>}
      {state.kind === 'writing' && <p role="status">{t('publishWriting')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="error-text">
          {t('publishFailed', { reason: state.reason })}
        </p>
      )}
      {state.kind === 'done' && <p role="status">{state.message}</p>}
      {state.kind === 'ready' && state.writeError && (
        <p role="alert" className="error-text">
          {state.writeError}
        </p>
      )}
      {state.kind === 'ready' && <Preview state={state} dateText={dateText} tierText={tierText} />}
      <div className="dialog-actions">
        {state.kind === 'ready' && folder && (
          <button type="button" className="primary" onClick={writeToFolder}>
            {t('publishToFolder')}
          </button>
        )}
        {state.kind === 'ready' && (
          <button type="button" className={folder ? undefined : 'primary'} onClick={download}>
            {t('publishConfirm')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </ModalDialog>
  );
}

function Preview({
  state,
  dateText,
  tierText,
}: {
  state: Extract<State, { kind: 'ready' }>;
  dateText: (iso: string) => string;
  tierText: (tier: string) => string;
}) {
  const t = useT();
  const { prepared, asOf, number } = state;
  const { changes, summary, notes } = prepared;
  const list = (names: string[]) => names.join('、');
  return (
    <div className="publish-preview">
      <p>
        <strong>{t('publishNumber', { number })}</strong> · {t('publishAsOf')} {dateText(asOf)} ·{' '}
        {t('publishSize', { size: `${(summary.bytes / 1024).toFixed(0)} kB` })}
      </p>
      <h3>{t('publishChanges')}</h3>
      {number === 1 ? (
        <p>{t('publishFirst')}</p>
      ) : changes.added.length + changes.adjusted.length + changes.lifted.length === 0 ? (
        <p>{t('publishNoChange')}</p>
      ) : null}
      <ul className="publish-changes">
        {changes.added.length > 0 && (
          <li>
            {t('publishAdded', { count: changes.added.length })}: {list(changes.added)}
          </li>
        )}
        {changes.adjusted.length > 0 && (
          <li>
            {t('publishAdjusted', { count: changes.adjusted.length })}: {list(changes.adjusted)}
          </li>
        )}
        {changes.lifted.length > 0 && (
          <li>
            {t('publishLifted', { count: changes.lifted.length })}: {list(changes.lifted)}
          </li>
        )}
      </ul>
      <h3>{t('publishZones', { count: summary.zones.length })}</h3>
      {summary.zones.length === 0 ? (
        <p role="alert" className="error-text">
          {t('publishNone')}
        </p>
      ) : (
        <table className="publish-zones">
          <thead>
            <tr>
              <th scope="col">{t('publishZoneName')}</th>
              <th scope="col">{t('publishZoneTier')}</th>
              <th scope="col">{t('publishZoneSince')}</th>
              <th scope="col">{t('publishZoneEarliest')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.zones.map((zone, i) => (
              <tr key={i}>
                <td>{zone.name}</td>
                <td>{tierText(zone.tier)}</td>
                <td>{dateText(zone.declaredOn)}</td>
                <td>{zone.earliestOn ? dateText(zone.earliestOn) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('publishCases', { from: dateText(summary.cases.from), to: dateText(summary.cases.to) })}</h3>
      <table className="publish-cases">
        <tbody>
          {summary.cases.districts.map((district) => (
            <tr key={district.name}>
              <th scope="row">{district.name}</th>
              <td>{String(district.count)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('publishCasesTotal')}</th>
            <td>{String(summary.cases.total)}</td>
          </tr>
        </tbody>
      </table>
      <p>{t('publishSearch', { count: summary.gazetteer })}</p>
      {notes.sparseCells > 0 && (
        <p className="muted">{t('publishSparseCells', { count: notes.sparseCells, min: MIN_CELL_HOUSEHOLDS })}</p>
      )}
      {notes.namesLeftOut.length > 0 && <p>{t('publishNamesLeftOut', { names: list(notes.namesLeftOut) })}</p>}
      {notes.notInForce.length > 0 && (
        <p className="muted">{t('publishNotInForce', { names: list(notes.notInForce) })}</p>
      )}
    </div>
  );
}
