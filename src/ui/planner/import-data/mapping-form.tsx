import { useId, useState, type FormEvent } from 'react';
import type { ColumnRole } from '../../../io/import/column-roles';
import { PERSONAL_ROLES } from '../../../io/import/column-roles';
import type { DeclaredCrs } from '../../../io/import/coordinates';
import type { TextEncodingName } from '../../../io/import/decode-bytes';
import type { ReadChoices } from '../../../io/import/import-file';
import type { StringKey } from '../../../i18n/strings';
import type { ImportSettings } from '../../../workers/import-session';
import { useT } from '../../shared/use-t';
import type { MappingStep } from './use-data-import';
import { detectColumnRoles } from '../../../io/import/column-roles';
import type { ListKind } from '../../../io/import/import-types';

const ROLES: Record<ListKind, ColumnRole[]> = {
  sites: [
    'id',
    'siteName',
    'kind',
    'lng',
    'lat',
    'latLng',
    'capacity',
    'roomsInUse',
    'opens',
    'closes',
    'direction',
    'crs',
  ],
  cases: [
    'id',
    'lng',
    'lat',
    'latLng',
    'reportedOn',
    'onsetOn',
    'foundIn',
    'kind',
    'crs',
    'address',
    'personName',
    'idNumber',
    'phone',
  ],
  households: [
    'id',
    'lng',
    'lat',
    'latLng',
    'households',
    'residents',
    'gridId',
    'crs',
    'address',
    'personName',
    'idNumber',
    'phone',
  ],
};
const CRS_CHOICES: DeclaredCrs[] = ['wgs84', 'gcj02', 'bd09', 'epsg3857', 'bd09mc'];
const ENCODINGS: TextEncodingName[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];
const DELIMITERS: [string, string][] = [
  [',', ','],
  [';', ';'],
  ['\t', 'Tab'],
  ['|', '|'],
];

/** Column index per role, as the form edits it. */
type Roles = Partial<Record<ColumnRole, number>>;

/**
 * What the file holds, as found, and everything the user confirms before any row is checked: the
 * encoding (with a sample of decoded rows), the kind of list, each column's role, the coordinate
 * system (asked, with a hint when the points look shifted) and value options.
 */
