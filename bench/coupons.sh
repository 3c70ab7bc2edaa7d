#!/usr/bin/env bash
# Flash-sale benchmark: a campaign of COUPONS coupons, REQUESTS claims over HTTP from USERS customers (each claims
# twice), then a check of what the database holds.
# Usage: bench/coupons.sh  (env: COUPONS=100000 USERS=100000 REQUESTS=200000 WARMUP_USERS=50000 CONNECTIONS=64 THREADS=2 APP_ARGS= JAVA_OPTS=)
set -euo pipefail
cd "$(dirname "$0")/.."
COUPONS=${COUPONS:-100000}
USERS=${USERS:-100000}
REQUESTS=${REQUESTS:-200000}
WARMUP_USERS=${WARMUP_USERS:-50000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18092}
APP="http://127.0.0.1:$APP_PORT"
WORK=$(mktemp -d /tmp/baedal-coupons.XXXXXX)
# The demo profile's development signing key: the driver signs its customers' tokens itself.
SECRET=baedal-demo-signing-key-do-not-use-in-production

source .ci/jdk.sh
use_jdk
if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk from Debian packages..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 1; }

APP_PID=""
trap '[[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT

echo "== building"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
JAR=$(ls target/baedal-*.jar | grep -v original | head -n1)
echo "== starting baedal (log: $WORK/app.log)"
"$JAVA_HOME/bin/java" -Xms1g -Xmx2g ${JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" --spring.profiles.active=demo \
    --logging.level.baedal=WARN ${APP_ARGS:-} >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "$APP/actuator/health" >/dev/null 2>&1 && break; sleep 1; done

echo "== signing $USERS customer tokens"
sign() {
python3 - "$SECRET" "$1" "$2" >"$3" <<'PY'
import base64, hashlib, hmac, json, sys, time, uuid
secret, first, users = sys.argv[1].encode(), int(sys.argv[2]), int(sys.argv[3])
b64 = lambda raw: base64.urlsafe_b64encode(raw).rstrip(b"=")
header = b64(json.dumps({"alg": "HS256"}).encode())
now = int(time.time())
out = []
for i in range(first, first + users):
    claims = {"iss": "baedal", "sub": str(uuid.UUID(int=(0xC0FFEE << 96) + i)), "iat": now, "exp": now + 3600,
              "preferred_username": f"flash{i}", "roles": ["CUSTOMER"]}
    signing_input = header + b"." + b64(json.dumps(claims, separators=(",", ":")).encode())
    out.append((signing_input + b"." + b64(hmac.new(secret, signing_input, hashlib.sha256).digest())).decode())
print("\n".join(out))
PY
}
sign 0 "$USERS" "$WORK/tokens.txt"
# Other customers warm the server up on another campaign first, as a server that has been running would be.
sign 1000000 "$WARMUP_USERS" "$WORK/warmup-tokens.txt"

json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
ADMIN=$(curl -sf -X POST "$APP/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"demo1234!"}' | json 'd["accessToken"]')
NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
UNTIL=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
campaign() {
curl -sf -X POST "$APP/api/coupon-campaigns" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Chicken flash sale\",\"discountAmount\":7000,\"minOrderAmount\":15000,\"totalQuantity\":$1,
         \"perUserLimit\":1,\"opensAt\":\"$NOW\",\"validFrom\":\"$NOW\",\"validUntil\":\"$UNTIL\"}" | json 'd["id"]'
}

scrape() {
    curl -sf "$APP/actuator/prometheus" -H "Authorization: Bearer $ADMIN" \
        | awk '/^baedal_coupons_claims_total/ {s += $NF} END {printf "%d", s}'
}
# claims TOKENS CAMPAIGN REQUESTS: run wrk until that many more claims were answered
claims() {
    local target=$(( $(scrape) + $3 ))
    wrk -t"$THREADS" -c"$CONNECTIONS" -d600s --timeout 15s -s bench/coupons.lua "$APP" -- \
        "$1" "$2" "$3" "$THREADS" >"$WORK/wrk.txt" 2>&1 &
    local wrk_pid=$!
    # wrk runs until its duration; interrupt it (it then prints its report) once every claim was answered.
    until [[ $(scrape) -ge $target ]] || ! kill -0 "$wrk_pid" 2>/dev/null; do sleep 0.5; done
    kill -INT "$wrk_pid" 2>/dev/null || true
    wait "$wrk_pid" || true
}

echo "== warm-up: $WARMUP_USERS other customers claim twice from a campaign of $((WARMUP_USERS / 2))"
claims "$WORK/warmup-tokens.txt" "$(campaign $((WARMUP_USERS / 2)))" $((WARMUP_USERS * 2))
CAMPAIGN=$(campaign "$COUPONS")
echo "== $REQUESTS claims from $USERS customers for $COUPONS coupons ($CONNECTIONS connections)"
claims "$WORK/tokens.txt" "$CAMPAIGN" "$REQUESTS"
grep -E 'answers|latency' "$WORK/wrk.txt"

echo "== what the database holds"
curl -sf "$APP/api/admin/coupon-campaigns/$CAMPAIGN/tally" -H "Authorization: Bearer $ADMIN" | python3 -c "
import json, sys
from datetime import datetime
t = json.load(sys.stdin)
first, last = (datetime.fromisoformat(t[k].replace('Z', '+00:00')) for k in ('firstIssuedAt', 'lastIssuedAt'))
seconds = (last - first).total_seconds()
print(f\"issued {t['issued']} (of $COUPONS), customers {t['customers']}, duplicates {t['issued'] - t['customers']},\"
      f\" over the per-customer limit {t['overLimit']}\")
print(f\"first to last coupon {seconds:.2f} s: {t['issued'] / seconds:,.0f} issued/s\")
"
