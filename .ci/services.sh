#!/usr/bin/env bash
# CI: make sure the databases the store tests use answer on 127.0.0.1 (PostgreSQL 5432, MariaDB 3306), starting them if not.
set -euo pipefail

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 -U postgres; }
mariadb_up() { mariadb-admin --host=127.0.0.1 --port=3306 --user=root --connect-timeout=2 ping >/dev/null 2>&1; }

# wait_for NAME CHECK: polls CHECK once a second for up to 60 s.
wait_for() {
  for _ in $(seq 1 60); do
    if "$2"; then
      echo "== $1 answers"
      return 0
    fi
    sleep 1
  done
  echo "$1 does not answer on 127.0.0.1 after 60 s" >&2
  return 1
}

if ! pg_up; then
  echo "== starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
fi
wait_for PostgreSQL pg_up
psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = 'test'" | grep -q 1 ||
  createdb -h 127.0.0.1 -U postgres test

if ! mariadb_up; then
  echo "== starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
wait_for MariaDB mariadb_up
mariadb --host=127.0.0.1 --port=3306 --user=root -e "create database if not exists test"
