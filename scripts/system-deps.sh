#!/usr/bin/env bash
# Install the Debian packages the tests and `make lab` need, when missing.
# As root: apt-get installs them. As a normal user: say which packages to install.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
# Java for the local Spark Connect server the Spark tests start (Spark 4 runs on Java 17 or 21)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || true
  # slim Debian images drop /usr/share/man, where the JRE's postinst links java.1.gz
  mkdir -p /usr/share/man/man1
  apt-get install -y -qq --no-install-recommends "${need[@]}"
else
  echo "Missing system packages: ${need[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${need[*]}" >&2
  [ "${1:-}" = "--optional" ] && exit 0
  exit 1
fi
