#!/usr/bin/env bash
# Order lifecycle benchmark: full place -> pay -> accept -> pick up -> deliver cycles over HTTP.
# Usage: bench/orders.sh          (env: DB=server|file|memory WORKERS=192 WARMUP=30 DURATION=60 POLL_MS=200 POOL=40
#                                       MAX_LOAD=1000 SQL= APP_ARGS= JVM_ARGS= APP_PORT=18090 JAR= EXTRACT=
#                                       PAYMENT_ARGS=)
# DB=server (default) keeps the data in an H2 server with its files on disk; DB=memory in the embedded in-memory H2.
# Prints CPU time per order of the application and the database server and (H2 server) the round trips per order at
# the wire; SQL=1 also what the application sent and the statements the database ran per order, counted by the
# server (which costs it some CPU: compare CPU figures of runs without it). JAR= runs that jar instead of building.
# EXTRACT=payment runs payment in a deployment of its own (profile payment-service, its own database on the same H2
# server) beside everything else (profile without-payment), with a Kafka broker between them: what the wire costs.
# CPU then counts both deployments and the broker; the listener lag is the core deployment's.
# PAYMENT_ARGS= adds arguments to the payment deployment. Four JVMs share the cores and take minutes to compile their
# hot code: give EXTRACT=payment a long warm-up (WARMUP=180) and compare with the single jar at the same warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
WORKERS=${WORKERS:-192}
SECONDS_MEASURED=${DURATION:-60}
WARMUP_SECONDS=${WARMUP:-30}
APP_PORT=${APP_PORT:-18090}
APP="http://127.0.0.1:$APP_PORT"

bench_setup baedal-orders
database_args 18095
echo "== starting baedal (log: $WORK/app.log)"
# One demo rider picks up and hands over every delivery of the run, as many riders would: the load a rider carries at
# once is raised from 3 so that dispatch does not hold orders in line for the one rider (MAX_LOAD).
# SQL=1: the application counts what it sends the database (baedal.jdbc.count-round-trips), the server what it runs.
COUNT_ARGS=()
[[ "${SQL:-}" == 1 ]] && COUNT_ARGS=(--baedal.jdbc.count-round-trips=true)
PROFILES=demo
EXTRACTED_PIDS=()
if [[ "${EXTRACT:-}" == payment ]]; then
    [[ "${DB:-server}" == server ]] || { echo "EXTRACT=payment runs on the H2 server (DB=server)" >&2; exit 1; }
    kafka_broker
    PROFILES=demo,without-payment
    COUNT_ARGS+=(--spring.kafka.bootstrap-servers="$KAFKA")
elif [[ -n "${EXTRACT:-}" ]]; then
    echo "EXTRACT=payment is the one extraction this benchmark runs" >&2; exit 1
fi
start_app app "$APP_PORT" --spring.profiles.active=$PROFILES --logging.level.baedal=WARN "${COUNT_ARGS[@]}" \
    --spring.datasource.hikari.maximum-pool-size=${POOL:-40} --baedal.delivery.max-load=${MAX_LOAD:-1000} \
    "${DB_ARGS[@]}" ${APP_ARGS:-}
if [[ "${EXTRACT:-}" == payment ]]; then
    CORE_PID=$APP_PID
    start_app payment $((APP_PORT + 2)) --spring.profiles.active=demo,payment-service --logging.level.baedal=WARN \
        "${COUNT_ARGS[@]}" --spring.datasource.url="${DB_URL/\/baedal;//payment;}" --baedal.payment.orders.url="$APP" ${PAYMENT_ARGS:-}
    EXTRACTED_PIDS=("$APP_PID" "$KAFKA_PID")
    APP_PID=$CORE_PID
    echo "   payment on its own on port $((APP_PORT + 2)), everything else on $APP_PORT"
fi
all_cpu_ms() { local total; total=$(cpu_ms "$APP_PID"); for pid in "${EXTRACTED_PIDS[@]}"; do
    total=$((total + $(cpu_ms "$pid"))); done; echo "$total"; }

CUSTOMER=$(token "$APP" customer1); OWNER=$(token "$APP" owner1); RIDER=$(token "$APP" rider1)
order_shop "$APP" "$OWNER"
until curl -sf "$APP/api/display/shops/$SHOP" | grep -q '"open":true'; do sleep 0.2; done

ADMIN=$(token "$APP" admin)
curl -sf "$APP/api/display/shops/$SHOP" -o "$WORK/shop.json"
nginx_serve 18096 "$WORK/shop.json"
nginx_baseline 18096 "the order shop's detail"
scrape() { curl -sf "$APP/actuator/prometheus" -H "Authorization: Bearer $ADMIN" \
    | grep -E '^(baedal_events_lag_seconds_bucket|http_server_requests_seconds_count|baedal_jdbc_round_trips_total)' || true; }
