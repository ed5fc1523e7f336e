import { adresRegels, datumVoluit, matchkaartBrieven, type Matchkaart } from './matchkaart';

const kaart = (over: Partial<Matchkaart> = {}): Matchkaart => ({
  titel: 'Boodschappen op vrijdag',
  wanneer: 'elke vrijdag, vanaf vr 4 dec, 10:00',
  keren: [new Date('2026-12-04T09:00:00Z'), new Date('2026-12-11T09:00:00Z')],
  bewoner: { voornaam: 'Truus', achternaam: 'de Vries', straat: 'Kerkstraat', huisnummer: '12', postcode: '2011AB' },
  helper: { voornaam: 'Vera', achternaam: 'Visser', straat: 'Zijlweg', huisnummer: '30', postcode: '2013DE' },
  plaats: 'Haarlem',
  makelaarTelefoon: '023 511 51 15',
  ...over,
});

describe('matchkaart', () => {
  it('one page each, addressed to the resident and to the helper, naming only the two of them', () => {
    const [bewoner, helper] = matchkaartBrieven(kaart());
    expect(bewoner).toMatchObject({ naam: 'Truus de Vries', adres: 'Kerkstraat 12\n2011 AB Haarlem', makelaarTelefoon: '023 511 51 15' });
    expect(bewoner.tekst).toContain('Vera Visser helpt u met "Boodschappen op vrijdag".');
    expect(bewoner.tekst).toContain('Waar: bij u thuis, Kerkstraat 12, 2011 AB Haarlem.');
    // the resident never gets the helper's address
    expect(bewoner.tekst).not.toContain('Zijlweg');
    expect(helper).toMatchObject({ naam: 'Vera Visser', adres: 'Zijlweg 30\n2013 DE Haarlem' });
    expect(helper.tekst).toContain('U helpt Truus de Vries met "Boodschappen op vrijdag".');
    expect(helper.tekst).toContain('Waar: Kerkstraat 12, 2011 AB Haarlem.');
  });

  it('lists the next dates in full words, and says how to cancel without a phone number too', () => {
    const [b] = matchkaartBrieven(kaart());
    expect(b.tekst).toContain(`De volgende keren:\n- ${datumVoluit(new Date('2026-12-04T09:00:00Z'))}\n- ${datumVoluit(new Date('2026-12-11T09:00:00Z'))}`);
    expect(datumVoluit(new Date('2026-12-04T09:00:00Z'))).toMatch(/^vrijdag 4 december.*10:00$/);
    const [zonder] = matchkaartBrieven(kaart({ makelaarTelefoon: null, keren: [] }));
    expect(zonder.tekst).toContain('Zeg het dan op tijd tegen de sociaal makelaar.');
    expect(zonder.tekst).toContain('De datum spreekt u samen af.');
  });

  it('an address without a street still names the house number and postcode', () => {
    expect(adresRegels({ voornaam: 'A', achternaam: null, straat: null, huisnummer: '3', postcode: '2011AB' }, 'Haarlem')).toEqual([
      'Huisnummer 3',
      '2011 AB Haarlem',
    ]);
    expect(adresRegels({ voornaam: 'A', achternaam: null, straat: null, huisnummer: null, postcode: null }, 'Haarlem')).toEqual([]);
  });
});
