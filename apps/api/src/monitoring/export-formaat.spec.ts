import * as path from 'node:path';
import { exportBestand, exportMap } from './export-formaat';

describe('export paths', () => {
  const dir = '/srv/data';

  it('resolves a listed export file inside the gemeente directory', () => {
    expect(exportMap(dir, 'GM0392', '2025-03-03')).toBe(path.join(dir, 'exports', 'GM0392', '2025-03-03', 'v1'));
    expect(exportBestand(dir, 'GM0392', '2025-03-03/v1/kerncijfers.csv')).toBe('/srv/data/exports/GM0392/2025-03-03/v1/kerncijfers.csv');
  });

  it.each([
    '../../secrets.json',
    '2025-03-03/v1/../../../GM0363/2025-03-03/v1/kerncijfers.csv',
    '2025-03-03/../v1/kerncijfers.csv',
    '/etc/passwd',
    '2025-03-03/v1/.kerncijfers.csv.1.ab.tmp',
    '2025-03-03/v1/kerncijfers.csv/',
    '2025-03-03/v1\\..\\..\\x/kerncijfers.csv',
  ])('refuses %s', (pad) => {
    expect(exportBestand(dir, 'GM0392', pad)).toBeUndefined();
  });

  it('refuses a malformed gemeente code', () => {
    expect(exportBestand(dir, '../GM0392', '2025-03-03/v1/kerncijfers.csv')).toBeUndefined();
  });
});
