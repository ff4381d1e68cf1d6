import { useCallback } from 'react';
import { translate } from '../../i18n/i18n';
import type { StringKey } from '../../i18n/strings';
import { usePlannerStore } from '../../state/store';

/** The translate function for the current language. */
export function useT(): (key: StringKey, values?: Record<string, string | number>) => string {
  const language = usePlannerStore((state) => state.language);
  return useCallback((key, values) => translate(language, key, values), [language]);
}
