import request from 'supertest';
import { login, type TestStack } from '../harness/stack';
import { ROLLEN, type TestRol } from './route-policy';

export const PW = 'Correct-Horse-42-battery';

export interface OpenApiOperation {
  method: string;
  path: string;
  requestBody?: unknown;
}

export async function operations(stack: TestStack): Promise<OpenApiOperation[]> {
  const doc = (await request(stack.http).get('/api/v1/openapi.json').expect(200)).body as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, requestBody: op.requestBody })),
  );
}

/** One account per role in Haarlem (the makelaar works in Centrum), tokens by role. */
export async function tokensPerRol(stack: TestStack): Promise<Record<TestRol, string>> {
  const beheerder = await login(stack.http);
  const wg = await request(stack.http).get('/api/v1/werkgebieden').set('authorization', `Bearer ${beheerder}`).expect(200);
  const centrum = wg.body.find((w: { naam: string }) => w.naam === 'Centrum & Rozenprieel').id;
  const out: Partial<Record<TestRol, string>> = { beheerder };
  for (const rol of ['makelaar', 'professional', 'gemeente'] as const) {
    await request(stack.http)
      .post('/api/v1/accounts')
      .set('authorization', `Bearer ${beheerder}`)
      .send({ email: `${rol}@matrix.nl`, wachtwoord: PW, naam: rol, rollen: [rol], werkgebieden: rol === 'makelaar' ? [centrum] : [] })
      .expect(201);
    out[rol] = await login(stack.http, `${rol}@matrix.nl`, PW);
  }
  for (const rol of ['bewoner', 'vrijwilliger'] as const) {
    const r = await request(stack.http)
      .post('/api/v1/auth/registreren')
      .send({ email: `${rol}@matrix.nl`, wachtwoord: PW, voornaam: rol, postcode: '2011AB', huisnummer: '1', rollen: [rol], toestemming: true })
      .expect(201);
    out[rol] = r.body.accessToken;
  }
  for (const r of ROLLEN) if (!out[r]) throw new Error(`no token for ${r}`);
  return out as Record<TestRol, string>;
}

export function concretePath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? values.id);
}
