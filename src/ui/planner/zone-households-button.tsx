import { useState } from 'react';
import { householdListCsv } from '../../io/report/household-list';
import { usePlanStore } from '../../state/plan-store';
import { useT } from '../shared/use-t';
import { downloadText, safeFileName } from '../shared/files';
import { analysisClient } from '../../workers/analysis-client';

/**
 * Downloads a zone's household list (id, address, households, residents, grid) for door-to-door
 * teams. The file is marked internal in its first line and its name: it may hold addresses.
 */
export function ZoneHouseholdsButton({ zoneId, disabled }: { zoneId: string; disabled: boolean }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const zone = usePlanStore((state) => state.history.present.zones.find((candidate) => candidate.id === zoneId));
  const planName = usePlanStore((state) => state.history.present.name);
  if (!zone) return null;
  const download = async () => {
    setBusy(true);
    try {
      const records = await analysisClient().householdsIn(zone.geometry);
      const csv = householdListCsv(zone.name, records, {
        internal: t('householdListInternal'),
        zone: t('householdListZone'),
        id: t('householdColumnId'),
        address: t('householdColumnAddress'),
        households: t('households'),
        residents: t('residents'),
        grid: t('householdColumnGrid'),
      });
      downloadText(`${safeFileName(planName)}-${safeFileName(zone.name)}-households-internal.csv`, csv, 'text/csv');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="small"
      disabled={disabled || busy}
      aria-label={t('exportZoneHouseholdsFor', { zone: zone.name })}
      title={t('exportZoneHouseholdsFor', { zone: zone.name })}
      onClick={() => void download()}
    >
      CSV
    </button>
  );
}