export function MappingForm({
  step,
  onReread,
  onCheck,
  onCancel,
}: {
  step: MappingStep;
  onReread: (choices: ReadChoices) => void;
  onCheck: (settings: ImportSettings) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const ids = useId();
  const { inspection, suggestion } = step.found;
  const { info, headers, sample } = inspection;
  const [kind, setKind] = useState(inspection.kind);
  const [roles, setRoles] = useState<Roles>(inspection.mapping.roles);
  const [crs, setCrs] = useState<DeclaredCrs | undefined>(inspection.crsFromValues);
  const [pairOrder, setPairOrder] = useState<'lat-lng' | 'lng-lat'>('lat-lng');
  const [decimalComma, setDecimalComma] = useState(inspection.decimalComma);
  const [excelSerialDates, setExcelSerialDates] = useState(info.format === 'xlsx');
  const [keepAddress, setKeepAddress] = useState(false);

  const roleOf = (column: number) =>
    (Object.entries(roles) as [ColumnRole, number][]).find(([, c]) => c === column)?.[0];
  const assign = (column: number, role: ColumnRole | '') => {
    const next: Roles = {};
    for (const [r, c] of Object.entries(roles) as [ColumnRole, number][]) if (c !== column && r !== role) next[r] = c;
    if (role) next[role] = column;
    setRoles(next);
  };
  const hasPosition = (roles.lng !== undefined && roles.lat !== undefined) || roles.latLng !== undefined;
  const missing: StringKey | undefined = !hasPosition
    ? 'importNeedsPosition'
    : kind === 'cases' && roles.reportedOn === undefined
      ? 'importNeedsDate'
      : kind === 'sites' && roles.kind === undefined
        ? 'importNeedsSiteKind'
        : !crs
          ? 'importCrsRequired'
          : undefined;
  const personal = PERSONAL_ROLES.filter(
    (role) => roles[role] !== undefined && !(role === 'address' && kind === 'households' && keepAddress),
  ).map((role) => headers[roles[role] as number]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing || !crs) return;
    onCheck({
      kind,
      roles,
      crs,
      pairOrder,
      decimalComma,
      excelSerialDates,
      keepAddress: kind === 'households' && keepAddress,
    });
  };

  const found =
    info.format === 'xlsx'
      ? t('importFoundXlsx', { rows: info.rows, sheet: info.sheet ?? '' })
      : info.format === 'json'
        ? t('importFoundJson', { rows: info.rows })
        : t('importFoundCsv', { rows: info.rows, delimiter: info.delimiter === '\t' ? 'Tab' : `“${info.delimiter}”` });

  return (
    <form onSubmit={submit} className="import-form">
      <section aria-labelledby={`${ids}-found`}>
        <h3 id={`${ids}-found`}>{t('importFoundHeading')}</h3>
        <p data-testid="import-found">
          {step.fileName}: {found}
        </p>
        {info.bomStripped && <p className="muted small">{t('importBomStripped')}</p>}
        {info.undecodableLines.length > 0 && (
          <p className="error-text">
            {t('importUndecodable', { lines: info.undecodableLines.slice(0, 10).join(', ') })}
          </p>
        )}
        <div className="form-row">
          {info.encoding && (
            <label>
              {t('importEncoding')}{' '}
              <select
                value={info.encoding}
                onChange={(event) => onReread({ ...step.choices, encoding: event.target.value as TextEncodingName })}
              >
                {ENCODINGS.map((encoding) => (
                  <option key={encoding} value={encoding}>
                    {encoding === info.encoding && info.encodingDetected
                      ? t('importEncodingDetected', { encoding })
                      : encoding}
                  </option>
                ))}
              </select>
            </label>
          )}
          {info.format === 'csv' && (
            <label>
              {t('delimiter')}{' '}
              <select
                value={info.delimiter}
                onChange={(event) => onReread({ ...step.choices, delimiter: event.target.value })}
              >
                {DELIMITERS.map(([value, label]) => (
                  <option key={label} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {info.sheets && info.sheets.length > 1 && (
            <label>
              {t('importSheet')}{' '}
              <select value={info.sheet} onChange={(event) => onReread({ ...step.choices, sheet: event.target.value })}>
                {info.sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </section>

      <fieldset className="form-row">
        <legend>{t('importKind')}</legend>
        {(['cases', 'households', 'sites'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${ids}-kind`}
              checked={kind === value}
              onChange={() => {
                setKind(value);
                // A site list reads "name" as the site's: the columns are guessed again for it, and back.
                if (value === 'sites' || kind === 'sites') setRoles(detectColumnRoles(headers, value).roles);
              }}
            />{' '}
            {t(`importKind_${value}`)}
          </label>
        ))}
      </fieldset>

      <section aria-labelledby={`${ids}-mapping`}>
        <h3 id={`${ids}-mapping`}>{t('importMapping')}</h3>
        <p className="muted small">{t('importMappingHelp')}</p>
        {inspection.mapping.problems.map((problem) => (
          <p key={`${problem.column}-${problem.key}`} className="error-text small">
            {t('importHeaderProblem', { column: problem.column + 1, header: problem.header, problem: t(problem.key) })}
          </p>
        ))}
        <div className="table-scroll">
          <table className="import-sample" aria-label={t('importSample')}>
            <thead>
              <tr>
                {headers.map((header, column) => (
                  <th key={column} scope="col">
                    <label>
                      <span className="column-header">{header || `#${column + 1}`}</span>
                      <select
                        aria-label={header || `#${column + 1}`}
                        value={roleOf(column) ?? ''}
                        onChange={(event) => assign(column, event.target.value as ColumnRole | '')}
                      >
                        <option value="">{t('importRoleNone')}</option>
                        {ROLES[kind].map((role) => (
                          <option key={role} value={role}>
                            {t(`role_${role}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sample.slice(0, 5).map((row, index) => (
                <tr key={index}>
                  {headers.map((_, column) => (
                    <td key={column}>{shorten(row[column] ?? '')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {personal.length > 0 && (
          <p className="notice-text small" data-testid="import-personal">
            {t('importPersonal', { columns: personal.join('、') })}
          </p>
        )}
        {kind === 'households' && roles.address !== undefined && (
          <label className="small">
            <input type="checkbox" checked={keepAddress} onChange={(event) => setKeepAddress(event.target.checked)} />{' '}
            {t('importKeepAddress')}
          </label>
        )}
        {roles.latLng !== undefined && (
          <label>
            {t('importPairOrder')}{' '}
            <select value={pairOrder} onChange={(event) => setPairOrder(event.target.value as 'lat-lng' | 'lng-lat')}>
              <option value="lat-lng">{t('importPairOrder_latLng')}</option>
              <option value="lng-lat">{t('importPairOrder_lngLat')}</option>
            </select>
          </label>
        )}
      </section>

      <fieldset>
        <legend>{t('importCrs')}</legend>
        {inspection.crsFromValues === 'epsg3857' && <p className="small">{t('importCrsProjected')}</p>}
        {suggestion?.best && (
          <p className="notice-text small" data-testid="import-crs-hint">
            {t('importCrsHint', {
              crs: t(`importCrs_${suggestion.best}`),
              wins: suggestion.wins,
              compared: suggestion.wins + suggestion.losses,
              meters: Math.round(suggestion.medianMeters[suggestion.best] ?? 0),
            })}
          </p>
        )}
        <div className="form-row">
          {CRS_CHOICES.map((value) => (
            <label key={value}>
              <input type="radio" name={`${ids}-crs`} checked={crs === value} onChange={() => setCrs(value)} />{' '}
              {t(`importCrs_${value as 'wgs84'}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="form-row small">
        <label>
          <input type="checkbox" checked={decimalComma} onChange={(event) => setDecimalComma(event.target.checked)} />{' '}
          {t('importDecimalComma')}
        </label>
        {kind === 'cases' && (
          <label>
            <input
              type="checkbox"
              checked={excelSerialDates}
              onChange={(event) => setExcelSerialDates(event.target.checked)}
            />{' '}
            {t('importExcelDates')}
          </label>
        )}
      </div>

      {missing && (
        <p className="muted small" role="status">
          {t(missing)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('importDiscard')}
        </button>
        <button type="submit" className="primary" disabled={!!missing}>
          {t('importCheckRows')}
        </button>
      </div>
    </form>
  );
}

export const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);
