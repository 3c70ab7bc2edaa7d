#!/usr/bin/env bash
# Display benchmark: baedal with generated shops vs nginx serving the identical bytes as static files.
# Usage: bench/display.sh            (env: DB=server|memory SHOPS=10000 MENUS=30 DURATION=15 CONNECTIONS=8 THREADS=2
#                                           UPDATES=300)
# DB=server (default) keeps the data in an H2 server with its files on disk; DB=memory in the embedded in-memory H2.
set -euo pipefail
cd "$(dirname "$0")/.."

SHOPS=${SHOPS:-10000}
MENUS=${MENUS:-30}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
UPDATES=${UPDATES:-300}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
LAT=37.55
LNG=127.0
WORK=$(mktemp -d /tmp/baedal-bench.XXXXXX)
APP="http://127.0.0.1:$APP_PORT"

source bench/lib.sh
baedal_use_jdk

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need nginx; then
    echo "Installing wrk and nginx from Debian packages..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
need python3 || { echo "python3 is required to read the results" >&2; exit 1; }

APP_PID=""
NGINX_PID=""
cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true
    [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
    for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

echo "== building"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
JAR=$(ls target/baedal-*.jar | grep -v original | head -n1)
database_args 18083

echo "== starting baedal with $SHOPS generated shops x $MENUS menus (log: $WORK/app.log)"
"$JAVA_HOME/bin/java" -Xms1g -Xmx2g -jar "$JAR" --server.port="$APP_PORT" \
    --spring.profiles.active=demo,bench --baedal.bench.shops="$SHOPS" --baedal.bench.menus-per-shop="$MENUS" \
    "${DB_ARGS[@]}" >"$WORK/app.log" 2>&1 &
APP_PID=$!

for _ in $(seq 1 120); do
    curl -sf "$APP/actuator/health" >/dev/null 2>&1 && break
    sleep 1
done
ADMIN=$(token "$APP" admin)
OWNER=$(token "$APP" owner1)
started=$(date +%s)
expected=$((SHOPS + 5))
while true; do
    served=$(curl -sf "$APP/actuator/metrics/baedal.display.shops" -H "Authorization: Bearer $ADMIN" \
        | json 'int(d["measurements"][0]["value"])' || echo 0)
    [[ "$served" -ge "$expected" ]] && break
    if (( $(date +%s) - started > 1800 )); then echo "display did not catch up: $served of $expected" >&2; exit 1; fi
    sleep 2
done
echo "   display serves $served shops; $(grep -o 'Bench shops ready.*' "$WORK/app.log" || true)"

HOME_PATH="/api/display/home?lat=$LAT&lng=$LNG"
LIST_PATH="/api/display/shops?lat=$LAT&lng=$LNG&page=0&size=20"
SHOP_ID=$(curl -sf "$APP$LIST_PATH" | json 'd["items"][0]["shopId"]')
DETAIL_PATH="/api/display/shops/$SHOP_ID"

mkdir -p "$WORK/www"
curl -sf "$APP$HOME_PATH" -o "$WORK/www/home.json"
curl -sf "$APP$LIST_PATH" -o "$WORK/www/list.json"
curl -sf "$APP$DETAIL_PATH" -o "$WORK/www/detail.json"

nginx_serve "$NGINX_PORT" "$WORK/www/detail.json"

# Varied locations: 1,000 points spread over the same area, so the list cache cannot answer everything.
python3 - "$WORK/points.lua" <<'PY'
import random, sys
random.seed(7)
points = ",".join('"lat=%.4f&lng=%.4f"' % (37.45 + random.random() * 0.2, 126.85 + random.random() * 0.3) for _ in range(1000))
open(sys.argv[1], "w").write("""
local points = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/display/shops?" .. points[(i %% #points) + 1] .. "&page=0&size=20")
end
""" % points)
PY

echo "== load: wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s per run after a 10s warm-up"
declare -A RESULT
for name in home list detail; do
    case $name in home) path=$HOME_PATH ;; list) path=$LIST_PATH ;; detail) path=$DETAIL_PATH ;; esac
    RESULT[$name-app]=$(run_wrk "$APP$path")
    RESULT[$name-nginx]=$(run_wrk "http://127.0.0.1:$NGINX_PORT/$name.json")
done
RESULT[varied-app]=$(run_wrk "$APP/" "$WORK/points.lua")

