#!/bin/sh
# Grants each subgraph database's runtime role its privileges (<subgraph>.sql beside this script,
# written by `npm run deploy:grants`), after the migration and as each database's owner: it connects
# with <SUBGRAPH>_DATABASE_URL, the owner's URL the migration used (docs/operations.md, "Database
# roles"). Run by the Kubernetes migration Job and by the compose `grants` service, with psql.
set -eu
dir=$(dirname "$0")
for name in individuals screenings levelofcare facilities; do
  variable="$(echo "$name" | tr '[:lower:]' '[:upper:]')_DATABASE_URL"
  url=$(printenv "$variable") || { echo "$variable is not set" >&2; exit 2; }
  psql "$url" --no-psqlrc --quiet -v ON_ERROR_STOP=1 -f "$dir/$name.sql"
  echo "runtime role grants applied: $name"
done
