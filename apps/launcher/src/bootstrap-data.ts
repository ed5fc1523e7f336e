import type { AppConfig } from '@app/config';

/** Seeds what a fresh installation needs before the apps start; returns lines to print (first-login hint). */
export async function bootstrapData(_databaseUrl: string, config: AppConfig): Promise<string[]> {
  if (config.adminEmail) return [`log in as ${config.adminEmail} with the password from ADMIN_PASSWORD`];
  return ['set ADMIN_EMAIL and ADMIN_PASSWORD to create the first beheerder'];
}
