#!/bin/sh
# Run once by the postgres image when its data volume is new (compose.yaml): one database per
# subgraph, owned by its migration owner, and a runtime role that may connect and owns nothing
# (docs/operations.md, "Database roles"). The runtime role's table privileges come after each
# migration, from deploy/k8s/migrate/grants (the compose `grants` service).
set -eu
for name in individuals screenings levelofcare facilities; do
  psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v database="pasrr_$name" -v owner="pasrr_${name}_owner" -v runtime="pasrr_${name}_app" \
    -v owner_password="$PASRR_DB_OWNER_PASSWORD" -v runtime_password="$PASRR_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"runtime" LOGIN PASSWORD :'runtime_password';
CREATE DATABASE :"database" OWNER :"owner";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"runtime";
SQL
done
