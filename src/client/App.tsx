import { useCallback, useEffect, useState } from 'react';
import type { SetSummary } from '../shared/session-types';
import { ClipPage, type ClipRoute } from './clip/ClipPage';
import { Home } from './Home';
import { LiveView } from './LiveView';
import { clipRouteSearch, parseClipRoute, parseRoute, routeSearch, type LiveRoute } from './route';
import { SummaryView } from './SummaryView';

type Page =
  | { kind: 'home' }
  | { kind: 'live'; route: LiveRoute; run: number }
  | { kind: 'summary'; route: LiveRoute; summary: SetSummary }
  | { kind: 'clip'; route: ClipRoute };

function pageFromLocation(): Page {
  const clip = parseClipRoute(location.search);
  if (clip) return { kind: 'clip', route: clip };
  const route = parseRoute(location.search);
  return route ? { kind: 'live', route, run: 0 } : { kind: 'home' };
}

export function App() {
  const [page, setPage] = useState<Page>(pageFromLocation);

  useEffect(() => {
    const onPop = () => setPage(pageFromLocation());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const start = useCallback((route: LiveRoute) => {
    history.pushState(null, '', routeSearch(route));
    setPage({ kind: 'live', route, run: Date.now() });
  }, []);

  const openClip = useCallback((route: ClipRoute, replace = false) => {
    history[replace ? 'replaceState' : 'pushState'](null, '', clipRouteSearch(route));
    setPage({ kind: 'clip', route });
  }, []);

  const home = useCallback(() => {
    history.pushState(null, '', location.pathname);
    setPage({ kind: 'home' });
  }, []);

  switch (page.kind) {
    case 'home':
      return <Home onStart={start} onClip={openClip} />;
    case 'live':
      return (
        <LiveView
          key={page.run}
          route={page.route}
          onDone={(summary) => setPage({ kind: 'summary', route: page.route, summary })}
          onExit={home}
        />
      );
    case 'summary':
      return <SummaryView summary={page.summary} onAgain={() => start(page.route)} onHome={home} />;
    case 'clip':
      return <ClipPage route={page.route} onRouteChange={(r) => openClip(r, true)} onExit={home} />;
  }
}
