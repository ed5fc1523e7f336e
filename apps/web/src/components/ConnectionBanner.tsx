import { useEffect, useState } from 'react';
import { connection } from '../api/connection';

/** Shown while the server cannot be reached; the client keeps retrying and the banner goes away by itself. */
export function ConnectionBanner() {
  const [online, setOnline] = useState(connection.isOnline());
  useEffect(() => connection.subscribe(setOnline), []);
  return (
    <div aria-live="assertive" className="bk-connection-slot">
      {!online && (
        <div className="bk-connection" role="alert">
          <p>
            <strong>Geen verbinding.</strong> We proberen het steeds opnieuw. Wat u invult, blijft bewaard.
          </p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => connection.retry()}>
            Nu opnieuw proberen
          </button>
        </div>
      )}
    </div>
  );
}
