import { useState } from 'react';
import { referenceReps, squatReference, MIN_REFERENCE_REPS, type SquatReference } from '../shared/exercises/squat-reference';
import type { SetSummary } from '../shared/session-types';
import { useSettings } from './settings-context';

const fmt = (n: number, digits: number) => n.toFixed(digits);

/** One line on what a reference holds. */
export function referenceText(ref: SquatReference): string {
  const parts = [`shallowest depth ${fmt(ref.depth, 2)}`];
  if (ref.leanDeg !== null) parts.push(`most forward lean ${fmt(ref.leanDeg, 0)}°`);
  if (ref.kneeRatio !== null) parts.push(`narrowest knees ${fmt(ref.kneeRatio, 2)} of ankle width`);
  return `${ref.reps} reps of ${new Date(ref.createdAt).toLocaleDateString()}: ${parts.join(', ')}`;
}

/**
 * After a live squat set: make it the person's reference, so later sets judge depth, forward lean
 * and knees against how they squat rather than against limits the same for everyone.
 */
export function SquatReferenceOffer({ summary }: { summary: SetSummary }) {
  const { prefs, setPrefs } = useSettings();
  const [made, setMade] = useState<SquatReference | null>(null);
  const reps = referenceReps(summary.repsDetail);
  if (reps.length < MIN_REFERENCE_REPS) return null;
  const use = () => {
    const ref = squatReference(reps, Date.now());
    if (!ref) return;
    setPrefs({ ...prefs, squatReference: ref });
    setMade(ref);
  };
  return (
    <section className="squat-reference" data-testid="squat-reference-offer">
      <h2>Your own reference</h2>
      {made ? (
        <p role="status" data-testid="squat-reference-saved">
          Saved as your reference ({referenceText(made)}). From your next set, depth, forward lean and knees are judged against it; change or forget it in the settings.
        </p>
      ) : (
        <>
          <p className="hint">
            If these reps were good form (best checked with your therapist), later sets can judge you against them: a rep
            that goes shallower, leans further or lets the knees in more than these did is flagged, whatever the usual limits say.
            {prefs.squatReference && ' It replaces the reference you have now.'}
          </p>
          <button type="button" onClick={use} data-testid="squat-reference-use">Use this set as my reference</button>
        </>
      )}
    </section>
  );
}

/** In the settings: the reference kept, and a way to forget it. */
export function SquatReferenceSetting() {
  const { prefs, setPrefs } = useSettings();
  const ref = prefs.squatReference;
  return (
    <fieldset className="settings-group" data-testid="squat-reference-setting">
      <legend>Your own reference</legend>
      {ref ? (
        <>
          <p>{referenceText(ref)}. Depth, forward lean and knees are judged against it instead of the limits above.</p>
          <button type="button" onClick={() => setPrefs({ ...prefs, squatReference: null })} data-testid="squat-reference-forget">Forget my reference</button>
        </>
      ) : (
        <p className="hint">None: after a squat set in good form, “Use this set as my reference” on its summary makes one.</p>
      )}
    </fieldset>
  );
}
