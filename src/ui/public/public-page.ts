import { answerAt } from '../../domain/publish/answer';
import type { GazetteerEntry } from '../../domain/publish/gazetteer';
import { unpackGazetteer } from '../../domain/publish/gazetteer-columns';
import { searchGazetteer } from '../../domain/publish/search';
import type { PublicSnapshot } from '../../domain/publish/snapshot-types';
import { publicText, type PublicLanguage, type PublicStringKey } from '../../i18n/public-strings';
import { answerCard, districtCard } from './answer-card';
import { formatIsoDate } from '../shared/format-date';
import { h } from './dom';
import { loadSnapshot } from './load-snapshot';

/** What the map, once loaded, is told and tells back. */
export interface PublicMapHandle {
  setLanguage(language: PublicLanguage): void;
  showPlace(lng: number, lat: number): void;
}

interface Place {
  /** A searched name, or a string key for "my location" and "the place chosen on the map". */
  label: string | { key: PublicStringKey };
  /** A district chosen from the search: its zones are listed. */
  districtId?: string;
  lng: number;
  lat: number;
}

const STORAGE_KEY = 'cordon-public-language';

/** The language asked for: the page's last choice, else Chinese unless the browser prefers English. */
function initialLanguage(): PublicLanguage {
  const saved = (() => {
    try {
      return localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  })();
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return 'zh-CN';
}

function ageText(language: PublicLanguage, generatedAt: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - Date.parse(generatedAt)) / 60_000));
  if (minutes < 60) return publicText(language, 'minutes', { n: minutes });
  if (minutes < 48 * 60) return publicText(language, 'hours', { n: Math.round(minutes / 60) });
  return publicText(language, 'days', { n: Math.round(minutes / 1440) });
}

/**
 * The public page (docs/architecture.md, Public map): the answer first, from the snapshot alone,
 * and the map after it through `loadMap`, which the answer never waits for.
 */
