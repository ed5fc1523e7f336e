#!/bin/sh
# Runs the TypeORM migrations and BullMQ's schema migrations once before api and worker start (compose "migrate" service).
set -e
exec node dist/libs/persistence/src/cli/migrate.js run
