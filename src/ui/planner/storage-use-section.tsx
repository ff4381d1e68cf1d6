import { useEffect, useState } from 'react';
import { useT } from '../shared/use-t';
import { storageAmount, storageUse, STORAGE_WARNING_SHARE, usedPercent, type StorageUse } from './storage-use';

/** How much of the browser's storage this site uses, whether the browser keeps it, and a warning at 80 %. */
export function StorageUseSection() {
  const t = useT();
  const [use, setUse] = useState<StorageUse>();
  useEffect(() => {
    let live = true;
    void storageUse().then((found) => live && setUse(found));
    return () => {
      live = false;
    };
  }, []);
  if (!use) return null;
  const percent = usedPercent(use);
  const nearlyFull = percent !== undefined && percent >= STORAGE_WARNING_SHARE * 100;
  const amounts = { used: storageAmount(use.used ?? 0), quota: storageAmount(use.quota ?? 0), percent: percent ?? 0 };
  return (
    <section className="storage-use" aria-labelledby="storage-use-heading">
      <h3 id="storage-use-heading">{t('storageUseHeading')}</h3>
      <p data-testid="storage-use">{percent === undefined ? t('storageUseUnknown') : t('storageUse', amounts)}</p>
      {nearlyFull && (
        <p className="error-text" role="alert">
          {t('storageNearlyFull', amounts)}
        </p>
      )}
      {use.persisted !== undefined && (
        <p className="muted small">{t(use.persisted ? 'storagePersisted' : 'storageNotPersisted')}</p>
      )}
    </section>
  );
}
