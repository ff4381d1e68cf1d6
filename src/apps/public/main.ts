import '../../ui/public/public.css';
import { startPublicPage } from '../../ui/public/public-page';

/**
 * The public risk map's entry (public.html): the answer from the snapshot first; maplibre and the
 * map are a separate chunk fetched after it (docs/architecture.md, Public map).
 */
const root = document.getElementById('app');
if (root)
  startPublicPage(root, (container, snapshot, language, onTap) =>
    import('../../ui/public/public-map').then(({ loadPublicMap }) => loadPublicMap(container, snapshot, language, onTap)),
  );

// A second visit works offline: the service worker keeps the app and the latest snapshot.
if ('serviceWorker' in navigator && import.meta.env.PROD)
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./public-sw.js', { scope: './' }).catch(() => {
      /* no offline copy this time; the page works as it is */
    });
  });
