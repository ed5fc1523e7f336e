#!/usr/bin/env bash
# Backup of the Buurtkracht database: one consistent pg_dump (custom format, compressed) of every schema
# (public: the application; bullmq: the queue when it runs on PostgreSQL), then a checksum next to it.
#   DATABASE_URL=postgres://user:pw@host:5432/buurtkracht scripts/backup.sh [out-dir]
# Writes <out-dir>/buurtkracht-<UTC timestamp>.dump and .dump.sha256; prints the path. See docs/operations.md.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the database to back up}"
out_dir="${1:-backups}"
mkdir -p "$out_dir"

# pg_dump must be at least the server's major version: the embedded-postgres package ships no client tools,
# Debian's postgresql-client-15 does (apt-get install postgresql-client-15). PG_BIN overrides the search.
pg_bin() {
  for d in "${PG_BIN:-}" /usr/lib/postgresql/17/bin /usr/lib/postgresql/16/bin /usr/lib/postgresql/15/bin; do
    [ -n "$d" ] && [ -x "$d/$1" ] && { echo "$d/$1"; return; }
  done
  command -v "$1" || { echo "$1 not found: apt-get install postgresql-client-15 (or set PG_BIN)" >&2; exit 1; }
}
PG_DUMP=$(pg_bin pg_dump)

file="$out_dir/buurtkracht-$(date -u +%Y%m%dT%H%M%SZ).dump"
# --format=custom: compressed, restorable in parallel and selectively; --no-owner/--no-acl: restorable into a
# managed server under another role. pg_dump takes a snapshot: writes during the dump are not in it, and it
# blocks no reads or writes (only DDL on the tables it reads).
"$PG_DUMP" --format=custom --compress=6 --no-owner --no-acl --file="$file.partial" "$DATABASE_URL"
mv "$file.partial" "$file"
(cd "$(dirname "$file")" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
echo "$file"