export function startPublicPage(
  root: HTMLElement,
  loadMap: (container: HTMLElement, snapshot: PublicSnapshot, language: PublicLanguage, onTap: (lng: number, lat: number) => void) => Promise<PublicMapHandle>,
): void {
  let language = initialLanguage();
  let snapshot: PublicSnapshot | undefined;
  let offline = false;
  let place: Place | undefined;
  let map: PublicMapHandle | undefined;
  let query = '';
  let results: GazetteerEntry[] = [];
  /** The snapshot's search list, unpacked once. */
  let names: GazetteerEntry[] = [];
  let status: { key: PublicStringKey; values?: Record<string, string | number>; alert?: boolean } | undefined = {
    key: 'loading',
  };
  let mapState: { key: PublicStringKey; values?: Record<string, string | number> } | undefined = { key: 'mapLoading' };
  const t = (key: PublicStringKey, values?: Record<string, string | number>) => publicText(language, key, values);
  const placeLabel = (chosen: Place) => (typeof chosen.label === 'string' ? chosen.label : t(chosen.label.key));

  // The shell is made once; its parts are refilled, so focus and the typed query stay where they are.
  const title = h('h1');
  const languageButton = h('button', { type: 'button', className: 'language' });
  const updated = h('p', { className: 'updated' });
  const offlineNote = h('p', { className: 'offline', role: 'status' });
  const searchLabel = h('label', { for: 'search' });
  const search = h('input', { id: 'search', type: 'search', autocomplete: 'off', enterkeyhint: 'search' });
  const resultList = h('ul', { className: 'results', id: 'results' });
  const locationButton = h('button', { type: 'button', className: 'locate' });
  const statusLine = h('p', { className: 'status', role: 'status' });
  const alertLine = h('p', { className: 'status error', role: 'alert' });
  const answerHeading = h('h2', { id: 'answer-heading', className: 'visually-hidden' });
  const answerRegion = h('section', { className: 'answer-region', 'aria-labelledby': 'answer-heading', 'aria-live': 'polite' });
  const casesRegion = h('section', { className: 'cases' });
  const mapHeading = h('h2', { id: 'map-heading', className: 'visually-hidden' });
  const mapNote = h('p', { className: 'map-note' });
  const mapContainer = h('div', { className: 'map' });
  const mapRegion = h('section', { className: 'map-region', 'aria-labelledby': 'map-heading' }, mapHeading, mapNote, mapContainer);
  const skip = h('a', { className: 'skip', href: '#search' });

  root.replaceChildren(
    skip,
    h('header', {}, title, languageButton, updated, offlineNote),
    h(
      'main',
      {},
      h(
        'section',
        { className: 'lookup' },
        h('form', { role: 'search', className: 'search' }, searchLabel, search),
        resultList,
        locationButton,
        statusLine,
        alertLine,
        answerHeading,
        answerRegion,
        casesRegion,
      ),
      mapRegion,
    ),
  );

  const render = () => {
    document.documentElement.lang = language;
    document.title = t('pageTitle') + (snapshot ? ` · ${snapshot.title}` : '');
    title.textContent = t('pageTitle');
    languageButton.textContent = t('languageSwitch');
    languageButton.setAttribute('aria-label', t('languageSwitchLabel'));
    languageButton.lang = language === 'en' ? 'zh-CN' : 'en';
    updated.textContent = snapshot
      ? t('updated', {
          time: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(
            new Date(snapshot.generatedAt),
          ),
          number: snapshot.publication,
        })
      : '';
    offlineNote.textContent = snapshot && offline ? t('offlineAge', { age: ageText(language, snapshot.generatedAt) }) : '';
    offlineNote.hidden = !(snapshot && offline);
    searchLabel.textContent = t('searchLabel');
    search.placeholder = t('searchPlaceholder');
    locationButton.textContent = t('useLocation');
    skip.textContent = t('skip');
    statusLine.textContent = status && !status.alert ? t(status.key, status.values) : '';
    alertLine.textContent = status?.alert ? t(status.key, status.values) : '';
    resultList.setAttribute('aria-label', t('results'));
    resultList.replaceChildren(
      ...results.map((entry) =>
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', 'data-kind': entry.kind },
            language === 'en' && entry.en !== entry.zh ? `${entry.en} ${entry.zh}` : entry.zh,
          ),
        ),
      ),
    );
    resultList.querySelectorAll('button').forEach((button, i) =>
      button.addEventListener('click', () => choose(results[i])),
    );
    answerHeading.textContent = t('answerHeading');
    answerRegion.replaceChildren(
      ...(snapshot && place
        ? [
            place.districtId
              ? districtCard(language, snapshot, { label: placeLabel(place), id: place.districtId })
              : answerCard(language, snapshot, placeLabel(place), answerAt(snapshot, place.lng, place.lat)),
          ]
        : []),
    );
    renderCases();
    mapHeading.textContent = t('mapHeading');
    mapNote.textContent = mapState ? t(mapState.key, mapState.values) : t('mapHint');
  };

  const renderCases = () => {
    if (!snapshot) return casesRegion.replaceChildren();
    const { cases } = snapshot;
    casesRegion.replaceChildren(
      h('h2', {}, t('casesHeading', { from: formatIsoDate(language, cases.from), to: formatIsoDate(language, cases.to) })),
      h(
        'table',
        {},
        h(
          'tbody',
          {},
          ...cases.districts.map((district) =>
            h('tr', {}, h('th', { scope: 'row' }, language === 'en' ? district.en : district.zh), h('td', {}, String(district.count))),
          ),
          h('tr', { className: 'total' }, h('th', { scope: 'row' }, t('casesTotal')), h('td', {}, String(cases.total))),
        ),
      ),
      h('p', { className: 'note' }, t('casesNote')),
    );
  };

  const choose = (entry: GazetteerEntry) => {
    place = {
      label: language === 'en' && entry.en !== entry.zh ? `${entry.en} ${entry.zh}` : entry.zh,
      lng: entry.at[0],
      lat: entry.at[1],
      ...(entry.districtId ? { districtId: entry.districtId } : {}),
    };
    results = [];
    status = undefined;
    render();
    map?.showPlace(place.lng, place.lat);
  };

  const runSearch = () => {
    if (!snapshot) return;
    results = searchGazetteer(names, query);
    status = query.trim() && results.length === 0 ? { key: 'searchNone', values: { query: query.trim() } } : undefined;
    render();
  };

  search.addEventListener('input', () => {
    query = search.value;
    runSearch();
  });
  search.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    query = search.value;
    runSearch();
    if (results[0]) choose(results[0]);
  });

  languageButton.addEventListener('click', () => {
    language = language === 'en' ? 'zh-CN' : 'en';
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      /* private mode: the choice lasts this visit */
    }
    render();
    map?.setLanguage(language);
  });

  locationButton.addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      status = { key: 'locationUnsupported', alert: true };
      return render();
    }
    status = { key: 'locating' };
    render();
    navigator.geolocation.getCurrentPosition(
      (position) => {
        place = { label: { key: 'myLocation' }, lng: position.coords.longitude, lat: position.coords.latitude };
        status = undefined;
        render();
        map?.showPlace(place.lng, place.lat);
      },
      (error) => {
        status =
          error.code === error.PERMISSION_DENIED
            ? { key: 'locationDenied', alert: true }
            : { key: 'locationFailed', values: { reason: error.message || String(error.code) }, alert: true };
        render();
        search.focus();
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });

  render();
  loadSnapshot()
    .then((loaded) => {
      snapshot = loaded.snapshot;
      names = unpackGazetteer(loaded.snapshot.gazetteer);
      offline = loaded.offline;
      status = undefined;
      render();
      if (query) runSearch();
      // The map comes after the answer: its code is fetched only now.
      const onTap = (lng: number, lat: number) => {
        place = { label: { key: 'mapPoint' }, lng, lat };
        render();
      };
      return loadMap(mapContainer, loaded.snapshot, language, onTap).then(
        (handle) => {
          map = handle;
          mapState = undefined;
          map.setLanguage(language);
          if (place) map.showPlace(place.lng, place.lat);
          render();
        },
        (error: unknown) => {
          mapState = { key: 'mapFailed', values: { reason: (error as Error)?.message ?? String(error) } };
          render();
        },
      );
    })
    .catch((error: unknown) => {
      status = { key: 'loadFailed', values: { reason: (error as Error)?.message ?? String(error) }, alert: true };
      mapState = undefined;
      render();
    });
}