echo "== sync lag: $UPDATES shop changes through the owner API"
scrape() { curl -sf "$APP/actuator/prometheus" -H "Authorization: Bearer $ADMIN" | grep '^baedal_display_sync_lag_seconds_bucket' || true; }
scrape >"$WORK/lag-before.txt"
curl -sf "$APP/api/display/shops?lat=$LAT&lng=$LNG&page=0&size=100" | json '"\n".join(i["shopId"] for i in d["items"])' >"$WORK/ids.txt"
for i in $(seq 1 "$UPDATES"); do
    id=$(sed -n "$(( (i % 100) + 1 ))p" "$WORK/ids.txt")
    # the nearest shops include demo shops of other owners; the benchmark owner changes only its own
    shop=$(curl -sf "$APP/api/shops/$id" -H "Authorization: Bearer $OWNER") || continue
    body=$(echo "$shop" | python3 -c '
import sys, json
s = json.load(sys.stdin)
s["name"] = "Bench shop %s" % sys.argv[1]
for k in ("id", "ownerId", "open", "version"):
    s.pop(k)
print(json.dumps(s))' "$i")
    curl -sf -X PUT "$APP/api/shops/$id" -H "Authorization: Bearer $OWNER" -H 'Content-Type: application/json' -d "$body" >/dev/null
done
sleep 3
scrape >"$WORK/lag-after.txt"

"$JAVA_HOME/bin/jcmd" "$APP_PID" GC.run >/dev/null 2>&1 || true
HEAP=$("$JAVA_HOME/bin/jcmd" "$APP_PID" GC.heap_info 2>/dev/null | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -n1)

[[ "${DB:-server}" == "memory" ]] && DB_NOTE=", incl. H2 in memory" || DB_NOTE=", database in its own server"
python3 - "$WORK" "${HEAP:-0}" <<PY
import re, sys
work, heap_kb = sys.argv[1], int(sys.argv[2])
r = {k: v.split() for k, v in {
    "home-app": "${RESULT[home-app]}", "home-nginx": "${RESULT[home-nginx]}",
    "list-app": "${RESULT[list-app]}", "list-nginx": "${RESULT[list-nginx]}",
    "detail-app": "${RESULT[detail-app]}", "detail-nginx": "${RESULT[detail-nginx]}",
    "varied-app": "${RESULT[varied-app]}"}.items()}

def buckets(path):
    out = {}
    for line in open(path):
        m = re.match(r'baedal_display_sync_lag_seconds_bucket\{.*le="([^"]+)".*\}\s+([\d.eE+]+)', line)
        if m:
            out[float("inf") if m.group(1) == "+Inf" else float(m.group(1))] = float(m.group(2))
    return out

before, after = buckets(f"{work}/lag-before.txt"), buckets(f"{work}/lag-after.txt")
delta = sorted((le, after[le] - before.get(le, 0)) for le in after)
total = delta[-1][1] if delta else 0
def quantile(q):
    for le, count in delta:
        if total and count >= q * total:
            return le * 1000
    return float("nan")

print()
print(f"{'endpoint':<26}{'baedal req/s':>14}{'p99 ms':>9}{'nginx req/s':>14}{'p99 ms':>9}{'ratio':>8}{'non-2xx':>9}")
for name in ("home", "list", "detail"):
    a, n = r[f"{name}-app"], r[f"{name}-nginx"]
    print(f"{name:<26}{float(a[0]):>14.0f}{float(a[1]):>9.2f}{float(n[0]):>14.0f}{float(n[1]):>9.2f}{float(a[0]) / float(n[0]):>8.2f}{a[2]:>9}")
v = r["varied-app"]
print(f"{'list, 1000 locations':<26}{float(v[0]):>14.0f}{float(v[1]):>9.2f}{'-':>14}{'-':>9}{'-':>8}{v[2]:>9}")
print()
print(f"sync lag over {int(total)} display updates: p50 <= {quantile(0.5):.1f} ms, p99 <= {quantile(0.99):.1f} ms (histogram bucket bounds)")
print(f"heap used after full GC with {int(${SHOPS})} shops x ${MENUS} menus (whole application${DB_NOTE}): {heap_kb / 1024:.0f} MiB")
PY
echo
echo "Display model alone: ./mvnw -q test -Dtest=DisplayMemoryBenchmark -Dgroups=benchmark -DexcludedGroups= -Dspotless.check.skip=true"
