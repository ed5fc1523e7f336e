// "Is this the right place?" notes: some questions fit better with another service. Shown while the resident types.
import type { ReactNode } from 'react';
import { Alert } from '../components/Form';

const regels: { woorden: RegExp; tekst: ReactNode }[] = [
  {
    woorden: /\b(dokter|huisarts|medicijn\w*|wond\w*|verpleg\w*|wassen|douchen|steunkous\w*|insuline|pijn)\b/i,
    tekst: (
      <>
        <strong>Gaat het om zorg, zoals medicijnen, wassen of een wond?</strong> Dat mogen vrijwilligers niet doen. Bel uw huisarts of de wijkverpleging.
      </>
    ),
  },
  {
    woorden: /\b(schuld\w*|rekening\w*|deurwaarder|incasso|huur ?achterstand|geldzorgen|geld)\b/i,
    tekst: (
      <>
        <strong>Hebt u geldzorgen of schulden?</strong> De gemeente heeft gratis schuldhulp. De sociaal makelaar helpt u de weg te vinden. Een vrijwilliger kan
        wel helpen met post sorteren.
      </>
    ),
  },
  {
    woorden: /\b(verhuiz\w*|dakgoot|elektra|gasleiding|cv[- ]ketel|lekkage)\b/i,
    tekst: (
      <>
        <strong>Is het een grote of gevaarlijke klus?</strong> Bijvoorbeeld gas, stroom of werken op hoogte. Dan is een vakman beter. Huurt u? Bel dan eerst uw
        verhuurder.
      </>
    ),
  },
];

export function DoorverwijsHint({ tekst }: { tekst: string }) {
  const hits = regels.filter((r) => r.woorden.test(tekst));
  if (!hits.length) return null;
  return (
    <div aria-live="polite">
      {hits.map((h, i) => (
        <Alert key={i} kind="warning">
          <p>{h.tekst}</p>
        </Alert>
      ))}
    </div>
  );
}

export function EigenKrachtHint() {
  return (
    <Alert kind="info">
      <p>
        <strong>Tip:</strong> kunt u het ook vragen aan iemand die u kent? Familie, buren of vrienden helpen vaak graag. Lukt dat niet? Dan zoeken wij een
        vrijwilliger.
      </p>
    </Alert>
  );
}