scrape >"$WORK/lag-before.txt"
WIRE=$(wire_segments_in 18095)
APP_CPU=$(all_cpu_ms); DB_CPU=$([[ -n "${H2_PID:-}" ]] && cpu_ms "$H2_PID" || echo 0)
# SQL=1 (H2 server only): the server counts every statement it runs; printed per order placed after the run.
h2_sql() { "$JAVA_HOME/bin/java" -cp "$JAR" -Dloader.main=org.h2.tools.Shell \
    org.springframework.boot.loader.launch.PropertiesLauncher -url "$DB_URL" -user sa -sql "$1"; }
if [[ "${SQL:-}" == 1 && "${DB:-server}" == server ]]; then
    h2_sql "SET QUERY_STATISTICS_MAX_ENTRIES 2000; SET QUERY_STATISTICS TRUE" >/dev/null
fi

echo "== load: $WORKERS concurrent customers, $WARMUP_SECONDS s warm-up, $SECONDS_MEASURED s measured"
"$JAVA_HOME/bin/java" -Dpoll="${POLL_MS:-200}" -Dwarmup="$WARMUP_SECONDS" bench/OrderLoad.java "$APP" "$SHOP" "$MENU" \
    "$CUSTOMER" "$OWNER" "$RIDER" "$WORKERS" "$SECONDS_MEASURED" | tee "$WORK/orders.txt"
ORDERS=$(sed -n 's/.* \([0-9]*\) orders\/s.*/\1/p' "$WORK/orders.txt")
echo "orders/s per 50,000 nginx req/s (the target's yardstick: 300): $(python3 -c "print(round($ORDERS * 50000 / $NGINX_RPS))")"

sleep 5
scrape >"$WORK/lag-after.txt"
WIRE=$(( $(wire_segments_in 18095) - WIRE ))
APP_CPU=$(( $(all_cpu_ms) - APP_CPU )); DB_CPU=$(( $([[ -n "${H2_PID:-}" ]] && cpu_ms "$H2_PID" || echo 0) - DB_CPU ))
python3 - "$WORK" "$APP_CPU" "$DB_CPU" "$WIRE" <<'PY'
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
def counted(metric, *keys):
    """A counter's growth over the run, by the values of these labels."""
    def read(path):
        out = collections.Counter()
        for line in open(path):
            m = re.match(metric + r'\{(.*)\}\s+([\d.eE+]+)', line)
            if m:
                labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
                out[tuple(labels.get(key) for key in keys)] += float(m.group(2))
        return out
    return read(f"{work}/lag-after.txt") - read(f"{work}/lag-before.txt")
calls = counted("http_server_requests_seconds_count", "method", "uri", "status")
placed = sum(n for (method, uri, status), n in calls.items() if method == "POST" and uri == "/api/orders")
open(f"{work}/placed.txt", "w").write(str(int(placed)))
if placed:
    app_ms, db_ms = int(sys.argv[2]), int(sys.argv[3])
    print(f"CPU time per order placed: application {app_ms / placed:.1f} ms, database server {db_ms / placed:.1f} ms"
          " (user + system, whole run)")
    print(f"HTTP requests per order placed ({int(placed)} placed over the whole run):")
    for (method, uri, status), n in sorted(calls.items(), key=lambda item: -item[1]):
        if n / placed >= 0.01:
            print(f"  {method:5s} {uri:45s} {status}  {n / placed:5.2f}")
wire = int(sys.argv[4])
if placed and wire:
    print(f"Round trips at the wire per order placed (requests the H2 server received, TCP data segments counted by "
          f"the kernel over the whole run, idle work included): {wire / placed:.1f}")
sent = counted("baedal_jdbc_round_trips_total", "source", "kind")
if placed and sent:
    total = sum(sent.values())
    print(f"Round trips the application sent the database per order placed (SQL=1, counted in the application): "
          f"{total / placed:.1f}")
    for source in ("request", "listener", "background"):
        kinds = {kind: n for (s, kind), n in sent.items() if s == source and n}
        print(f"  {source:10s} {sum(kinds.values()) / placed:6.1f}  " + ", ".join(
            f"{kind} {n / placed:.1f}" for kind, n in sorted(kinds.items(), key=lambda item: -item[1])))
PY
if [[ "${SQL:-}" == 1 && "${DB:-server}" == server ]]; then
    h2_sql "SELECT EXECUTION_COUNT, REPLACE(REPLACE(SQL_STATEMENT, CHAR(10), ' '), CHAR(13), ' ') FROM \
        INFORMATION_SCHEMA.QUERY_STATISTICS ORDER BY EXECUTION_COUNT DESC" >"$WORK/sql.txt"
    python3 - "$WORK/sql.txt" "$(cat "$WORK/placed.txt")" <<'PY'
import re, sys
placed = int(sys.argv[2] or 0)
rows = []
for line in open(sys.argv[1]):
    m = re.match(r"\s*(\d+)\s*\|\s*(.*)", line)
    if m:
        rows.append((int(m.group(1)), re.sub(r"\s+", " ", m.group(2)).strip()))
total = sum(n for n, _ in rows)
print(f"SQL statements run by the database server per order placed: {total / placed:.1f}")
for n, sql in rows:
    if n / placed >= 0.05:
        print(f"  {n / placed:5.2f}  {sql[:150]}")
PY
fi
