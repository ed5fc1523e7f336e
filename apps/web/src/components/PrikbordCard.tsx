import type { PrikbordItem } from '../api/types';
import { categorieNaam } from '../lib/categories';
import { geleden } from '../lib/format';
import { Icon } from './Icon';

export function PrikbordCard({ item, headingLevel = 3 }: { item: PrikbordItem; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const vraag = item.type === 'hulpvraag';
  return (
    <article className={`bk-card bk-card--${item.type}`}>
      <div className="bk-card__icon">
        <Icon name={item.categorie} size={40} />
      </div>
      <div className="bk-card__body">
        <p className="bk-card__type">
          {vraag ? 'Hulpvraag' : 'Aanbod'} · {categorieNaam(item.categorie)}
        </p>
        <H className="bk-card__title" tabIndex={-1}>
          {item.titel}
        </H>
        {item.omschrijving && <p className="bk-card__text">{item.omschrijving}</p>}
        <dl className="bk-card__meta">
          <div>
            <dt>Wijk</dt>
            <dd>{item.wijk?.naam}</dd>
          </div>
          <div>
            <dt>Wanneer</dt>
            <dd>{item.wanneer}</dd>
          </div>
          <div>
            <dt>Geplaatst</dt>
            <dd>{geleden(item.geplaatstOp)}</dd>
          </div>
          <div>
            <dt>Nummer</dt>
            <dd>{item.referentie}</dd>
          </div>
        </dl>
      </div>
    </article>
  );
}
