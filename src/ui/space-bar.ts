import { useEffect, useRef } from 'react';

/** Elements where the space bar already means something (pressing a button, typing, ticking a box). */
const OWNS_SPACE = 'button, a[href], input, select, textarea, summary, [contenteditable="true"], [role="button"]';

/**
 * The space bar as the page's main action (end the set, start the next), as a person on the floor
 * reaching for the keyboard expects; left alone wherever the focus already uses it.
 */
export function useSpaceBar(action: (() => void) | null): void {
  const current = useRef(action);
  current.current = action;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(OWNS_SPACE) || !current.current) return;
      e.preventDefault();
      current.current();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}
