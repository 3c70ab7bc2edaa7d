#!/usr/bin/env bash
# Cluster benchmark, in one run on one durable database (an H2 server with its files on disk): baedal alone, then two
# instances behind nginx as load balancer, each measured for display req/s, flash-sale coupons issued/s (exact) and
# delivered orders/s with listener lag, beside nginx serving a static file; plus how soon a change made through one
# instance shows on the other's display.
# Usage: bench/cluster.sh  (env: SHOPS=500 MENUS=30 DURATION=15 CONNECTIONS=8 COUPONS=20000 ORDER_WORKERS=96
#                           ORDER_WARMUP=20 ORDER_SECONDS=30 CHANGES=100 JVM_ARGS=)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

SHOPS=${SHOPS:-500}
MENUS=${MENUS:-30}
COUPONS=${COUPONS:-20000}
ORDER_WORKERS=${ORDER_WORKERS:-96}
ORDER_WARMUP=${ORDER_WARMUP:-20}
ORDER_SECONDS=${ORDER_SECONDS:-30}
CHANGES=${CHANGES:-100}
DB_PORT=18300 A_PORT=18301 B_PORT=18302 STATIC_PORT=18310 LB_ONE_PORT=18311 LB_TWO_PORT=18312
A="http://127.0.0.1:$A_PORT" B="http://127.0.0.1:$B_PORT"
ONE="http://127.0.0.1:$LB_ONE_PORT" TWO="http://127.0.0.1:$LB_TWO_PORT"
LAT=37.55 LNG=127.0

bench_setup baedal-cluster
h2_server "$DB_PORT"

echo "== instance A: $SHOPS generated shops x $MENUS menus, seeded through the use cases (log: $WORK/a.log)"
start_app a "$A_PORT" --spring.profiles.active=demo,bench --baedal.bench.shops="$SHOPS" \
    --baedal.bench.menus-per-shop="$MENUS" --spring.datasource.url="$DB_URL" --logging.level.baedal=WARN
ADMIN=$(token "$A" admin)
OWNER=$(token "$A" owner1)
served() { curl -sf "$1/actuator/metrics/baedal.display.shops" -H "Authorization: Bearer $ADMIN" \
    | json 'int(d["measurements"][0]["value"])' || echo 0; }
until [[ $(served "$A") -ge $((SHOPS + 5)) ]]; do sleep 2; done
echo "== instance B, same database (log: $WORK/b.log)"
start_app b "$B_PORT" --spring.profiles.active=demo --spring.datasource.url="$DB_URL" --logging.level.baedal=WARN
until [[ $(served "$B") -ge $((SHOPS + 5)) ]]; do sleep 1; done
echo "   both instances serve $(served "$B") shops"

HOME_PATH="/api/display/home?lat=$LAT&lng=$LNG"
LIST_PATH="/api/display/shops?lat=$LAT&lng=$LNG&page=0&size=20"
SHOP_ID=$(curl -sf "$A$LIST_PATH" | json 'd["items"][0]["shopId"]')
DETAIL_PATH="/api/display/shops/$SHOP_ID"
curl -sf "$A$DETAIL_PATH" -o "$WORK/detail.json"
nginx_serve "$STATIC_PORT" "$WORK/detail.json" "
    upstream one { server 127.0.0.1:$A_PORT; keepalive 128; }
    upstream two { server 127.0.0.1:$A_PORT; server 127.0.0.1:$B_PORT; keepalive 128; }
    server {
        listen 127.0.0.1:$LB_ONE_PORT;
        location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection \"\"; }
    }
    server {
        listen 127.0.0.1:$LB_TWO_PORT;
        location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection \"\"; }
    }"
echo "   nginx: static file on $STATIC_PORT, load balancer to A on $LB_ONE_PORT, to A and B on $LB_TWO_PORT"

echo "== shop for the orders"
order_shop "$A" "$OWNER"
until curl -sf "$B/api/display/shops/$SHOP" | grep -q '"open":true'; do sleep 0.2; done
CUSTOMER=$(token "$A" customer1)
RIDER=$(token "$A" rider1)

echo "== signing $((COUPONS * 4)) customer tokens"
sign_tokens 0 "$COUPONS" "$WORK/tokens-one.txt"
sign_tokens 5000000 "$COUPONS" "$WORK/tokens-two.txt"
sign_tokens 9000000 "$COUPONS" "$WORK/tokens-warmup.txt"

