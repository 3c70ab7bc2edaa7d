#!/usr/bin/env bash
# Flash-sale benchmark: a campaign of COUPONS coupons, REQUESTS claims over HTTP from USERS customers (each claims
# twice), then a check of what the database holds.
# Usage: bench/coupons.sh  (env: DB=server|memory COUPONS=100000 USERS=100000 REQUESTS=200000 WARMUP_USERS=50000
#                           CONNECTIONS=64 THREADS=2 APP_ARGS= JAVA_OPTS= JAR=)
# DB=server (default) keeps the data in an H2 server with its files on disk; DB=memory in the embedded in-memory H2.
# Prints the round trips per issued coupon at the wire (H2 server). JAR= runs that jar instead of building.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
COUPONS=${COUPONS:-100000}
USERS=${USERS:-100000}
REQUESTS=${REQUESTS:-200000}
WARMUP_USERS=${WARMUP_USERS:-50000}
CLAIM_CONNECTIONS=${CONNECTIONS:-64}
APP_PORT=${APP_PORT:-18092}
APP="http://127.0.0.1:$APP_PORT"

bench_setup baedal-coupons
database_args 18093
echo "== starting baedal (log: $WORK/app.log)"
JVM_ARGS="${JVM_ARGS:-} ${JAVA_OPTS:-}" start_app app "$APP_PORT" --spring.profiles.active=demo \
    --logging.level.baedal=WARN "${DB_ARGS[@]}" ${APP_ARGS:-}

echo "== signing $USERS customer tokens"
sign_tokens 0 "$USERS" "$WORK/tokens.txt"
# Other customers warm the server up on another campaign first, as a server that has been running would be.
sign_tokens 1000000 "$WARMUP_USERS" "$WORK/warmup-tokens.txt"
ADMIN=$(token "$APP" admin)

echo "== warm-up: $WARMUP_USERS other customers claim twice from a campaign of $((WARMUP_USERS / 2))"
claims "$APP" "$WORK/warmup-tokens.txt" "$(campaign "$APP" "$ADMIN" $((WARMUP_USERS / 2)))" $((WARMUP_USERS * 2)) \
    "$ADMIN" "$APP"
CAMPAIGN=$(campaign "$APP" "$ADMIN" "$COUPONS")
echo "== $REQUESTS claims from $USERS customers for $COUPONS coupons ($CLAIM_CONNECTIONS connections)"
WIRE=$(wire_segments_in 18093)
claims "$APP" "$WORK/tokens.txt" "$CAMPAIGN" "$REQUESTS" "$ADMIN" "$APP"
WIRE=$(( $(wire_segments_in 18093) - WIRE ))
grep -E 'answers|latency' "$WORK/wrk-claims.txt"

echo "== what the database holds"
read -r ISSUED CUSTOMERS OVER RATE < <(tally "$APP" "$ADMIN" "$CAMPAIGN")
echo "issued $ISSUED (of $COUPONS), customers $CUSTOMERS, duplicates $((ISSUED - CUSTOMERS)), over the per-customer limit $OVER"
echo "first to last coupon: $RATE issued/s"
if [[ "${DB:-server}" == server ]]; then
    echo "round trips at the wire (requests the H2 server received, TCP data segments counted by the kernel):" \
        "$(python3 -c "print(f'{$WIRE / max($ISSUED, 1):.2f} per issued coupon, {$WIRE / $REQUESTS:.2f} per claim')")"
fi

echo "== nginx on the same machine"
curl -sf "$APP/api/coupon-campaigns/$CAMPAIGN" -H "Authorization: Bearer $ADMIN" -o "$WORK/campaign.json"
nginx_serve 18094 "$WORK/campaign.json"
nginx_baseline 18094 "the campaign's JSON"
echo "issued/s x nginx static: $(python3 -c "print(f'{$RATE / $NGINX_RPS:.2f}')") (target 0.2)"
