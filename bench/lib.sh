# Sourced by the benchmark scripts: tools, the application jar, a durable database, nginx's static-file baseline.
# Every script calls bench_setup first; it leaves JAVA_HOME, JAR and WORK set and cleans up on exit.

source .mvn/jdk.sh

BENCH_PIDS=()

bench_setup() { # WORK-prefix
    baedal_use_jdk
    local missing=()
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v nginx >/dev/null 2>&1 || missing+=(nginx-light)
    if ((${#missing[@]})); then
        echo "Installing ${missing[*]} from Debian packages..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    command -v python3 >/dev/null || { echo "python3 is required to read the results" >&2; exit 1; }
    command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }
    WORK=$(mktemp -d "/tmp/$1.XXXXXX")
    trap bench_cleanup EXIT
    if [[ -n "${JAR:-}" ]]; then
        echo "== the jar given: $JAR"
        return
    fi
    echo "== building"
    ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
    JAR=$(ls target/baedal-*.jar | grep -v original | head -n1)
}

bench_cleanup() {
    local pid
    for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}

# Starts the H2 database server from the application jar on PORT, with its files under $WORK/db (durable: every
# commit is in the server's file, whatever happens to the application), and sets DB_URL for the application.
h2_server() { # PORT
    mkdir -p "$WORK/db"
    "$JAVA_HOME/bin/java" -Xmx2g -cp "$JAR" -Dloader.main=org.h2.tools.Server \
        org.springframework.boot.loader.launch.PropertiesLauncher \
        -tcp -tcpPort "$1" -baseDir "$WORK/db" -ifNotExists >"$WORK/h2.log" 2>&1 &
    H2_PID=$!
    BENCH_PIDS+=($H2_PID)
    for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && break; sleep 0.2; done
    DB_URL="jdbc:h2:tcp://127.0.0.1:$1/baedal;MODE=MSSQLServer;QUERY_CACHE_SIZE=256"
    echo "   durable database: H2 server on port $1, files in $WORK/db"
}

# DB=server (default: an H2 server with its files on disk), DB=file (H2 embedded in the application, its files on
# disk, every commit written to the file before it returns, so a killed application loses nothing committed; one
# instance only) or DB=memory (the embedded in-memory default of ./mvnw spring-boot:run). Sets DB_ARGS for the
# application's command line.
# What clients have sent a server at the wire so far: TCP segments carrying data into PORT on open connections,
# counted by the kernel (ss). Each request of H2's client (prepare, execute, commit...) is one, as is its answer.
wire_segments_in() { # PORT
    ss -tinH state established "( sport = :$1 )" | { grep -o 'data_segs_in:[0-9]*' || true; } \
        | awk -F: '{n += $2} END {print n + 0}'
}

database_args() { # H2-PORT
    if [[ "${DB:-server}" == "memory" ]]; then
        DB_ARGS=()
        echo "   database: embedded H2 in memory (DB=memory)"
    elif [[ "${DB:-server}" == "file" ]]; then
        mkdir -p "$WORK/db"
        DB_ARGS=("--spring.datasource.url=jdbc:h2:file:$WORK/db/baedal;MODE=MSSQLServer;QUERY_CACHE_SIZE=256;WRITE_DELAY=0")
        echo "   durable database: H2 embedded, files in $WORK/db, commits written before they return (DB=file)"
    else
        h2_server "$1"
        DB_ARGS=("--spring.datasource.url=$DB_URL")
    fi
}

# Starts a Kafka broker (spring-kafka-test's, as the tests use; its class path from Maven) on a port of its choosing;
# sets KAFKA (its address) and KAFKA_PID.
kafka_broker() {
    ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/kafka-cp.txt" >/dev/null
    "$JAVA_HOME/bin/java" -Xmx1g -cp "$(cat "$WORK/kafka-cp.txt")" bench/KafkaBroker.java >"$WORK/kafka.log" 2>&1 &
    KAFKA_PID=$!
    BENCH_PIDS+=($KAFKA_PID)
    for _ in $(seq 1 150); do grep -q "Kafka broker at" "$WORK/kafka.log" 2>/dev/null && break; sleep 0.2; done
    grep -q "Kafka broker at" "$WORK/kafka.log" || { echo "the Kafka broker did not start; see $WORK/kafka.log" >&2; exit 1; }
    KAFKA=$(sed -n 's/^Kafka broker at //p' "$WORK/kafka.log")
    echo "   Kafka broker at $KAFKA (spring-kafka-test)"
}

# Starts one application instance in the background: NAME PORT [extra arguments...]; sets APP_PID.
start_app() {
    local name=$1 port=$2
    shift 2
    # The benchmarks' customers are tokens signed for accounts that are not stored (sign_tokens): no account check.
    "$JAVA_HOME/bin/java" -Xms1g -Xmx2g ${JVM_ARGS:-} -jar "$JAR" --server.port="$port" \
        --baedal.security.jwt.known-accounts-only=false "$@" \
        >"$WORK/$name.log" 2>&1 &
    APP_PID=$!
    BENCH_PIDS+=($APP_PID)
    # Ready only once start-up work is done: migrations, the display loaded, seeding (profile bench) finished.
    for _ in $(seq 1 "${READY_TIMEOUT:-1800}"); do
        curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && return 0
        kill -0 "$APP_PID" 2>/dev/null || { echo "$name exited; see $WORK/$name.log" >&2; exit 1; }
        sleep 1
    done
    echo "$name did not become ready; see $WORK/$name.log" >&2
    exit 1
}

# CPU time (user + system) a process has used so far, in milliseconds.
cpu_ms() { # PID
    awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$1/stat"
}

json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }

token() { # BASE-URL USERNAME
    curl -sf -X POST "$1/api/auth/token" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$2\",\"password\":\"demo1234!\"}" | json 'd["accessToken"]'
}

# wrk against URL: prints "req/s p99-ms non-2xx". THREADS, CONNECTIONS, DURATION from the caller; 10 s warm-up.
run_wrk() { # URL [lua-script]
    local url=$1 script=${2:-}
    local args=(-t"${THREADS:-2}" -c"${CONNECTIONS:-8}" --latency)
    [[ -n "$script" ]] && args+=(-s "$script")
    wrk "${args[@]}" -d10s "$url" >/dev/null
    wrk "${args[@]}" -d"${DURATION:-15}s" "$url" | python3 -c '
import re, sys
text = sys.stdin.read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
m = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", text)
p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{rps:.0f} {p99:.2f} {errors.group(1) if errors else 0}")'
}

# nginx (2 workers) serving FILE as a static file on PORT; later calls of nginx_serve reuse the same server.
nginx_serve() { # PORT FILE [extra server blocks]
    mkdir -p "$WORK/www" "$WORK/tmp"
    cp "$2" "$WORK/www/static.json"
    cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
daemon off;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    default_type application/json;
    client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
    uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
    server {
        listen 127.0.0.1:$1;
        root $WORK/www;
        etag on;
    }
${3:-}
}
CONF
    nginx -c "$WORK/nginx.conf" &
    BENCH_PIDS+=($!)
    sleep 1
}

