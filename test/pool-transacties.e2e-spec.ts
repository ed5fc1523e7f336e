import request from 'supertest';
import { startStack, type TestStack } from './harness/stack';

/**
 * A request that holds a pool connection for its transaction must not need a second one: once every connection
 * is held that way, the pool deadlocks until its 5 s connect timeout (503s under load, seen in bench:load). With a
 * pool of 2 and 8 intakes at once, each must still succeed at once.
 */
describe('transactions never take a second pool connection (pool of 2)', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ worker: false, label: 'pool', env: { DB_POOL_SIZE: '2' } });
  });
  afterAll(async () => {
    await stack?.close();
    delete process.env.DB_POOL_SIZE;
  });

  const over = (dagen: number) => new Date(Date.now() + dagen * 86_400_000).toISOString();
  const contact = (i: number) => ({ voornaam: `Gelijktijdig${i}`, telefoon: '06-12345678', postcode: '2011AB', huisnummer: String(i + 1) });

  it('answers 8 simultaneous intakes of requests and offers', async () => {
    const antwoorden = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2
          ? request(stack.http)
              .post('/api/v1/intake/aanbod')
              .send({
                aanbod: {
                  categorieen: ['tuin'],
                  titel: `Tuinhulp ${i}`,
                  beschikbaarheid: [{ dag: 2, van: '09:00', tot: '12:00' }],
                  maxAfstandMeter: 2000,
                  vervoer: 'fiets',
                },
                contact: contact(i),
                toestemming: true,
              })
          : request(stack.http)
              .post('/api/v1/intake/hulpvragen')
              .send({
                hulpvraag: {
                  categorie: 'tuin',
                  titel: `Hulp in de tuin ${i}`,
                  venster: { soort: 'flexibel', start: over(1), eind: over(10) },
                  duurMinuten: 60,
                },
                contact: contact(i),
                toestemming: true,
              }),
      ),
    );
    // deadlocked, the waiting requests give up after the connect timeout with 503 problem+json
    expect(antwoorden.map((r) => r.status)).toEqual(Array(8).fill(201));
  });
});
