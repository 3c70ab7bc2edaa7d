#!/usr/bin/env bash
# The README's commands for payment and display on their own ("Running payment on its own", "Running display on its
# own"), with a Kafka broker from spring-kafka-test, each module's deployment SIGKILLed and started again mid-run:
# payment while 40 orders are placed (every order PAID, each charged exactly once, counted in payment's own database),
# display after a shop was shown (started again on its in-memory database, empty: it shows every shop, the one made
# while it was away included). Usage: bench/extraction-restarts.sh (env: JAR= runs that jar instead of building).
# Uses ports 8080-8082, as the README's commands do.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_setup extraction-restarts
JAR=$(realpath "$JAR")
kafka_broker
export PATH="$JAVA_HOME/bin:$PATH"
cd "$WORK"
run() { # NAME PORT ENV... -- ARGS...
  local name=$1 port=$2; shift 2
  env "$@" > "$WORK/$name.log" 2>&1 &
  LAST=$!; BENCH_PIDS+=($LAST)
  for _ in $(seq 1 120); do curl -sf "localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && return; sleep 1; done
  echo "$name not ready" >&2; exit 1
}
J="java -jar $JAR"
place() { # BASE CUSTOMER
  curl -sf -X POST "$1/api/orders" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: r-$RANDOM-$RANDOM-$(date +%s%N)" \
    -d "{\"shopId\":\"$SHOP\",\"items\":[{\"menuId\":\"$MENU\",\"quantity\":1,\"optionNames\":[\"Boneless\"]}],
         \"deliveryAddress\":\"Olympic-ro 240\",\"lat\":37.5140,\"lng\":127.1010}" | json 'd["id"]'
}
status() { curl -sf "localhost:8080/api/orders/$1" -H "Authorization: Bearer $CUSTOMER" | json 'd["status"]'; }

echo "== payment: README commands, payment SIGKILLed mid-run and started again"
run core 8080 BAEDAL_KAFKA_SERVERS=$KAFKA $J --spring.profiles.active=demo,without-payment
CORE=$LAST
run payment 8082 BAEDAL_KAFKA_SERVERS=$KAFKA BAEDAL_UPSTREAM_URL=http://localhost:8080 $J --spring.profiles.active=demo,payment-service
PAY=$LAST
CUSTOMER=$(token http://localhost:8080 customer1); OWNER=$(token http://localhost:8080 owner1)
order_shop http://localhost:8080 "$OWNER"
until curl -sf "localhost:8080/api/display/shops/$SHOP" | grep -q '"open":true'; do sleep 0.2; done
ORDERS=()
for i in $(seq 1 40); do
  ORDERS+=($(place http://localhost:8080 "$CUSTOMER"))
  if [[ $i == 15 ]]; then kill -9 $PAY; echo "   payment killed after $i orders"; fi
  if [[ $i == 30 ]]; then
    run payment 8082 BAEDAL_KAFKA_SERVERS=$KAFKA BAEDAL_UPSTREAM_URL=http://localhost:8080 $J --spring.profiles.active=demo,payment-service
    PAY=$LAST; echo "   payment started again after $i orders"
  fi
  sleep 0.2
done
for o in "${ORDERS[@]}"; do for _ in $(seq 1 150); do [[ "$(status $o)" == PAID ]] && break; sleep 0.2; done; done
PAID=0; for o in "${ORDERS[@]}"; do [[ "$(status $o)" == PAID ]] && PAID=$((PAID+1)); done
echo "   ${#ORDERS[@]} orders placed, $PAID PAID"
[[ $PAID == "${#ORDERS[@]}" ]] || { echo "FAILED: not every order was paid" >&2; exit 1; }
kill $PAY; wait $PAY 2>/dev/null || true
java -cp "$JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
  -url "jdbc:h2:file:$WORK/data/baedal-payment;MODE=MSSQLServer" -user sa \
  -sql "SELECT COUNT(*) AS approved, COUNT(DISTINCT order_id) AS orders FROM payment.payments WHERE status = 'APPROVED'" \
  | tee "$WORK/charges.txt"
grep -Eq "^${#ORDERS[@]} +\| ${#ORDERS[@]}$" "$WORK/charges.txt" || { echo "FAILED: not one charge per order" >&2; exit 1; }
kill $CORE; wait $CORE 2>/dev/null || true

echo "== display: README commands, display SIGKILLed and started again (its database in memory: empty)"
run core 8080 BAEDAL_KAFKA_SERVERS=$KAFKA BAEDAL_DISPLAY_URL=http://localhost:8081 $J --spring.profiles.active=demo,without-display
CORE=$LAST
run display 8081 BAEDAL_KAFKA_SERVERS=$KAFKA BAEDAL_UPSTREAM_URL=http://localhost:8080 $J --spring.profiles.active=demo,display-service
DISPLAY=$LAST
OWNER=$(token http://localhost:8080 owner1)
order_shop http://localhost:8080 "$OWNER"; FIRST=$SHOP
until curl -sf "localhost:8081/api/display/shops/$FIRST" | grep -q '"open":true'; do sleep 0.2; done
SHOPS=$(curl -sf "localhost:8081/api/display/shops?lat=37.5133&lng=127.1001&size=100" | grep -o '"shopId"' | wc -l)
echo "   display shows the new shop; shops listed: $SHOPS"
kill -9 $DISPLAY; echo "   display killed"
order_shop http://localhost:8080 "$OWNER"; SECOND=$SHOP
run display 8081 BAEDAL_KAFKA_SERVERS=$KAFKA BAEDAL_UPSTREAM_URL=http://localhost:8080 $J --spring.profiles.active=demo,display-service
DISPLAY=$LAST
for s in $FIRST $SECOND; do
  for _ in $(seq 1 100); do curl -sf "localhost:8081/api/display/shops/$s" | grep -q '"open":true' && break; sleep 0.3; done
  curl -sf "localhost:8081/api/display/shops/$s" | json '"   shown after the restart: " + d["name"] + " open=" + str(d["open"])'
done
SHOPS2=$(curl -sf "localhost:8081/api/display/shops?lat=37.5133&lng=127.1001&size=100" | grep -o '"shopId"' | wc -l)
echo "   shops listed after the restart: $SHOPS2"
[[ $SHOPS2 == $((SHOPS + 1)) ]] || { echo "FAILED: the display does not show every shop" >&2; exit 1; }
echo "== both deployments came back showing everything, every order charged once"
