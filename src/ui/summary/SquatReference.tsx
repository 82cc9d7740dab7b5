import { useState } from 'react';
import { MIN_REFERENCE_REPS, REFERENCE_MARGINS, referenceRecords, referenceReps, squatReference } from '../../shared/exercises';
import type { SquatReference, SetSummary } from '../../shared/exercise-core';
import { useSettings } from '../settings-context';

const fmt = (n: number, digits: number) => n.toFixed(digits);

/** The checks a reference sets limits for: those its view let it measure. */
function judgedBy(ref: SquatReference): string {
  const parts = ['depth', ...(ref.leanDeg !== null ? ['forward lean'] : []), ...(ref.kneeRatio !== null ? ['knees'] : [])];
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
}

/** One line on what a reference holds. */
export function referenceText(ref: SquatReference): string {
  const parts = [`hips stopping ${fmt(ref.depth, 2)} thigh lengths ${ref.depth >= 0 ? 'above' : 'below'} the knees at the shallowest`];
  if (ref.leanDeg !== null) parts.push(`trunk at most ${fmt(ref.leanDeg, 0)}° ahead of the shins`);
  if (ref.kneeRatio !== null) parts.push(`knees at least ${fmt(ref.kneeRatio, 2)} of ankle width apart`);
  return `${ref.reps} reps of ${new Date(ref.createdAt).toLocaleDateString()}: ${parts.join(', ')}`;
}

const marginText = `${REFERENCE_MARGINS.depth} thigh lengths shallower, ${REFERENCE_MARGINS.leanDeg}° more lean, or knees ${Math.round(REFERENCE_MARGINS.kneeRatio * 100)}% closer`;

/**
 * After a live squat set: make its first reps the person's reference, so later sets judge depth,
 * forward lean and knees against how they squat rather than against limits the same for everyone.
 */
export function SquatReferenceOffer({ summary }: { summary: SetSummary }) {
  const { prefs, setPrefs } = useSettings();
  const [made, setMade] = useState<SquatReference | null>(null);
  const records = referenceRecords(summary.repsDetail);
  if (records.length < MIN_REFERENCE_REPS) return null;
  const flagged = records.filter((r) => !r.good).length;
  const use = () => {
    const ref = squatReference(referenceReps(summary.repsDetail), Date.now());
    if (!ref) return;
    setPrefs({ ...prefs, squatReference: ref });
    setMade(ref);
  };
  return (
    <section className="squat-reference" data-testid="squat-reference-offer">
      <h2>Your own reference</h2>
      {made ? (
        <p role="status" data-testid="squat-reference-saved">
          Saved as your reference ({referenceText(made)}). From your next set, {judgedBy(made)} are judged against it; film from
          the same side and angle. Change or forget it in the settings.
        </p>
      ) : (
        <>
          <p className="hint">
            If the first {records.length} reps of this set were good form (best checked with your therapist), later sets can
            judge you against them instead of the usual limits: a rep {marginText} than the
            furthest of these is flagged. That can be stricter or looser than the usual limits, and it replaces any you set.
            {prefs.squatReference && ' It replaces the reference you have now.'}
          </p>
          {flagged > 0 && (
            <p className="message warning" data-testid="squat-reference-flagged">
              {flagged} of these {records.length} reps {flagged === 1 ? 'was' : 'were'} flagged by the usual limits: use them only if
              you know they were good form.
            </p>
          )}
          <button type="button" onClick={use} data-testid="squat-reference-use">Use these reps as my reference</button>
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
          <p>{referenceText(ref)}. {judgedBy(ref)[0]!.toUpperCase() + judgedBy(ref).slice(1)} are judged against it ({marginText} is flagged), in place of the matching limits above.</p>
          <button type="button" onClick={() => setPrefs({ ...prefs, squatReference: null })} data-testid="squat-reference-forget">Forget my reference</button>
        </>
      ) : (
        <p className="hint">None: after a squat set in good form, “Use these reps as my reference” on its summary makes one.</p>
      )}
    </fieldset>
  );
}
