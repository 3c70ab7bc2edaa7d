#!/usr/bin/env bash
# Order lifecycle benchmark: full place -> pay -> accept -> pick up -> deliver cycles over HTTP.
# Usage: bench/orders.sh          (env: WORKERS=192 WARMUP=30 DURATION=60 POLL_MS=200 POOL=40 APP_ARGS= JVM_ARGS= APP_PORT=18090)
set -euo pipefail
cd "$(dirname "$0")/.."
WORKERS=${WORKERS:-192}
SECONDS_MEASURED=${DURATION:-60}
WARMUP_SECONDS=${WARMUP:-30}
APP_PORT=${APP_PORT:-18090}
APP="http://127.0.0.1:$APP_PORT"
WORK=$(mktemp -d /tmp/baedal-orders.XXXXXX)

source .ci/jdk.sh
use_jdk
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 1; }

APP_PID=""
trap '[[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT

echo "== building"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
JAR=$(ls target/baedal-*.jar | grep -v original | head -n1)
echo "== starting baedal (log: $WORK/app.log)"
"$JAVA_HOME/bin/java" -Xms1g -Xmx2g ${JVM_ARGS:-} -jar "$JAR" --server.port="$APP_PORT" --spring.profiles.active=demo \
    --logging.level.baedal=WARN --spring.datasource.hikari.maximum-pool-size=${POOL:-40} ${APP_ARGS:-} >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "$APP/actuator/health" >/dev/null 2>&1 && break; sleep 1; done

json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
token() { curl -sf -X POST "$APP/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"demo1234!\"}" | json 'd["accessToken"]'; }
# The demo accounts are seeded just after the application reports healthy.
for _ in $(seq 1 60); do CUSTOMER=$(token customer1 2>/dev/null) && break; sleep 1; done
OWNER=$(token owner1); RIDER=$(token rider1)
ALL_DAY=$(python3 -c 'import json; print(json.dumps([{"day":d,"opens":"00:00","closes":"00:00"} for d in ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"]]))')
SHOP=$(curl -sf -X POST "$APP/api/shops" -H "Authorization: Bearer $OWNER" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Bench Chicken\",\"category\":\"CHICKEN\",\"address\":\"Olympic-ro 300\",\"lat\":37.5133,\"lng\":127.1001,
         \"deliveryRadiusMeters\":3000,\"minOrderAmount\":10000,\"deliveryFee\":2000,\"openingHours\":$ALL_DAY}" | json 'd["id"]')
MENU=$(curl -sf -X POST "$APP/api/shops/$SHOP/menus" -H "Authorization: Bearer $OWNER" -H 'Content-Type: application/json' \
    -d '{"name":"Fried Chicken","price":18000,"group":"Chicken"}' | json 'd["id"]')
curl -sf -X POST "$APP/api/shops/$SHOP/open" -H "Authorization: Bearer $OWNER" >/dev/null
until curl -sf "$APP/api/display/shops/$SHOP" | grep -q '"open":true'; do sleep 0.2; done

ADMIN=$(token admin)
scrape() { curl -sf "$APP/actuator/prometheus" -H "Authorization: Bearer $ADMIN" \
    | grep -E '^(baedal_events_lag_seconds_bucket|http_server_requests_seconds_count)' || true; }
scrape >"$WORK/lag-before.txt"

echo "== load: $WORKERS concurrent customers, $WARMUP_SECONDS s warm-up, $SECONDS_MEASURED s measured"
"$JAVA_HOME/bin/java" -Dpoll="${POLL_MS:-200}" -Dwarmup="$WARMUP_SECONDS" bench/OrderLoad.java "$APP" "$SHOP" "$MENU" "$CUSTOMER" "$OWNER" "$RIDER" "$WORKERS" "$SECONDS_MEASURED"

sleep 5
scrape >"$WORK/lag-after.txt"
python3 - "$WORK" <<'PY'
import collections, re, sys
work = sys.argv[1]
def buckets(path):
    out = collections.Counter()
    for line in open(path):
        m = re.match(r'baedal_events_lag_seconds_bucket\{.*le="([^"]+)".*\}\s+([\d.eE+]+)', line)
        if m:
            out[float("inf") if m.group(1) == "+Inf" else float(m.group(1))] += float(m.group(2))
    return out
before, after = buckets(f"{work}/lag-before.txt"), buckets(f"{work}/lag-after.txt")
delta = sorted((le, after[le] - before.get(le, 0)) for le in after)
total = delta[-1][1] if delta else 0
def quantile(q):
    return next((le * 1000 for le, count in delta if total and count >= q * total), float("nan"))
print(f"server side, every listener of every event over the whole run ({int(total)} applications): "
      f"lag p50 <= {quantile(0.5):.0f} ms, p99 <= {quantile(0.99):.0f} ms (histogram bucket bounds)")
def requests(path):
    out = collections.Counter()
    for line in open(path):
        m = re.match(r'http_server_requests_seconds_count\{(.*)\}\s+([\d.eE+]+)', line)
        if m:
            labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            out[(labels.get("method"), labels.get("uri"), labels.get("status"))] += float(m.group(2))
    return out
calls = requests(f"{work}/lag-after.txt") - requests(f"{work}/lag-before.txt")
placed = sum(n for (method, uri, status), n in calls.items() if method == "POST" and uri == "/api/orders")
if placed:
    print(f"HTTP requests per order placed ({int(placed)} placed over the whole run):")
    for (method, uri, status), n in sorted(calls.items(), key=lambda item: -item[1]):
        if n / placed >= 0.01:
            print(f"  {method:5s} {uri:45s} {status}  {n / placed:5.2f}")
PY