# Prints the static-file baseline line every benchmark shows beside its own figures.
nginx_baseline() { # PORT LABEL
    local result
    result=$(run_wrk "http://127.0.0.1:$1/static.json")
    NGINX_RPS=${result%% *}
    echo "   nginx, static file ($2), wrk -t${THREADS:-2} -c${CONNECTIONS:-8}: $NGINX_RPS req/s (p99 $(echo "$result" | cut -d' ' -f2) ms)"
}

# Signs COUNT customer tokens (ids FIRST..) with the demo profile's development key into FILE.
sign_tokens() { # FIRST COUNT FILE
python3 - "baedal-demo-signing-key-do-not-use-in-production" "$1" "$2" >"$3" <<'PY'
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

# Creates a flash-sale campaign of QUANTITY coupons open now; prints its id.
campaign() { # BASE-URL ADMIN-TOKEN QUANTITY
    local now until
    now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    until=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
    curl -sf -X POST "$1/api/coupon-campaigns" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
        -d "{\"name\":\"Chicken flash sale\",\"discountAmount\":7000,\"minOrderAmount\":15000,\"totalQuantity\":$3,
             \"perUserLimit\":1,\"opensAt\":\"$now\",\"validFrom\":\"$now\",\"validUntil\":\"$until\"}" | json 'd["id"]'
}

# Claims answered so far, summed over the instances given as base URLs.
claims_answered() { # ADMIN-TOKEN BASE-URL...
    local admin=$1 total=0 url n
    shift
    for url in "$@"; do
        n=$(curl -sf "$url/actuator/prometheus" -H "Authorization: Bearer $admin" \
            | awk '/^baedal_coupons_claims_total/ {s += $NF} END {printf "%d", s}')
        total=$((total + n))
    done
    echo "$total"
}

# Sends REQUESTS claims through TARGET with wrk (bench/coupons.lua) and stops it once the instances counted them all.
claims() { # TARGET-URL TOKENS CAMPAIGN REQUESTS ADMIN-TOKEN INSTANCE-URL...
    local target=$1 tokens=$2 campaign=$3 requests=$4 admin=$5
    shift 5
    local goal=$(( $(claims_answered "$admin" "$@") + requests ))
    wrk -t"${THREADS:-2}" -c"${CLAIM_CONNECTIONS:-64}" -d600s --timeout 15s -s bench/coupons.lua "$target" -- \
        "$tokens" "$campaign" "$requests" "${THREADS:-2}" >"$WORK/wrk-claims.txt" 2>&1 &
    local wrk_pid=$!
    until [[ $(claims_answered "$admin" "$@") -ge $goal ]] || ! kill -0 "$wrk_pid" 2>/dev/null; do sleep 0.5; done
    kill -INT "$wrk_pid" 2>/dev/null || true
    wait "$wrk_pid" || true
}

# The campaign's tally as "issued customers overLimit issued-per-second".
tally() { # BASE-URL ADMIN-TOKEN CAMPAIGN
    curl -sf "$1/api/admin/coupon-campaigns/$3/tally" -H "Authorization: Bearer $2" | python3 -c "
import json, sys
from datetime import datetime
t = json.load(sys.stdin)
first, last = (datetime.fromisoformat(t[k].replace('Z', '+00:00')) for k in ('firstIssuedAt', 'lastIssuedAt'))
seconds = max((last - first).total_seconds(), 0.001)
print(t['issued'], t['customers'], t['overLimit'], round(t['issued'] / seconds))"
}

# Saves the event-lag histogram and HTTP request counts of the instances to FILE (for listener_lag).
scrape_lag() { # FILE ADMIN-TOKEN BASE-URL...
    local file=$1 admin=$2 url
    shift 2
    : >"$file"
    for url in "$@"; do
        curl -sf "$url/actuator/prometheus" -H "Authorization: Bearer $admin" \
            | grep -E '^baedal_events_lag_seconds_bucket' >>"$file" || true
    done
}

# p99 of every listener's lag between two scrapes, in ms (histogram bucket bound).
listener_lag_p99() { # BEFORE AFTER
python3 - "$1" "$2" <<'PY'
import collections, re, sys
def buckets(path):
    out = collections.Counter()
    for line in open(path):
        m = re.match(r'baedal_events_lag_seconds_bucket\{.*le="([^"]+)".*\}\s+([\d.eE+]+)', line)
        if m:
            out[float("inf") if m.group(1) == "+Inf" else float(m.group(1))] += float(m.group(2))
    return out
before, after = buckets(sys.argv[1]), buckets(sys.argv[2])
delta = sorted((le, after[le] - before.get(le, 0)) for le in after)
total = delta[-1][1] if delta else 0
print(next((f"{le * 1000:.0f}" for le, count in delta if total and count >= 0.99 * total), "nan"))
PY
}

# Registers a shop that takes orders all day with one menu (Fried Chicken, 18,000 KRW) and opens it; sets SHOP, MENU.
order_shop() { # BASE-URL OWNER-TOKEN
    local all_day
    all_day=$(python3 -c 'import json; print(json.dumps([{"day": d, "opens": "00:00", "closes": "00:00"} for d in
        ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]]))')
    SHOP=$(curl -sf -X POST "$1/api/shops" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
        -d "{\"name\":\"Bench Chicken\",\"category\":\"CHICKEN\",\"address\":\"Olympic-ro 300\",\"lat\":37.5133,
             \"lng\":127.1001,\"deliveryRadiusMeters\":3000,\"minOrderAmount\":10000,\"deliveryFee\":3000,
             \"deliveryFeeTiers\":[{\"upToMeters\":1000,\"fee\":2000},{\"upToMeters\":2000,\"fee\":2500}],
             \"openingHours\":$all_day}" | json 'd["id"]')
    MENU=$(curl -sf -X POST "$1/api/shops/$SHOP/menus" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
        -d '{"name":"Fried Chicken","price":18000,"group":"Chicken","optionGroups":[
              {"name":"Cut","minChoices":1,"maxChoices":1,"options":[{"name":"Bone-in","price":0},{"name":"Boneless","price":2000}]},
              {"name":"Sauce","minChoices":0,"maxChoices":2,"options":[{"name":"Yangnyeom","price":500},{"name":"Soy garlic","price":500}]}]}' \
        | json 'd["id"]')
    curl -sf -X POST "$1/api/shops/$SHOP/open" -H "Authorization: Bearer $2" >/dev/null
}
