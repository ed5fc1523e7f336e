#!/usr/bin/env bash
# Restore a dump made by scripts/backup.sh into an EMPTY database (it refuses a database that has tables).
#   TARGET_URL=postgres://user:pw@host:5432/buurtkracht_hersteld scripts/restore.sh backups/buurtkracht-….dump
# Checks the .sha256 when present, restores with parallel jobs, then ANALYZEs. See docs/operations.md.
set -euo pipefail
: "${TARGET_URL:?set TARGET_URL to the (empty) database to restore into}"
dump="${1:?usage: restore.sh <file.dump>}"

pg_bin() {
  for d in "${PG_BIN:-}" /usr/lib/postgresql/17/bin /usr/lib/postgresql/16/bin /usr/lib/postgresql/15/bin; do
    [ -n "$d" ] && [ -x "$d/$1" ] && { echo "$d/$1"; return; }
  done
  command -v "$1" || { echo "$1 not found: apt-get install postgresql-client-15 (or set PG_BIN)" >&2; exit 1; }
}
PG_RESTORE=$(pg_bin pg_restore)
PSQL=$(pg_bin psql)

if [ -f "$dump.sha256" ]; then
  (cd "$(dirname "$dump")" && sha256sum --check --quiet "$(basename "$dump").sha256")
fi
tables=$("$PSQL" "$TARGET_URL" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog','information_schema')")
if [ "$tables" != "0" ]; then
  echo "refusing: the target database already has $tables table(s); restore into a new, empty database" >&2
  exit 1
fi
# 1. tables and data, in parallel
"$PG_RESTORE" --no-owner --no-acl --exit-on-error --jobs="${RESTORE_JOBS:-2}" --section=pre-data --section=data --dbname="$TARGET_URL" "$dump"
# 2. indexes, constraints, triggers. pg_restore runs them with search_path='' (CVE-2018-1058 hardening), and
#    earthdistance's ll_to_earth() refers to the type `earth` unqualified, so `CREATE INDEX hulpvragen_geo ...
#    (public.ll_to_earth(lat, lon))` fails with 'type "earth" does not exist'. Run this section with
#    search_path=public,pg_catalog instead: every name in the dump is schema-qualified anyway.
"$PG_RESTORE" --no-owner --no-acl --section=post-data --file=- "$dump" |
  sed "s/set_config('search_path', '', false)/set_config('search_path', 'public, pg_catalog', false)/" |
  "$PSQL" "$TARGET_URL" -q -v ON_ERROR_STOP=1 >/dev/null
"$PSQL" "$TARGET_URL" -qc "ANALYZE"
echo "restored $dump into $(echo "$TARGET_URL" | sed -E 's#//[^@]*@#//#')"
