import { useEffect, useRef, useState } from 'react';
import { BasemapFileError } from '../../map/basemap-file/archive-info';
import { JIAXING_BBOX } from '../../domain/geo/jiaxing';
import type { BasemapFileInfo } from '../../types/basemap-settings';
import { usePlannerStore } from '../../state/store';
import { useT } from '../shared/use-t';
import { megabytes } from '../shared/files';
import { chooseBasemapFile, openedBasemapFile, removeBasemapFile } from './basemap-file';

const degrees = (value: number) => value.toFixed(4);
const overlaps = (a: readonly number[], b: readonly number[]) =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

type Status = { kind: 'idle' } | { kind: 'opening'; name: string } | { kind: 'failed'; message: string };

function FileFacts({ info }: { info: BasemapFileInfo }) {
  const t = useT();
  const [w, s, e, n] = info.bounds;
  return (
    <>
      <dl className="file-facts" data-testid="basemap-file-facts">
        <dt>{t('basemapFileName')}</dt>
        <dd>{info.name}</dd>
        <dt>{t('basemapFileTiles')}</dt>
        <dd>
          {info.kind === 'vector'
            ? t('basemapFileVector', { schema: info.schema === 'protomaps' ? 'Protomaps' : 'OpenMapTiles' })
            : t('basemapFileRaster', { format: info.tileFormat.toUpperCase() })}
        </dd>
        <dt>{t('basemapFileZooms')}</dt>
        <dd>
          {info.minZoom}–{info.maxZoom}
        </dd>
        <dt>{t('basemapFileBounds')}</dt>
        <dd>
          {degrees(w)}, {degrees(s)} – {degrees(e)}, {degrees(n)}
        </dd>
        <dt>{t('basemapFileAttribution')}</dt>
        <dd>{info.attribution || '—'}</dd>
        <dt>{t('basemapFileSize')}</dt>
        <dd>{megabytes(info.bytes)}</dd>
      </dl>
      {!overlaps(info.bounds, JIAXING_BBOX) && (
        <p className="notice-inline" role="status">
          {t('basemapFileOutside')}
        </p>
      )}
    </>
  );
}

/**
 * Basemap settings' map file: open a .pmtiles file (it is read and checked before anything is
 * kept, so a bad file changes nothing), see what it holds, and remove it.
 */
export function BasemapFileSection({ onChosen }: { onChosen: () => void }) {
  const t = useT();
  const basemap = usePlannerStore((state) => state.basemap);
  const setBasemap = usePlannerStore((state) => state.setBasemap);
  const [info, setInfo] = useState<BasemapFileInfo>();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!basemap.fileName) return;
    let live = true;
    openedBasemapFile(basemap.fileName)
      .then((opened) => live && setInfo(opened?.info))
      .catch(() => live && setInfo(undefined));
    return () => {
      live = false;
    };
  }, [basemap.fileName]);

  const open = async (file: File) => {
    setStatus({ kind: 'opening', name: file.name });
    try {
      const opened = await chooseBasemapFile(file);
      setInfo(opened.info);
      setStatus({ kind: 'idle' });
      const current = usePlannerStore.getState().basemap;
      setBasemap({ ...current, active: 'file', fileName: file.name });
      onChosen();
    } catch (error) {
      const message =
        error instanceof BasemapFileError
          ? t(`basemapFile_${error.reason}`, { name: file.name, found: error.found })
          : t('basemapFile_notPmtiles', { name: file.name, found: String(error) });
      setStatus({ kind: 'failed', message });
    }
  };

  const remove = async () => {
    await removeBasemapFile();
    setInfo(undefined);
    const current = usePlannerStore.getState().basemap;
    setBasemap({ ...current, fileName: '', active: current.active === 'file' ? 'offline' : current.active });
  };

  return (
    <section className="basemap-file" aria-labelledby="basemap-file-heading">
      <h3 id="basemap-file-heading">{t('basemapFileHeading')}</h3>
      <p className="muted">{t('basemapFileHelp')}</p>
      {info && basemap.fileName ? <FileFacts info={info} /> : <p className="muted">{t('basemapFileNone')}</p>}
      {status.kind === 'opening' && <p role="status">{t('basemapFileOpening', { name: status.name })}</p>}
      {status.kind === 'failed' && (
        <p role="alert" className="error-text">
          {status.message}
        </p>
      )}
      <div className="field-row">
        <input
          ref={input}
          type="file"
          accept=".pmtiles"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void open(file);
          }}
        />
        <button type="button" disabled={status.kind === 'opening'} onClick={() => input.current?.click()}>
          {t('openBasemapFile')}
        </button>
        {basemap.fileName && (
          <button type="button" onClick={() => void remove()}>
            {t('removeBasemapFile')}
          </button>
        )}
      </div>
    </section>
  );
}
