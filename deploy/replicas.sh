#!/usr/bin/env bash
# Read-only vdkg replicas behind HAProxy on one machine (README, "Replicated serving").
#
#   deploy/replicas.sh start DB            one replica per `server` line of the HAProxy config, each on its own copy of
#                                          the database image DB (a directory built by `vdkg build --db DB`), then HAProxy
#   deploy/replicas.sh rolling-update DB   replaces the replicas one at a time by replicas on copies of DB; the others
#                                          keep answering, so no request is lost
#   deploy/replicas.sh status              each replica as HAProxy sees it, and its /$/ready answer
#   deploy/replicas.sh stop                stops the replicas and HAProxy
#
# Settings (environment): VDKG, the vdkg command (default: the launcher next to this directory); VDKG_STATE, where
# copies, logs and pid files go (default run/replicas); VDKG_FRONT_PORT (8080), VDKG_STATS_PORT (8404) and
# VDKG_BASE_PORT (3030: replica i listens on VDKG_BASE_PORT+i); VDKG_HAPROXY_CFG (deploy/haproxy/haproxy.cfg);
# VDKG_DRAIN, the seconds a stopping replica keeps answering after it reports not ready (5; longer than HAProxy's
# fall x inter); VDKG_WAIT, the seconds to wait for any one step (300); VDKG_SERVE_ARGS, more `vdkg serve` options.
# Needs haproxy and curl.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r -a vdkg <<< "${VDKG:-$root/vdkg}"
read -r -a serve_args <<< "${VDKG_SERVE_ARGS:-}"
cfg="${VDKG_HAPROXY_CFG:-$root/deploy/haproxy/haproxy.cfg}"
export VDKG_STATE="${VDKG_STATE:-$root/run/replicas}"
export VDKG_FRONT_PORT="${VDKG_FRONT_PORT:-8080}"
export VDKG_STATS_PORT="${VDKG_STATS_PORT:-8404}"
base_port="${VDKG_BASE_PORT:-3030}"
drain="${VDKG_DRAIN:-5}"
wait_s="${VDKG_WAIT:-300}"
backend=replicas
# The replicas: the `server` lines of the config, r1..rN.
mapfile -t names < <(awk '$1 == "server" { print $2 }' "$cfg")
for i in "${!names[@]}"; do export "VDKG_PORT_$((i + 1))=$((base_port + i + 1))"; done

say() { echo "replicas: $*" >&2; }
die() { say "$*"; exit 1; }
port_of() { local v="VDKG_PORT_$1"; echo "${!v}"; }

# until_true WHAT COMMAND...: runs COMMAND every 0.2 s until it succeeds; gives up after $wait_s seconds.
until_true() {
  local what="$1" deadline=$((SECONDS + wait_s))
  shift
  until "$@"; do
    ((SECONDS < deadline)) || die "timed out after ${wait_s} s waiting for $what"
    sleep 0.2
  done
}

