#!/usr/bin/env bash
# Measures process start to first answered SPARQL COUNT query, median of N runs (default 5), for
#   java -jar target/vdkg.jar serve                       (embedded Fuseki, this project)
#   java -jar jena-fuseki-server-5.6.0.jar --config ...   (stock Fuseki, same config, same database)
# Needs target/vdkg.jar and target/stock-fuseki/ (./mvnw -B verify makes both) and curl.
# Usage: scripts/startup-bench.sh [runs]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
jar=target/vdkg.jar
stock=target/stock-fuseki/jena-fuseki-server-5.6.0.jar
heap="${BENCH_XMX:--Xmx512m}"
for f in "$jar" "$stock"; do
  [ -f "$f" ] || { echo "missing $f: run ./mvnw -B verify first" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java -jar "$jar" -q build >/dev/null 2>&1
query='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# one_run <port> <command...>: prints milliseconds from start to the first answered COUNT.
one_run() {
  local port="$1"; shift
  local t0 t1 pid
  t0=$(date +%s%N)
  "$@" >"$work/out.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/vdkg/sparql" --data-urlencode "query=$query" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "server exited:" >&2; cat "$work/out.log" >&2; exit 1; fi
    sleep 0.02
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

vdkg_times=(); stock_times=()
for _ in $(seq "$runs"); do
  p=$(free_port)
  vdkg_times+=("$(one_run "$p" java "$heap" -jar "$jar" -q serve --port "$p")")
  p=$(free_port)
  stock_times+=("$(FUSEKI_BASE="$work/fuseki-base" one_run "$p" java "$heap" -jar "$stock" --config=fuseki-config/vdkg.ttl --port="$p" --localhost)")
done
echo "jar size: $(stat -c %s "$jar") bytes ($jar)"
echo "vdkg serve     start to first answer (ms): ${vdkg_times[*]}  median $(printf '%s\n' "${vdkg_times[@]}" | median)"
echo "stock fuseki   start to first answer (ms): ${stock_times[*]}  median $(printf '%s\n' "${stock_times[@]}" | median)"
