-- wrk script: POSTs complete survey responses to /api/consultations/{id}/responses, each with a new idempotency key.
-- Every acknowledged (2xx) response is logged as "<idempotency key> <response id>" to $ACK_DIR/acked-<thread>.log,
-- so the crash check can prove each one is stored, once.
local consultation = os.getenv("CONSULTATION_ID")
local run = os.getenv("RUN_ID") or "run"
local ack_dir = os.getenv("ACK_DIR") or "."
local threads = {}
local counter = 0

local texts = {
  "A skate park near the station",
  "More things to do in the evenings that do not cost anything",
  "Buses that run later so we can get home safely",
  "A youth club that is open at weekends",
  "Somewhere warm to go after school with wifi",
  "Better lights in the park",
}
local ratings = { "1", "2", "3", "4", "5" }
local agree = { "strongly-disagree", "disagree", "neither", "agree", "strongly-agree" }
local towns = { "crewe", "macclesfield", "congleton", "wilmslow", "nantwich", "sandbach" }

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  log = io.open(ack_dir .. "/acked-" .. tid .. ".log", "a")
  log:setvbuf("line")
  wrk.method = "POST"
  wrk.path = "/api/consultations/" .. consultation .. "/responses"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local n = counter
  local key = string.format("bench-%s-%d-%d", run, tid, n)
  local body = string.format(
    '{"idempotencyKey":"%s","answers":{"q1":["yes"],"q3":["%s"],"q4":["0=%s","1=%s","2=%s"],"q5":["%s"],"q6":["%d"],"q7":["13-17"],"q8":["%s"]}}',
    key, ratings[n % 5 + 1], agree[n % 5 + 1], agree[(n + 1) % 5 + 1], agree[(n + 3) % 5 + 1], texts[n % #texts + 1], n % 8, towns[n % #towns + 1])
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    local key = body:match('"idempotencyKey":"([^"]+)"')
    local id = body:match('"id":"([^"]+)"')
    log:write((key or "?") .. " " .. (id or "?") .. "\n")
  end
end
