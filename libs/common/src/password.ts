import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended minimum (19 MiB, 2 iterations); about 25 ms on this machine
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return hash(wachtwoord, OPTIONS);
}

export async function controleerWachtwoord(hashed: string, wachtwoord: string): Promise<boolean> {
  try {
    return await verify(hashed, wachtwoord);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Verifies against a throwaway hash when the account does not exist, so timing does not reveal which e-mails exist. */
export async function controleerTegenDummy(wachtwoord: string): Promise<false> {
  dummy ??= hashWachtwoord('geen-account-met-dit-adres');
  await controleerWachtwoord(await dummy, wachtwoord);
  return false;
}
