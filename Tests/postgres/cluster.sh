#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: made in a temporary folder, reached only through
# a Unix socket in that folder (no network at all), and removed when stopped.
#
#   Tests/postgres/cluster.sh start FOLDER   # prints the address the tests connect to
#   Tests/postgres/cluster.sh stop FOLDER
#   Tests/postgres/cluster.sh halt FOLDER      # stops the server, keeping its data
#   Tests/postgres/cluster.sh restart FOLDER   # starts a halted server again
#
# CLUSTER_TCP_PORT=PORT also listens on 127.0.0.1:PORT (never another address), and
# CLUSTER_TLS=1 with it turns TLS on, with a self-signed certificate made in FOLDER by openssl.
#
# The tests' server does not wait for the disk (fsync=off); CLUSTER_DURABLE=1 keeps PostgreSQL's
# defaults, so a benchmark's commits are real ones.
#
# The server refuses to run as root, so as root it runs as the `postgres` user that Debian's
# package makes; as anyone else it runs as them.
set -euo pipefail
command=${1:?start or stop}
folder=${2:?the cluster folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL's server is not installed (Debian: apt-get install postgresql)." >&2
  exit 1
fi
as_owner=()
if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u postgres --); fi
owner=carecoach_test_owner

case "$command" in
  start)
    mkdir -p "$folder"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$folder"; fi
    chmod 700 "$folder"
    "${as_owner[@]}" "$bin/initdb" -D "$folder/data" -U "$owner" -A trust -E UTF8 \
      --no-locale >"$folder/initdb.log" 2>&1
    settings="-k $folder -c listen_addresses='' -c max_connections=60"
    if [ "${CLUSTER_DURABLE:-0}" != 1 ]; then settings="$settings -c fsync=off"; fi
    if [ -n "${CLUSTER_TCP_PORT:-}" ]; then
      settings="-k $folder -c listen_addresses=127.0.0.1 -c port=$CLUSTER_TCP_PORT"
      settings="$settings -c max_connections=60 -c fsync=off"
      if [ "${CLUSTER_TLS:-0}" = 1 ]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 \
          -keyout "$folder/server.key" -out "$folder/server.crt" >/dev/null 2>&1
        chmod 600 "$folder/server.key"
        if [ "$(id -u)" = 0 ]; then chown postgres: "$folder/server.key" "$folder/server.crt"; fi
        settings="$settings -c ssl=on -c ssl_cert_file=$folder/server.crt"
        settings="$settings -c ssl_key_file=$folder/server.key"
      fi
    fi
    echo "$settings" >"$folder/settings"
    "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
      -o "$settings" start >/dev/null
    if [ -n "${CLUSTER_TCP_PORT:-}" ]; then
      echo "postgresql://127.0.0.1:$CLUSTER_TCP_PORT/postgres?user=$owner"
    else
      echo "postgresql:///postgres?host=$folder&user=$owner"
    fi
    ;;
  halt)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null
    ;;
  restart)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
      -o "$(cat "$folder/settings")" start >/dev/null
    ;;
  stop)
    if [ -d "$folder/data" ]; then
      "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    ;;
  *)
    echo "start or stop" >&2
    exit 2
    ;;
esac
