import { useEffect, useId, useMemo, useState } from 'react';
import { workingDateOf } from '../../domain/plan/plan';
import { draftNotice, noticeKindsFor, noticeText, type NoticeKind } from '../../domain/notices/notice';
import type { NoticePlace } from '../../domain/notices/notice-places';
import type { NoticeLanguage } from '../../domain/notices/notice-template';
import { DEFAULT_MEASURES } from '../../domain/publish/default-measures';
import { TIERS, type Tier } from '../../domain/zones/tier';
import type { Zone } from '../../domain/zones/zone';
import { translate } from '../../i18n/i18n';
import { todayInShanghai, usePlanStore } from '../../state/plan-store';
import { zoneIssues } from '../../state/zone-issues';
import { analysisClient } from '../../workers/analysis-client';
import { downloadBlob, downloadText, safeFileName } from '../shared/files';
import { ModalDialog } from '../shared/modal-dialog';
import { useT } from '../shared/use-t';

type Scope = 'zone' | 'tier';

/**
 * Drafts the notice (通告) for the selected zone or for every zone of its tier (docs/architecture.md,
 * Notices): the worker finds the places inside, the plan's template words it, the preview shows
 * it as text, and it downloads as Word or plain text.
 */
export function NoticeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ids = useId();
  const plan = usePlanStore((state) => state.history.present);
  const selection = usePlanStore((state) => state.selection);
  const zone = selection.kind === 'zone' ? plan.zones.find((each) => each.id === selection.id) : undefined;
  const [scope, setScope] = useState<Scope>('zone');
  const [kind, setKind] = useState<NoticeKind>('declare');
  const [language, setLanguage] = useState<NoticeLanguage>('zh-CN');
  const [date, setDate] = useState(() => workingDateOf(plan, todayInShanghai()));
  const [places, setPlaces] = useState<Record<string, NoticePlace[]>>();
  const [failure, setFailure] = useState<string>();

  // Each opening starts on the selected zone, with the plan's working date.
  useEffect(() => {
    if (!open) return;
    setScope('zone');
    setKind('declare');
    setDate(workingDateOf(plan, todayInShanghai()));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const tierZones: Zone[] = useMemo(
    () => (zone ? plan.zones.filter((each) => each.tier === zone.tier && zoneIssues(each).length === 0) : []),
    [zone, plan.zones],
  );
  const zones: Zone[] = useMemo(() => (!zone ? [] : scope === 'zone' ? [zone] : tierZones), [zone, scope, tierZones]);
  const kinds = useMemo(
    () =>
      (['declare', 'downgrade', 'lift'] as const).filter((each) => zones.some((z) => noticeKindsFor(z).includes(each))),
    [zones],
  );

  useEffect(() => {
    if (!open || zones.length === 0) return;
    let current = true;
    setPlaces(undefined);
    setFailure(undefined);
    const demoPlaces = plan.datasets.some((dataset) => dataset.source === 'demo' && dataset.kind === 'households');
    analysisClient()
      .noticePlaces(
        zones.map((each) => ({ id: each.id, geometry: each.geometry })),
        demoPlaces,
      )
      .then(
        (found) => current && setPlaces(found),
        (error: unknown) => {
          if (!current) return;
          setFailure(String((error as Error)?.message ?? error));
          setPlaces({});
        },
      );
    return () => {
      current = false;
    };
    // The places follow the zones chosen; the plan's datasets do not change while the dialog is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, zones]);

  const chosenKind = kinds.includes(kind) ? kind : (kinds[0] ?? 'declare');
  const notice = useMemo(() => {
    if (!places || zones.length === 0) return undefined;
    const tierNames = Object.fromEntries(
      TIERS.map((tier) => {
        const name = translate(language, `tier_${tier}`);
        return [tier, language === 'en' ? name.toLowerCase() : name];
      }),
    ) as Record<Tier, string>;
    return draftNotice({
      kind: chosenKind,
      zones: zones.map((each) => ({ ...each, places: places[each.id] ?? [] })),
      language,
      template: plan.settings.notices[language],
      measures: DEFAULT_MEASURES,
      protocol: plan.settings.protocol,
      date,
      tierNames,
    });
  }, [places, zones, chosenKind, language, plan.settings, date]);
  const text = notice ? noticeText(notice, language) : '';
  const fileName = () => safeFileName(notice?.title ?? 'notice');

  const downloadDocx = async () => {
    if (!notice) return;
    const { noticeDocx } = await import('../../io/notices/notice-docx');
    const bytes = await noticeDocx(notice, language);
    downloadBlob(
      `${fileName()}.docx`,
      new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    );
  };

  return (
    <ModalDialog open={open} title={t('noticeTitle')} onClose={onClose} wide className="notice-dialog">
      <p className="muted small">{t('noticeHelp')}</p>
      {zone && (
        <div className="form-row">
          <fieldset>
            <legend>{t('noticeScope')}</legend>
            <label>
              <input type="radio" name={`${ids}-scope`} checked={scope === 'zone'} onChange={() => setScope('zone')} />{' '}
              {t('noticeScopeZone', { name: zone.name })}
            </label>
            <label>
              <input type="radio" name={`${ids}-scope`} checked={scope === 'tier'} onChange={() => setScope('tier')} />{' '}
              {t('noticeScopeTier', {
                tier: t(`tier_${zone.tier}`),
                count: tierZones.filter((each) => noticeKindsFor(each).includes(chosenKind)).length,
              })}
            </label>
          </fieldset>
          <label>
            {t('noticeKind')}{' '}
            <select value={chosenKind} onChange={(event) => setKind(event.target.value as NoticeKind)}>
              {kinds.map((each) => (
                <option key={each} value={each}>
                  {t(`noticeKind_${each}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('noticeLanguage')}{' '}
            <select value={language} onChange={(event) => setLanguage(event.target.value as NoticeLanguage)}>
              <option value="zh-CN">中文</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            {t('noticeDate')}{' '}
            <input
              type="date"
              value={date}
              required
              onChange={(event) => event.target.value && setDate(event.target.value)}
            />
          </label>
        </div>
      )}
      {!places && zones.length > 0 && <p role="status">{t('noticePreparing')}</p>}
      {places && !notice?.sections.length && <p role="status">{t('noticeNoZones')}</p>}
      {failure && (
        <p role="alert" className="error-text">
          {t('noticeFailed', { detail: failure })}
        </p>
      )}
      {notice && (
        <section aria-label={t('noticePreview')}>
          <h3>{t('noticePreview')}</h3>
          <pre className="notice-preview" data-testid="notice-preview" lang={language}>
            {text}
          </pre>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={!notice} onClick={() => void downloadDocx()}>
          {t('noticeDocx')}
        </button>
        <button type="button" disabled={!notice} onClick={() => downloadText(`${fileName()}.txt`, text, 'text/plain')}>
          {t('noticeText')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </ModalDialog>
  );
}
