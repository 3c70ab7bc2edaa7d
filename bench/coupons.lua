-- Flash-sale driver for wrk: every thread walks its share of REQUESTS claims, one per request, each as the customer
-- whose token is on that line of tokens.txt (claim i is made by customer i % USERS, so every customer claims twice).
-- Counts answers by status and stops the thread once its share is answered.
local counter, threads = 1, {}

function setup(thread)
    thread:set("id", counter)
    table.insert(threads, thread)
    counter = counter + 1
end

function init(args)
    local path, campaign = args[1], args[2]
    requests_total, thread_count = tonumber(args[3]), tonumber(args[4])
    tokens = {}
    for line in io.lines(path) do tokens[#tokens + 1] = line end
    users = #tokens
    next_claim = id - 1 -- claims id-1, id-1+T, id-1+2T, ...
    answered, mine = 0, 0
    for i = id - 1, requests_total - 1, thread_count do mine = mine + 1 end
    issue_path = "/api/coupon-campaigns/" .. campaign .. "/issue"
    created, conflicts, others = 0, 0, 0
end

function request()
    if next_claim >= requests_total then
        -- this thread's share is sent; keep the connection busy with a claim that is answered 409 and not counted
        return wrk.format("POST", issue_path, { ["Authorization"] = "Bearer " .. tokens[1], ["X-Uncounted"] = "1" })
    end
    local token = tokens[(next_claim % users) + 1]
    next_claim = next_claim + thread_count
    return wrk.format("POST", issue_path, { ["Authorization"] = "Bearer " .. token })
end

function response(status, headers, body)
    if answered >= mine then
        wrk.thread:stop()
        return
    end
    answered = answered + 1
    if status == 201 then created = created + 1
    elseif status == 409 then conflicts = conflicts + 1
    else others = others + 1 end
    if answered >= mine then wrk.thread:stop() end
end

function done(summary, latency, requests)
    local c, x, o = 0, 0, 0
    for _, t in ipairs(threads) do
        c = c + t:get("created"); x = x + t:get("conflicts"); o = o + t:get("others")
    end
    io.write(string.format("answers: 201 %d, 409 %d, other %d\n", c, x, o))
    io.write(string.format("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
