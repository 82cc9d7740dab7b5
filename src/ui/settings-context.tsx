import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_PREFERENCES, loadPlans, loadPreferences, savePlans, savePreferences, type Plans, type Preferences } from '../storage/preferences';

interface Settings {
  prefs: Preferences;
  plans: Plans;
  /** False until the stored settings have been read (the defaults apply meanwhile). */
  loaded: boolean;
  /** Set when the settings could not be saved on this device. */
  problem: string | null;
  setPrefs(p: Preferences): void;
  setPlans(p: Plans): void;
}

const SettingsContext = createContext<Settings>({
  prefs: DEFAULT_PREFERENCES, plans: {}, loaded: false, problem: null, setPrefs: () => {}, setPlans: () => {},
});

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The person's preferences and programme plans, read once and saved on every change. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [prefs, setPrefsState] = useState(DEFAULT_PREFERENCES);
  const [plans, setPlansState] = useState<Plans>({});
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([loadPreferences(), loadPlans()]).then(
      ([p, pl]) => {
        setPrefsState(p);
        setPlansState(pl);
        setLoaded(true);
      },
      (err: unknown) => {
        setProblem(describe(err));
        setLoaded(true);
      },
    );
  }, []);

  const setPrefs = useCallback((p: Preferences) => {
    setPrefsState(p);
    savePreferences(p).then(() => setProblem(null), (err: unknown) => setProblem(describe(err)));
  }, []);
  const setPlans = useCallback((p: Plans) => {
    setPlansState(p);
    savePlans(p).then(() => setProblem(null), (err: unknown) => setProblem(describe(err)));
  }, []);

  return <SettingsContext.Provider value={{ prefs, plans, loaded, problem, setPrefs, setPlans }}>{children}</SettingsContext.Provider>;
}

export const useSettings = (): Settings => useContext(SettingsContext);
