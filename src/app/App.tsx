import { useCallback, useEffect, useState } from 'react';
import type { SetSummary } from '../shared/exercise-core';
import { ClipPage, type ClipRoute } from '../clip/page/ClipPage';
import { Home } from './Home';
import { LiveView } from '../live/page/LiveView';
import { HistoryEntryView } from './history/HistoryEntryView';
import { HistoryPage } from './history/HistoryPage';
import { ProgressPage } from './progress/ProgressPage';
import { PrivacyPage } from './privacy/PrivacyPage';
import { SettingsPage } from './settings/SettingsPage';
import { clipRouteSearch, otherPageSearch, parseClipRoute, parseOtherPage, parseRoute, routeSearch, type OtherPage } from './route';
import type { LiveRoute } from '../live/page/live-route';
import { RestTimer } from './RestTimer';
import { useSettings } from '../ui/settings-context';
import { SummaryView } from '../ui/summary/SummaryView';
import { planOptions } from '../ui/programme';

type Page =
  | { kind: 'home' }
  | { kind: 'live'; route: LiveRoute; run: number }
  | { kind: 'summary'; route: LiveRoute; summary: SetSummary }
  | { kind: 'clip'; route: ClipRoute }
  | OtherPage;

function pageFromLocation(): Page {
  const other = parseOtherPage(location.search);
  if (other) return other;
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

  const { plans } = useSettings();

  /** A set; the first of the programme when the exercise has a plan. */
  const start = useCallback((route: LiveRoute) => {
    const plan = plans[route.exercise];
    const planned = plan && !route.set ? { ...route, set: 1, options: { ...route.options, ...planOptions(route.exercise, plan) } } : route;
    history.pushState(null, '', routeSearch(planned));
    setPage({ kind: 'live', route: planned, run: Date.now() });
  }, [plans]);

  const openClip = useCallback((route: ClipRoute, replace = false) => {
    history[replace ? 'replaceState' : 'pushState'](null, '', clipRouteSearch(route));
    setPage({ kind: 'clip', route });
  }, []);

  const go = useCallback((to: OtherPage) => {
    history.pushState(null, '', otherPageSearch(to));
    setPage(to);
  }, []);

  const home = useCallback(() => {
    history.pushState(null, '', location.pathname);
    setPage({ kind: 'home' });
  }, []);

  switch (page.kind) {
    case 'home':
      return <Home onStart={start} onClip={openClip} onGo={go} />;
    case 'live':
      return (
        <LiveView
          key={page.run}
          route={page.route}
          onDone={(summary) => setPage({ kind: 'summary', route: page.route, summary })}
          onExit={home}
        />
      );
    case 'summary': {
      const plan = page.route.set ? plans[page.route.exercise] : undefined;
      const nextSet = plan && page.route.set && page.route.set < plan.sets ? page.route.set + 1 : null;
      const next = () => start({ ...page.route, set: nextSet ?? undefined });
      return (
        <SummaryView
          summary={page.summary}
          note={plan && page.route.set ? `Set ${page.route.set} of ${plan.sets}${nextSet ? '' : ': the programme is done'}` : undefined}
          onAgain={nextSet ? undefined : () => start({ ...page.route, set: undefined })}
          onHome={home}
        >
          {plan && nextSet && <RestTimer seconds={plan.restS} nextSet={nextSet} sets={plan.sets} onStart={next} onStop={home} />}
        </SummaryView>
      );
    }
    case 'clip':
      return <ClipPage route={page.route} onRouteChange={(r) => openClip(r, true)} onExit={home} />;
    case 'history':
      return page.id
        ? <HistoryEntryView key={page.id} id={page.id} onBack={() => go({ kind: 'history' })} />
        : <HistoryPage onOpen={(id) => go({ kind: 'history', id })} onExit={home} />;
    case 'progress':
      return <ProgressPage onExit={home} />;
    case 'settings':
      return <SettingsPage onExit={home} />;
    case 'privacy':
      return <PrivacyPage onExit={home} onHistory={() => go({ kind: 'history' })} />;
  }
}
