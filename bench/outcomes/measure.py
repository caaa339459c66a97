#!/usr/bin/env python3
"""Times the public scorecard and an indicator page (sequential requests on one keep-alive connection, so each time is
the server's time plus loopback), then signs in as the demo administrator and times one upload of the 100,000-row CSV
through /data/upload, the page partners use, after one 2,000-row warm-up upload for another period.

Usage: measure.py BASE_URL CSV [REQUESTS]
"""
import base64, hashlib, hmac, http.client, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request

ADMIN, PASSWORD, KEY = "admin@demo.together.example", "together-demo-password", "TOGETHERDEMOAUTHKEYTWOZEROTWOSIX"

def percentile(values, p):
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    f = int(k)
    return s[f] + (s[min(f + 1, len(s) - 1)] - s[f]) * (k - f)

def timed_gets(host, port, path, n, warmup=5):
    conn = http.client.HTTPConnection(host, port, timeout=120)
    times = []
    for i in range(warmup + n):
        start = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200:
            raise SystemExit(f"{path} answered {response.status}")
        if i >= warmup:
            times.append(elapsed)
    conn.close()
    return times, len(body)

def totp(key):
    secret = base64.b32decode(key + "=" * (-len(key) % 8))
    counter = struct.pack(">Q", int(time.time()) // 30)
    digest = hmac.new(secret, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000:06d}"

def token(html):
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)

def signed_in(base):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    def get(path):
        return opener.open(base + path, timeout=300).read().decode()
    def post(path, fields):
        data = urllib.parse.urlencode(fields).encode()
        return opener.open(base + path, data, timeout=300).read().decode()
    page = get("/account/sign-in")
    post("/account/sign-in", {"Email": ADMIN, "Password": PASSWORD, "__RequestVerificationToken": token(page)})
    page = get("/account/two-factor")
    post("/account/two-factor", {"Code": totp(KEY), "__RequestVerificationToken": token(page)})
    return opener

def upload(base, opener, content, name="bench.csv"):
    """One upload as a browser sends it; the time runs to the page it lands on (the data page), as a person sees it."""
    page = opener.open(base + "/data/upload", timeout=300).read().decode()
    boundary = "----together-bench-boundary"
    body = b"".join([
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token(page)}\r\n".encode(),
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"Reason\"\r\n\r\nBenchmark upload\r\n".encode(),
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"Upload\"; filename=\"{name}\"\r\nContent-Type: text/csv\r\n\r\n".encode(),
        content, f"\r\n--{boundary}--\r\n".encode()])
    request = urllib.request.Request(base + "/data/upload", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    start = time.perf_counter()
    result = opener.open(request, timeout=600)
    html = result.read().decode()
    seconds = time.perf_counter() - start
    ok = "uploaded:" in html
    message = re.search(r'uploaded: [^<]+', html)
    return seconds, ok, message.group(0) if message else re.sub(r"\s+", " ", html[html.find("govuk-error-summary"):][:600])

def warm_up_file(content, rows=2000):
    """The first rows of the file for a period the timed file does not touch, so the timed upload still adds every row."""
    lines = content.split(b"\n")
    return b"\n".join(lines[:rows + 1]).replace(b",2026/27,", b",2027/28,") + b"\n"

def main():
    base, csv_path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    u = urllib.parse.urlparse(base)
    for name, path in [("scorecard", "/outcomes"), ("indicator", "/indicators/BENCH-150"), ("statement", "/plan/how-we-will-know/4")]:
        times, size = timed_gets(u.hostname, u.port, path, n)
        print(f"{name:10} {path:28} n={n} p50={percentile(times, 50):8.1f} ms  p95={percentile(times, 95):8.1f} ms  max={max(times):8.1f} ms  ({size // 1024} KB)")
    with open(csv_path, "rb") as f:
        content = f.read()
    opener = signed_in(base)
    # The pages are timed after 5 warm-up requests; the upload likewise after one small upload (2,000 rows, another
    # period), so the figure is a running site's rather than the first use of the code after start-up.
    seconds, ok, message = upload(base, opener, warm_up_file(content), "warm-up.csv")
    print(f"warm-up    2,000 rows   {'OK ' if ok else 'FAILED'} {seconds:6.2f} s  {message}")
    seconds, ok, message = upload(base, opener, content)
    print(f"upload     100,000 rows {'OK ' if ok else 'FAILED'} {seconds:6.2f} s  {message}")

if __name__ == "__main__":
    main()
