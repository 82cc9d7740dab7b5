import { useEffect, useState } from 'react';
import { PageHeader } from '../../ui/PageHeader';

/** What the app keeps, where, and what never leaves the device. */
export function PrivacyPage({ onExit, onHistory }: { onExit: () => void; onHistory: () => void }) {
  const [usage, setUsage] = useState<string | null>(null);
  useEffect(() => {
    navigator.storage?.estimate?.().then(
      (e) => setUsage(e.usage === undefined ? null : `${(e.usage / 1e6).toFixed(1)} MB`),
      () => setUsage(null),
    );
  }, []);

  return (
    <main className="page privacy" data-testid="privacy">
      <PageHeader title="Privacy" onBack={onExit} />
      <section>
        <h2>No video leaves this device</h2>
        <p>
          The camera picture and any clip you open are analysed inside this browser, on this device. The pose models and
          every file the app needs come from the app’s own address; the app sends nothing anywhere: no video, no pictures,
          no measurements, no usage statistics. The page’s security policy forbids it from contacting any other site, and
          the app’s automated tests check that no request leaves during a live set or a clip analysis.
        </p>
        <p>Recorded clips stay in the page’s memory until you save one yourself; they are never stored by the app.</p>
      </section>
      <section>
        <h2>What is kept, and where</h2>
        <p>In this browser’s storage for this app (IndexedDB), on this device only:</p>
        <ul>
          <li><strong>Sets</strong>: the exercise, when, the reps per side, each rep’s form verdict, faults, tempo and holds, and a few measurements per rep (such as the hip angle). Written after every rep, so a closed tab keeps the set. About 0.2-0.3 KB per rep: a 10-rep set takes about 3 KB.</li>
          <li><strong>Clip reports</strong>: the measurements and plots of an analysed clip (cadence, foot strike, angles over time): about 90 KB for a 6.5 s clip at 60 frames a second. Not the video, not its frames, not the body keypoints.</li>
          <li><strong>Settings and programme plans</strong>: model, camera choice, mirror, voice, fault limits, sets and reps.</li>
          <li><strong>A note of a clip analysis under way</strong> (the file’s name and size), removed when it ends, so a reload can tell you it was cut short.</li>
        </ul>
        <p>
          For working offline the browser also keeps a copy of the app’s own files and pose models (about 40 MB).
          {usage && <> This app uses {usage} of this browser’s storage now.</>}
        </p>
      </section>
      <section>
        <h2>Taking it with you, or deleting it</h2>
        <p>
          The history page exports everything as one file you can keep or import in another browser, and deletes one entry
          or all of them. Clearing this site’s data in the browser’s settings removes everything, the offline copy included.
        </p>
        <button type="button" onClick={onHistory}>Open the history</button>
      </section>
    </main>
  );
}
