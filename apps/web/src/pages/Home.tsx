import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Locatie, PrikbordItem } from '../api/types';
import { Icon } from '../components/Icon';
import { PrikbordCard } from '../components/PrikbordCard';
import { dagNaam, telHref } from '../lib/format';
import { Link, usePageTitle } from '../router';

const ingangen = [
  { href: '/hulp-vragen', icon: 'hulp', title: 'Ik zoek hulp', text: 'Vraag hulp bij klussen, boodschappen, vervoer of gezelschap.' },
  { href: '/helpen', icon: 'helpen', title: 'Ik wil helpen', text: 'Help een buurtbewoner. U kiest zelf wat en wanneer.' },
  { href: '/zorgen', icon: 'zorgen', title: 'Ik maak me zorgen om iemand', text: 'Vertel het ons. Wij gaan kijken wat er nodig is.' },
];

function Spreekuren({ locatie }: { locatie: Locatie }) {
  const soorten = (['telefoon', 'balie'] as const).map((soort) => ({ soort, uren: locatie.spreekuren.filter((s) => s.soort === soort) }));
  return (
    <>
      {soorten
        .filter((s) => s.uren.length)
        .map((s) => (
          <div key={s.soort}>
            <p className="bk-spreekuur__kop">{s.soort === 'telefoon' ? 'Bellen kan op:' : 'Langskomen kan op:'}</p>
            <ul className="bk-spreekuur">
              {s.uren.map((u, i) => (
                <li key={i}>
                  {dagNaam(u.dag)} van {u.van} tot {u.tot} uur
                </li>
              ))}
            </ul>
          </div>
        ))}
    </>
  );
}

export function Home() {
  usePageTitle('Hulp in de buurt');
  const [items, setItems] = useState<PrikbordItem[] | null>(null);
  const [locaties, setLocaties] = useState<Locatie[] | null>(null);
  const [failed, setFailed] = useState({ prikbord: false, locaties: false });

  useEffect(() => {
    const ctl = new AbortController();
    api
      .prikbord({ limit: 4 }, ctl.signal)
      .then((p) => setItems(p.items))
      .catch(() => !ctl.signal.aborted && setFailed((f) => ({ ...f, prikbord: true })));
    api
      .locaties(ctl.signal)
      .then(setLocaties)
      .catch(() => !ctl.signal.aborted && setFailed((f) => ({ ...f, locaties: true })));
    return () => ctl.abort();
  }, []);

  return (
    <>
      <h1 className="utrecht-heading-1 bk-hero__title">Hulp in de buurt</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">Buren helpen elkaar. Wat wilt u doen?</p>
      <ul className="bk-ingangen">
        {ingangen.map((i) => (
          <li key={i.href}>
            <Link href={i.href} className="bk-ingang">
              <Icon name={i.icon} size={48} />
              <span className="bk-ingang__text">
                <span className="bk-ingang__title">{i.title}</span>
                <span className="bk-ingang__sub">{i.text}</span>
              </span>
              <span className="bk-ingang__arrow" aria-hidden="true">
                →
              </span>
            </Link>
          </li>
        ))}
      </ul>

      <section aria-labelledby="kop-prikbord" className="bk-section">
        <h2 className="utrecht-heading-2" id="kop-prikbord">
          Op het prikbord
        </h2>
        <p className="utrecht-paragraph">Dit vragen en bieden buren nu.</p>
        {items === null && !failed.prikbord && (
          <p className="utrecht-paragraph" role="status">
            Het prikbord wordt geladen…
          </p>
        )}
        {failed.prikbord && <p className="utrecht-paragraph">Het prikbord is nu niet te zien. Probeer het later nog eens.</p>}
        {items?.length === 0 && <p className="utrecht-paragraph">Er staat nu niets op het prikbord.</p>}
        {!!items?.length && (
          <ul className="bk-cards">
            {items.map((it) => (
              <li key={`${it.type}-${it.id}`}>
                <PrikbordCard item={it} />
              </li>
            ))}
          </ul>
        )}
        <p className="utrecht-paragraph">
          <Link href="/prikbord" className="utrecht-link utrecht-link--html-a bk-more">
            Bekijk het hele prikbord
          </Link>
        </p>
      </section>

      <section aria-labelledby="kop-makelaar" className="bk-section">
        <h2 className="utrecht-heading-2" id="kop-makelaar">
          Liever praten met iemand?
        </h2>
        <p className="utrecht-paragraph">
          De sociaal makelaar helpt u graag. Bel, of kom langs. U hebt geen computer nodig. Een familielid of buur mag ook voor u bellen.
        </p>
        {locaties === null && !failed.locaties && (
          <p className="utrecht-paragraph" role="status">
            De adressen worden geladen…
          </p>
        )}
        {failed.locaties && <p className="utrecht-paragraph">De adressen zijn nu niet te zien. Probeer het later nog eens.</p>}
        {locaties?.length === 0 && <p className="utrecht-paragraph">De spreekuren staan hier binnenkort. Vraag het zolang bij uw huisarts of het wijkteam.</p>}
        {!!locaties?.length && (
          <ul className="bk-locaties">
            {locaties.map((l) => (
              <li key={l.id} className="bk-locatie">
                <h3 className="utrecht-heading-3">{l.naam}</h3>
                {l.telefoon && (
                  <p className="bk-locatie__regel">
                    <Icon name="telefoon" size={24} />
                    <a href={telHref(l.telefoon)} className="utrecht-link utrecht-link--html-a utrecht-link--telephone bk-tel">
                      {l.telefoon}
                    </a>
                  </p>
                )}
                <p className="bk-locatie__regel">
                  <Icon name="locatie" size={24} />
                  <span>{l.adres}</span>
                </p>
                <Spreekuren locatie={l} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
