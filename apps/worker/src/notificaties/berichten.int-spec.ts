import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/persistence';
import { createTestDatabase } from '../../../../test/harness/database';
import { BerichtenRepository, type ClaimVerzoek } from './berichten.repository';

describe('BerichtenRepository on real PostgreSQL', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let repo: BerichtenRepository;
  let gemeenteId: string;

  beforeAll(async () => {
    const db = await createTestDatabase('berichten');
    drop = db.drop;
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    repo = new BerichtenRepository(ds);
    gemeenteId = (await ds.query(`SELECT id FROM gemeenten WHERE code = 'GM0392'`))[0].id;
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });

  const persoon = async (): Promise<string> =>
    (await ds.query(`INSERT INTO deelnemers (gemeente_id, voornaam, telefoon) VALUES ($1, 'x', '0612345678') RETURNING id`, [gemeenteId]))[0].id;

  const verzoek = (deelnemerId: string, sleutel: string, tempoLimiet?: number, kanaal: ClaimVerzoek['kanaal'] = 'sms'): ClaimVerzoek => ({
    sleutel,
    kanaal,
    sjabloon: 'hulpvraag-verloopt',
    ontvanger: { gemeenteId, deelnemerId, accountId: null, voornaam: 'x', email: null, telefoon: '0612345678', taal: 'nl', wijkCode: null, adres: null },
    eventId: null,
    matchId: null,
    fallbackVan: null,
    tempoLimiet,
  });

  /** A message sent `minuten` ago, made `gemaaktMinuten` ago (a message may wait before it goes out). */
  async function verzonden(deelnemerId: string, sleutel: string, minuten: number, gemaaktMinuten = minuten, kanaal = 'sms'): Promise<void> {
    await ds.query(
      `INSERT INTO berichten (gemeente_id, deelnemer_id, sjabloon, kanaal, sleutel, status, created_at, verzonden_op)
       VALUES ($1, $2, 'hulpvraag-verloopt', $3, $4, 'sent', now() - make_interval(mins => $5), now() - make_interval(mins => $6))`,
      [gemeenteId, deelnemerId, kanaal, sleutel, gemaaktMinuten, minuten],
    );
  }

  it('claims once: a second claim of the same key finds the record and its status', async () => {
    const d = await persoon();
    const a = await repo.claim(verzoek(d, 'k1'));
    expect(a.status).toBe('queued');
    await repo.markeer(a.id, 'delivered');
    const b = await repo.claim(verzoek(d, 'k1'));
    expect(b).toEqual({ id: a.id, status: 'delivered', vrijVanaf: undefined });
    const [r] = await ds.query(`SELECT pogingen, verzonden_op IS NOT NULL AS verzonden FROM berichten WHERE id = $1`, [a.id]);
    expect(r).toEqual({ pogingen: 2, verzonden: true });
  });

  it('holds a message back when the person had the limit of e-mails and SMS in the past hour, until the oldest is an hour old', async () => {
    const d = await persoon();
    await verzonden(d, 'r1', 50);
    await verzonden(d, 'r2', 20, 300); // waited hours before it went out: still counts
    await verzonden(d, 'r3', 90); // over an hour ago: does not count
    await verzonden(d, 'r4', 5, 5, 'app'); // in-app messages do not count
    expect((await repo.claim(verzoek(d, 'r5', 3))).vrijVanaf).toBeUndefined();

    const vol = await repo.claim(verzoek(d, 'r6', 2));
    expect(vol.vrijVanaf).toBeInstanceOf(Date);
    // the oldest counted message (50 minutes ago) leaves the window in about 10 minutes
    const overMinuten = (vol.vrijVanaf!.getTime() - Date.now()) / 60_000;
    expect(overMinuten).toBeGreaterThan(9);
    expect(overMinuten).toBeLessThan(11);
    // another person is not held back by this one's messages
    expect((await repo.claim(verzoek(await persoon(), 'r7', 2))).vrijVanaf).toBeUndefined();
  });
});
