import { useCallback, useEffect, useState } from 'react';
import type { SetSummary } from '../shared/session-types';
import { Home } from './Home';
import { LiveView } from './LiveView';
import { parseRoute, routeSearch, type LiveRoute } from './route';
import { SummaryView } from './SummaryView';

type Page = { kind: 'home' } | { kind: 'live'; route: LiveRoute; run: number } | { kind: 'summary'; route: LiveRoute; summary: SetSummary };

function pageFromLocation(): Page {
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

  const home = useCallback(() => {
    history.pushState(null, '', location.pathname);
    setPage({ kind: 'home' });
  }, []);

  switch (page.kind) {
    case 'home':
      return <Home onStart={start} />;
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
  }
}
