/**
 * Registers the service worker that makes the app work offline after one visit (see the VitePWA
 * options in vite.config.ts). A new version installs in the background and waits; it takes over
 * (one reload) only while the start page is showing, so a live set or a clip analysis is never
 * interrupted. Otherwise it takes over the next time the app is opened after all its tabs closed.
 */
import { registerSW } from 'virtual:pwa-register';

const onStartPage = (): boolean => location.search === '';

const updateServiceWorker = registerSW({
  onNeedRefresh: applyWhenIdle,
  onRegisterError(error: unknown) {
    // Offline, the check for a new version fails while the installed copy keeps serving the app.
    if (navigator.serviceWorker.controller) return;
    // The app works online without a service worker; offline use is what is lost.
    console.warn('The offline copy of the app could not be set up:', error);
  },
});

/** Switches to the waiting version (the page reloads once) on the start page; checks again every 5 s elsewhere. */
function applyWhenIdle(): void {
  if (onStartPage()) void updateServiceWorker(true);
  else setTimeout(applyWhenIdle, 5_000);
}
