#!/usr/bin/env bash
# The organisation's store on PostgreSQL, measured on a throwaway server of its own (a Unix
# socket in a temporary folder, PostgreSQL's own durable settings), which it stops at the end:
# one turn's commit and twenty workers at once, then `list --client` once the database holds
# 100,000 conversations. The file store's figures for the same turns come from
# `carecoach-bench store`.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${BENCH:-.build/release/carecoach-bench}
folder=$(mktemp -d /tmp/carecoach-bench-pg.XXXXXX)
trap 'Tests/postgres/cluster.sh stop "$folder"' EXIT
owner_address=$(CLUSTER_DURABLE=1 Tests/postgres/cluster.sh start "$folder")
psql -q "$owner_address" -c "CREATE DATABASE bench"
address=${owner_address/\/postgres\?//bench?}

"$bench" store --conversations 20
"$bench" server-turns --address "$address" --conversations 20

# 100,000 conversations of 10,000 clients, ten each, in the team the benchmark's workers are in.
psql -q "$address" <<'SQL'
INSERT INTO carecoach.session (id, kind, script_reference, script_id, script_version,
  script_text, mode, client_ref, client_key, created_at, updated_at, status, team, created_by)
SELECT 'bulk' || n, 'conversation', 'care-planning', 'care-planning', '1.0', '', 'facilitator',
  'C-' || (n % 10000), 'c-' || (n % 10000), now() - n * interval '1 minute',
  now() - n * interval '1 minute', 'finished', 'north', 'bench_worker_0'
FROM generate_series(1, 100000) AS n;
ANALYZE carecoach.session;
SQL
"$bench" server-list --address "$address" --client C-4242 --repeats 50
