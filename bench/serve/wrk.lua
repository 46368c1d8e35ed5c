-- wrk script of bench/serve: POSTs the request bodies of a file (one JSON body per line, path from
-- the environment variable BODIES) in turn (one counter per wrk thread), and prints a
-- JSON summary on the last line of the output (requests, errors, req/s, latency percentiles in µs).
--   BODIES=bodies.jsonl wrk -t1 -c64 -d5s -s bench/serve/wrk.lua http://127.0.0.1:8080/v2/models/cancer/infer
local requests = {}
local n = 0
local i = 0

function init(args)
  local path = wrk.path
  local headers = { ["content-type"] = "application/json" }
  for line in io.lines(os.getenv("BODIES")) do
    requests[#requests + 1] = wrk.format("POST", path, headers, line)
  end
  n = #requests
end

function request()
  i = i + 1
  if i > n then i = 1 end
  return requests[i]
end

function done(summary, latency, _)
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    '{"requests":%d,"seconds":%.6f,"rps":%.3f,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.3f,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout))
end