declare -A R
measure() { # LABEL LB-URL INSTANCE-URL...
    local label=$1 lb=$2
    shift 2
    echo "== $label: display (wrk -t${THREADS:-2} -c${CONNECTIONS:-8}, ${DURATION:-15} s each after 10 s)"
    R[$label-home]=$(run_wrk "$lb$HOME_PATH")
    R[$label-list]=$(run_wrk "$lb$LIST_PATH")
    R[$label-detail]=$(run_wrk "$lb$DETAIL_PATH")
    echo "== $label: flash sale of $COUPONS coupons, $((COUPONS * 2)) claims from $COUPONS customers"
    local tokens=$WORK/tokens-$label.txt id
    id=$(campaign "$A" "$ADMIN" "$COUPONS")
    claims "$lb" "$tokens" "$id" $((COUPONS * 2)) "$ADMIN" "$@"
    R[$label-coupons]=$(tally "$A" "$ADMIN" "$id")
    echo "   $(grep -E 'answers' "$WORK/wrk-claims.txt")"
    echo "== $label: orders, $ORDER_WORKERS customers, $ORDER_WARMUP s warm-up, $ORDER_SECONDS s measured"
    scrape_lag "$WORK/lag-$label-before.txt" "$ADMIN" "$@"
    "$JAVA_HOME/bin/java" -Dpoll=200 -Dwarmup="$ORDER_WARMUP" bench/OrderLoad.java "$lb" "$SHOP" "$MENU" \
        "$CUSTOMER" "$OWNER" "$RIDER" "$ORDER_WORKERS" "$ORDER_SECONDS" | tee "$WORK/orders-$label.txt"
    sleep 3
    scrape_lag "$WORK/lag-$label-after.txt" "$ADMIN" "$@"
    R[$label-orders]=$(sed -n 's/.* \([0-9]*\) orders\/s.*/\1/p' "$WORK/orders-$label.txt")
    R[$label-lag]=$(listener_lag_p99 "$WORK/lag-$label-before.txt" "$WORK/lag-$label-after.txt")
}

echo "== warm-up claims through A"
claims "$ONE" "$WORK/tokens-warmup.txt" "$(campaign "$A" "$ADMIN" $((COUPONS / 2)))" $((COUPONS * 2)) "$ADMIN" "$A" "$B"
nginx_baseline "$STATIC_PORT" "the shop detail's bytes"
measure one "$ONE" "$A" "$B"
measure two "$TWO" "$A" "$B"

echo "== $CHANGES shop changes, alternately through A and through B, each awaited on the other instance's display"
VISIBILITY=$(python3 - "$A" "$B" "$OWNER" "$CHANGES" "$LAT" "$LNG" <<'PY'
import json, sys, time, urllib.request
a, b, owner, changes, lat, lng = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]
def call(method, url, body=None, token=None):
    request = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"null")
ids = [i["shopId"] for i in call("GET", f"{a}/api/display/shops?lat={lat}&lng={lng}&page=0&size=50")["items"]]
lags = []
for n in range(changes):
    writer, reader = (a, b) if n % 2 == 0 else (b, a)
    shop = ids[n % len(ids)]
    body = call("GET", f"{writer}/api/shops/{shop}", token=owner)
    for key in ("id", "ownerId", "open", "version"):
        body.pop(key, None)
    body["name"] = f"Cluster change {n}"
    call("PUT", f"{writer}/api/shops/{shop}", body, owner)
    changed = time.perf_counter()
    while f"Cluster change {n}\"" not in urllib.request.urlopen(f"{reader}/api/display/shops/{shop}").read().decode():
        time.sleep(0.005)
    lags.append((time.perf_counter() - changed) * 1000)
lags.sort()
print(f"{lags[len(lags) // 2]:.0f} {lags[min(len(lags) - 1, int(len(lags) * 0.99))]:.0f} {lags[-1]:.0f}")
PY
)

python3 - "$NGINX_RPS" "$COUPONS" "$VISIBILITY" <<PY
import sys
nginx, coupons = float(sys.argv[1]), int(sys.argv[2])
vis = sys.argv[3].split()
r = {k: v.split() for k, v in {
    "one-home": "${R[one-home]}", "one-list": "${R[one-list]}", "one-detail": "${R[one-detail]}",
    "two-home": "${R[two-home]}", "two-list": "${R[two-list]}", "two-detail": "${R[two-detail]}",
    "one-coupons": "${R[one-coupons]}", "two-coupons": "${R[two-coupons]}",
    "one-orders": "${R[one-orders]}", "two-orders": "${R[two-orders]}",
    "one-lag": "${R[one-lag]}", "two-lag": "${R[two-lag]}"}.items()}
print()
print(f"durable database (H2 server, files on disk); nginx serving the detail's bytes as a static file: {nginx:,.0f} req/s")
print(f"{'':34}{'1 instance':>16}{'2 instances':>16}   (both behind nginx as load balancer)")
for name in ("home", "list", "detail"):
    one, two = r[f"one-{name}"], r[f"two-{name}"]
    print(f"{'display ' + name + ' req/s (p99 ms)':34}{float(one[0]):>9,.0f} ({float(one[1]):4.1f}){float(two[0]):>9,.0f} ({float(two[1]):4.1f})")
    print(f"{'   x nginx static':34}{float(one[0]) / nginx:>16.2f}{float(two[0]) / nginx:>16.2f}")
for label in ("one", "two"):
    issued, customers, over, rate = r[f"{label}-coupons"]
    exact = "exact" if int(issued) == coupons and int(customers) == int(issued) and int(over) == 0 else "NOT EXACT"
    r[label + "-coupon-line"] = f"{int(rate):,} ({exact})"
    r[label + "-coupon-ratio"] = int(rate) / nginx
print(f"{'coupons issued/s':34}{r['one-coupon-line']:>16}{r['two-coupon-line']:>16}")
print(f"{'   x nginx static':34}{r['one-coupon-ratio']:>16.2f}{r['two-coupon-ratio']:>16.2f}")
print(f"{'orders delivered/s':34}{r['one-orders'][0]:>16}{r['two-orders'][0]:>16}")
print(f"{'listener lag p99 ms (bucket bound)':34}{r['one-lag'][0]:>16}{r['two-lag'][0]:>16}")
print()
print(f"a change through one instance on the other's display: p50 {vis[0]} ms, p99 {vis[1]} ms, max {vis[2]} ms")
PY
