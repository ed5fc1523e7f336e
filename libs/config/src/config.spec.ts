import { ConfigError, loadConfig, passwordProblem } from './config';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const c = loadConfig({}, '/srv/app');
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.dataDir).toBe('/srv/app/.data');
    expect(c.publicUrl).toBe('http://127.0.0.1:3000');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number, got "abc"'],
    [{ PORT: '70000' }, 'PORT must be between 0 and 65535, got 70000'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres: or postgresql:, got "mysql:"'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL'],
    [{ REDIS_URL: 'http://localhost:6379' }, 'REDIS_URL must start with redis: or rediss:'],
    [{ ADMIN_EMAIL: 'nope' }, 'ADMIN_EMAIL is not an e-mail address'],
    [{ ADMIN_EMAIL: 'a@b.nl' }, 'ADMIN_PASSWORD is required when ADMIN_EMAIL is set'],
    [{ ADMIN_EMAIL: 'a@b.nl', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD must be at least 12 characters long'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET is required when NODE_ENV=production'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
  ])('rejects %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('names the variable on the error', () => {
    try {
      loadConfig({ REDIS_URL: 'x' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect((e as ConfigError).variable).toBe('REDIS_URL');
    }
  });

  it('lower-cases the admin e-mail', () => {
    expect(loadConfig({ ADMIN_EMAIL: 'Beheer@Example.org', ADMIN_PASSWORD: 'Correct-Horse-42-battery' }).adminEmail).toBe('beheer@example.org');
  });
});

describe('passwordProblem', () => {
  it('accepts a long passphrase and rejects repetition', () => {
    expect(passwordProblem('Correct-Horse-42-battery')).toBeUndefined();
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toBe('herhalend');
    expect(passwordProblem('kort')).toBe('te-kort');
  });
});
