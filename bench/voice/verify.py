#!/usr/bin/env python3
"""After a crash and restart: every acknowledged (2xx) response must be stored, exactly once, and a retry must not store it again.

Usage: verify.py <together.db> <consultation id> <ack dir> <base url> <run id>
"""
import glob, hashlib, json, random, sqlite3, sys, urllib.request, uuid

db_path, consultation, ack_dir, base, run = sys.argv[1:6]
cid = uuid.UUID(consultation)

acked = []
for path in glob.glob(f"{ack_dir}/acked-*.log"):
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2 and parts[0].startswith(f"bench-{run}-"):
                acked.append((parts[0], parts[1].upper()))

def key_hash(key):
    return hashlib.sha256(f"api|{cid.hex}|{key}".encode()).hexdigest()

def stored_rows():
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = con.execute("SELECT upper(Id), DraftKeyHash FROM SurveyResponses WHERE upper(ConsultationId) = ?", (str(cid).upper(),)).fetchall()
    con.close()
    return rows

rows = stored_rows()
by_id = {i: h for i, h in rows}
hashes = [h for _, h in rows]
ack_keys = [k for k, _ in acked]
missing = [(k, i) for k, i in acked if by_id.get(i) != key_hash(k)]
dup_hashes = len(hashes) - len(set(hashes))
dup_acks = len(ack_keys) - len(set(ack_keys))
run_hashes = {key_hash(k) for k in ack_keys}
unacknowledged = len([h for h in hashes if h not in run_hashes])

# Retry a sample of acknowledged keys, as a client that never saw the answer would: nothing new may be stored.
sample = random.Random(1).sample(acked, min(300, len(acked)))
replay_bad = 0
for key, rid in sample:
    body = json.dumps({"idempotencyKey": key, "answers": {"q1": ["yes"], "q3": ["2"]}}).encode()
    req = urllib.request.Request(f"{base}/api/consultations/{consultation}/responses", data=body, headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req) as r:
        answer = json.load(r)
        if r.status != 200 or answer.get("stored") != "already-stored" or answer.get("id", "").upper() != rid:
            replay_bad += 1
after = len(stored_rows())

print(f"acknowledged responses logged by wrk:   {len(acked)}")
print(f"  of which stored with the right key:    {len(acked) - len(missing)}")
print(f"  missing after the restart:             {len(missing)}")
print(f"  acknowledged twice (same key):         {dup_acks}")
print(f"responses stored for the consultation:   {len(rows)}  ({unacknowledged} stored but never acknowledged: in flight at the kill, or earlier runs)")
print(f"  duplicate idempotency keys stored:     {dup_hashes}")
print(f"retries of {len(sample)} acknowledged keys:   {len(sample) - replay_bad} answered 'already-stored' with the same id; rows before {len(rows)}, after {after}")
ok = not missing and dup_hashes == 0 and dup_acks == 0 and replay_bad == 0 and after == len(rows) and len(acked) > 0
print("PASS  every acknowledged response is present and none is duplicated" if ok else "FAIL  see above")
sys.exit(0 if ok else 1)
