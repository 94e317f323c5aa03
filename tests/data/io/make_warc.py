#!/usr/bin/env python3
"""Writes sample.warc and sample.warc.gz (one gzip member per record), the WARC
fixtures of tests/unit/io_test.cc. Record 4 is deliberately broken (bad
Content-Length); the reader must report it and continue with record 5."""
import gzip

def record(headers, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    return head.encode() + f"Content-Length: {len(block)}\r\n\r\n".encode() + block + b"\r\n\r\n"

def http(body, ctype="text/html; charset=utf-8", status="200 OK"):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body

page1 = b"""<html><head><title>Ferry fares rise</title>
<meta property="article:published_time" content="2021-06-01"></head>
<body><nav>Home | World</nav><article><h1>Ferry fares rise 8%</h1>
<p>Ferry fares will rise 8% in July, the operator said on Monday.</p>
<p>"Fuel costs have doubled," said operator spokeswoman Ana Ruiz.</p></article></body></html>"""
page2 = b"""<html><body><article><h1>Library opens</h1>
<p>The new library holds 120,000 books, the mayor said.</p></article></body></html>"""

recs = [
    record([("WARC-Type", "warcinfo"), ("WARC-Record-ID", "<urn:uuid:0000-info>"),
            ("WARC-Date", "2021-06-02T10:00:00Z"), ("Content-Type", "application/warc-fields")],
           b"software: hand-written fixture\r\n"),
    record([("WARC-Type", "request"), ("WARC-Record-ID", "<urn:uuid:0001-req>"),
            ("WARC-Target-URI", "https://news.example/ferry"), ("WARC-Date", "2021-06-02T10:00:01Z"),
            ("Content-Type", "application/http; msgtype=request")],
           b"GET /ferry HTTP/1.1\r\nHost: news.example\r\n\r\n"),
    record([("WARC-Type", "response"), ("WARC-Record-ID", "<urn:uuid:0002-ferry>"),
            ("WARC-Target-URI", "https://news.example/ferry"), ("WARC-Date", "2021-06-02T10:00:02Z"),
            ("Content-Type", "application/http; msgtype=response")], http(page1)),
    # Bad record: Content-Length is not a number.
    b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0003-bad>\r\n"
    b"Content-Type: application/http; msgtype=response\r\nContent-Length: twelve\r\n\r\n"
    b"HTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n",
    record([("WARC-Type", "response"), ("WARC-Record-ID", "<urn:uuid:0004-img>"),
            ("WARC-Target-URI", "https://news.example/logo.png"), ("WARC-Date", "2021-06-02T10:00:03Z"),
            ("Content-Type", "application/http; msgtype=response")], http(b"\x89PNG....", "image/png")),
    record([("WARC-Type", "response"), ("WARC-Record-ID", "<urn:uuid:0005-library>"),
            ("WARC-Target-URI", "https://news.example/library"), ("WARC-Date", "2021-06-02T10:00:04Z"),
            ("Content-Type", "application/http; msgtype=response")], http(page2)),
]
with open("sample.warc", "wb") as f:
    f.write(b"".join(recs))
with open("sample.warc.gz", "wb") as f:
    for r in recs:
        f.write(gzip.compress(r, mtime=0))