ready() { curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$1/\$/ready"; }

# The status column of replica NAME in HAProxy's CSV statistics (UP, DOWN, "UP 1/2", MAINT, ...).
haproxy_status() {
  curl -fsS --max-time 5 "http://127.0.0.1:$VDKG_STATS_PORT/stats;csv" 2>/dev/null \
    | awk -F, -v b="$backend" -v s="$1" '$1 == b && $2 == s { print $18 }'
}
seen_as() { [ "$(haproxy_status "$1")" = "$2" ]; }
gone() { ! kill -0 "$1" 2>/dev/null; }

# launch_replica I DB: copies DB for replica I and starts it there in the background.
launch_replica() {
  local i="$1" db="$2" name="${names[$(($1 - 1))]}" port
  port="$(port_of "$i")"
  local copy
  copy="$VDKG_STATE/$name.db.$(date +%s%N)"
  cp -a "$db" "$copy"
  say "starting $name on 127.0.0.1:$port with $(basename "$copy")"
  nohup "${vdkg[@]}" serve --root "$root" --db "$copy" --as-built --port "$port" --drain "$drain" \
    ${serve_args[@]+"${serve_args[@]}"} >>"$VDKG_STATE/$name.log" 2>&1 </dev/null &
  echo $! >"$VDKG_STATE/$name.pid"
  echo "$copy" >"$VDKG_STATE/$name.dbdir"
}

await_replica() { until_true "${names[$(($1 - 1))]} to be ready" ready "$(port_of "$1")"; }

# start_replica I DB: launch_replica, then waits until it is ready.
start_replica() {
  launch_replica "$1" "$2"
  await_replica "$1"
}

# stop_replica I: SIGTERM (the replica reports not ready, drains, stops), then removes its copy.
stop_replica() {
  local name="${names[$(($1 - 1))]}" pid
  pid="$(cat "$VDKG_STATE/$name.pid" 2>/dev/null || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    say "stopping $name (pid $pid)"
    kill -TERM "$pid"
    until_true "$name to stop" gone "$pid"
  fi
  rm -f "$VDKG_STATE/$name.pid"
  if [ -f "$VDKG_STATE/$name.dbdir" ]; then
    rm -rf "$(cat "$VDKG_STATE/$name.dbdir")"
    rm -f "$VDKG_STATE/$name.dbdir"
  fi
}

complete_db() {
  [ -d "$1" ] || die "no database directory $1"
  # The build stamp, written last: a database with one is complete.
  [ -f "$1/vdkg-build.properties" ] || die "$1 holds no complete vdkg database (build it with vdkg build --db $1)"
}

cmd="${1:-}"
case "$cmd" in
  start)
    [ $# -eq 2 ] || die "usage: $0 start DB"
    complete_db "$2"
    command -v haproxy >/dev/null || die "haproxy is not installed (apt-get install haproxy)"
    command -v curl >/dev/null || die "curl is not installed (apt-get install curl)"
    mkdir -p "$VDKG_STATE"
    [ ! -f "$VDKG_STATE/haproxy.pid" ] || ! kill -0 "$(cat "$VDKG_STATE/haproxy.pid")" 2>/dev/null \
      || die "already running (pid file $VDKG_STATE/haproxy.pid); stop first"
    haproxy -c -q -f "$cfg" || die "$cfg is not a valid HAProxy configuration"
    # All at once: nothing is served yet, so there is nothing to keep up meanwhile.
    for i in $(seq 1 "${#names[@]}"); do launch_replica "$i" "$2"; done
    for i in $(seq 1 "${#names[@]}"); do await_replica "$i"; done
    haproxy -D -p "$VDKG_STATE/haproxy.pid" -f "$cfg"
    for name in "${names[@]}"; do until_true "HAProxy to see $name up" seen_as "$name" UP; done
    say "serving at http://127.0.0.1:$VDKG_FRONT_PORT/ (${#names[@]} replicas; HAProxy statistics at http://127.0.0.1:$VDKG_STATS_PORT/stats)"
    ;;
  rolling-update)
    [ $# -eq 2 ] || die "usage: $0 rolling-update DB"
    complete_db "$2"
    [ -f "$VDKG_STATE/haproxy.pid" ] || die "not running (no $VDKG_STATE/haproxy.pid); use start"
    for i in $(seq 1 "${#names[@]}"); do
      name="${names[$((i - 1))]}"
      # One replica at a time, and only once HAProxy has taken it out: the others carry the load meanwhile.
      pid="$(cat "$VDKG_STATE/$name.pid")"
      say "draining $name"
      kill -TERM "$pid"
      until_true "HAProxy to see $name down" seen_as "$name" DOWN
      until_true "$name to finish its requests and stop" gone "$pid"
      stop_replica "$i"
      start_replica "$i" "$2"
      until_true "HAProxy to see $name up" seen_as "$name" UP
    done
    say "every replica now serves $(basename "$2")"
    ;;
  status)
    for i in $(seq 1 "${#names[@]}"); do
      name="${names[$((i - 1))]}"
      echo "$name 127.0.0.1:$(port_of "$i") haproxy=$(haproxy_status "$name" || true) ready=$(curl -sS --max-time 5 "http://127.0.0.1:$(port_of "$i")/\$/ready" 2>&1 || true)"
    done
    ;;
  stop)
    for i in $(seq 1 "${#names[@]}"); do stop_replica "$i"; done
    if [ -f "$VDKG_STATE/haproxy.pid" ]; then
      for pid in $(cat "$VDKG_STATE/haproxy.pid"); do kill -TERM "$pid" 2>/dev/null || true; done
      rm -f "$VDKG_STATE/haproxy.pid"
    fi
    say "stopped"
    ;;
  *)
    die "usage: $0 start DB | rolling-update DB | status | stop"
    ;;
esac
