// Bad input and hostile conditions: every document ends in the output or the error
// report, and the run goes on (or stops cleanly on a fatal output error).
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "io/decompress.h"
#include "io/html_reader.h"
#include "io/input.h"
#include "io/runner.h"

namespace fs = std::filesystem;
using namespace claimkit;

namespace {

std::string DataPath(const std::string& name) {
  return std::string(CLAIMKIT_SOURCE_DIR) + "/tests/data/io/" + name;
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string TempDir() {
  static int n = 0;
  std::string d = "/tmp/claimkit_io_error_test_" + std::to_string(getpid()) + "_" + std::to_string(n++);
  fs::remove_all(d);  // a directory left by an earlier run with the same process id
  fs::create_directories(d);
  return d;
}

void Write(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary) << data;
}

std::vector<InputItem> ReadAll(const std::string& path, const InputOptions& o = {}) {
  auto r = OpenInput(path, o);
  std::vector<InputItem> items;
  InputItem item;
  while (r->Next(&item)) items.push_back(std::move(item));
  return items;
}

std::string Gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

int Sh(const std::string& cmd) {
  int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

RunOptions Quiet(const std::vector<std::string>& inputs, const std::string& out) {
  RunOptions o;
  o.inputs = inputs;
  o.output.path = out;
  o.quiet = true;
  o.threads = 2;
  return o;
}

}  // namespace

TEST_CASE("errors: invalid JSON lines are errors with record and byte offset; the rest is read") {
  std::string d = TempDir();
  std::string good = "{\"id\": \"a\", \"text\": \"Fine.\"}\n";
  std::string bad1 = "{\"id\": \"b\", \"text\": \n";
  std::string bad2 = "[1, 2]\n";
  std::string bad3 = "{\"id\": \"c\"}\n";
  Write(d + "/x.jsonl", good + bad1 + bad2 + bad3 + good);
  auto items = ReadAll(d + "/x.jsonl");
  REQUIRE(items.size() == 5);
  CHECK(items[0].doc);
  CHECK(!items[1].doc);
  CHECK(items[1].error.record == 2);
  CHECK(items[1].error.offset >= static_cast<int64_t>(good.size()));
  CHECK(items[1].error.offset < static_cast<int64_t>(good.size() + bad1.size()));
  CHECK(items[1].error.message.find("parse error") != std::string::npos);
  CHECK(items[2].error.message == "record is not a JSON object");
  CHECK(items[2].error.offset == static_cast<int64_t>(good.size() + bad1.size()));
  CHECK(items[3].error.message.find("\"text\"") != std::string::npos);
  CHECK(items[4].doc);
  CHECK(items[4].doc->meta().record == 5);
  // A broken long line: the message quotes at most the last 40 bytes read.
  Write(d + "/long.jsonl", "{\"text\": \"" + std::string(5000, 'w') + "\" oops}\n");
  auto longer = ReadAll(d + "/long.jsonl");
  REQUIRE(longer.size() == 1);
  CHECK(longer[0].error.message.find("last read: '...") != std::string::npos);
  CHECK(longer[0].error.message.size() < 200);
}

TEST_CASE("errors: stream errors name the input (found by fuzz_jsonl)") {
  InputOptions opts;
  opts.format = "jsonl";
  auto reader = OpenInputStream("named.jsonl", ByteStreamFromString(std::string("\x1f\x8b", 2)), opts);
  InputItem item;
  REQUIRE(reader->Next(&item));
  REQUIRE(!item.doc);
  CHECK(item.error.file == "named.jsonl");
  CHECK(item.error.record == 1);
  CHECK(!reader->Next(&item));
}

TEST_CASE("errors: invalid UTF-8 is repaired by default, an error with --strict") {
  std::string d = TempDir();
  Write(d + "/bad.txt", "Prices rose 5% in Caf\xE9 towns.\n");
  Write(d + "/bad.jsonl", "{\"id\": \"u\", \"text\": \"Caf\xE9\"}\n");
  auto items = ReadAll(d + "/bad.txt");
  REQUIRE(items.size() == 1);
  CHECK(items[0].doc);  // bytes kept as read; the normaliser repairs its view
  // JSON with invalid UTF-8 inside a string is invalid JSON.
  auto j = ReadAll(d + "/bad.jsonl");
  REQUIRE(j.size() == 1);
  CHECK(!j[0].doc);
  RunOptions o = Quiet({d + "/bad.txt"}, d + "/out.jsonl");
  CHECK(RunExtraction(o, std::cerr).ExitCode() == 0);
  o.pipeline.normalize.strict = true;
  RunSummary s = RunExtraction(o, std::cerr);
  CHECK(s.failed == 1);
  CHECK(s.ExitCode() == 1);
}

TEST_CASE("errors: binary files, empty files, directories and missing files") {
  std::string d = TempDir();
  Write(d + "/blob.bin", std::string("\x7f" "ELF\0\0\x01\x02 binary", 14));
  Write(d + "/empty.txt", "");
  Write(d + "/empty.jsonl", "");
  auto bin = ReadAll(d + "/blob.bin");
  REQUIRE(bin.size() == 1);
  CHECK(!bin[0].doc);
  CHECK(bin[0].error.message.find("binary") != std::string::npos);
  CHECK(bin[0].error.offset == 4);
  auto empty = ReadAll(d + "/empty.txt");
  REQUIRE(empty.size() == 1);  // an empty article is a document with no claims
  REQUIRE(empty[0].doc);
  CHECK(empty[0].doc->text().empty());
  CHECK(ReadAll(d + "/empty.jsonl").empty());  // no records
  auto dir = ReadAll(d);
  REQUIRE(dir.size() == 1);
  CHECK(dir[0].error.code == StatusCode::kIoError);
  auto missing = ReadAll(d + "/nope.txt");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].error.code == StatusCode::kIoError);
  CHECK(missing[0].error.file == d + "/nope.txt");
  // Unreadable file: permission bits do not stop root (CI runs as root), so this
  // check only runs as an ordinary user.
  if (geteuid() != 0) {
    Write(d + "/secret.txt", "x");
    fs::permissions(d + "/secret.txt", fs::perms::none);
    auto r = ReadAll(d + "/secret.txt");
    REQUIRE(r.size() == 1);
    CHECK(r[0].error.message.find("Permission denied") != std::string::npos);
  }
  // In a run, the counts add up: 3 files read from the folder walk, 1 failed.
  RunOptions o = Quiet({d}, d + "/out.jsonl");
  o.walk.exclude = {"out.jsonl*"};
  RunSummary s = RunExtraction(o, std::cerr);
  CHECK(s.ok == 1);      // empty.txt
  CHECK(s.failed == 1);  // blob.bin
  CHECK(s.documents() == 2);
  CHECK(s.ExitCode() == 1);
}

TEST_CASE("errors: a 20 MB single line over --max-doc-bytes is one error, memory stays bounded") {
  // The same path as a 200 MB line (tests/unit/cli_test.cc streams one through the
  // binary): the line is consumed without being kept once it passes the cap.
  std::string d = TempDir();
  {
    std::ofstream f(d + "/big.jsonl", std::ios::binary);
    f << "{\"id\": \"big\", \"text\": \"";
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 20; ++i) f << chunk;
    f << "\"}\n{\"id\": \"small\", \"text\": \"After the big one.\"}\n";
  }
  InputOptions o;
  o.max_doc_bytes = 1 << 20;
  auto items = ReadAll(d + "/big.jsonl", o);
  REQUIRE(items.size() == 2);
  CHECK(items[0].error.code == StatusCode::kTooLarge);
  CHECK(items[0].error.record == 1);
  REQUIRE(items[1].doc);
  CHECK(items[1].doc->id() == "small");
  // Under the default cap (64 MiB) the same line is read whole.
  auto whole = ReadAll(d + "/big.jsonl");
  REQUIRE(whole[0].doc);
  CHECK(whole[0].doc->text().size() == 20u << 20);
  // Plain text and HTML files over the cap are errors, not cut.
  Write(d + "/long.txt", std::string(3000, 'x'));
  o.max_doc_bytes = 1000;
  auto t = ReadAll(d + "/long.txt", o);
  REQUIRE(t.size() == 1);
  CHECK(t[0].error.code == StatusCode::kTooLarge);
}

TEST_CASE("errors: HTML with 10,000 nested elements") {
  std::string page = "<html><body>";
  for (int i = 0; i < 10000; ++i) page += "<div>";
  page += "<p>Deep text.</p>";
  for (int i = 0; i < 10000; ++i) page += "</div>";
  HtmlExtract x = ExtractHtml(page);
  CHECK(x.text.find("Deep text.") != std::string::npos);
  std::string inline_page = "<html><body><p>";
  for (int i = 0; i < 10000; ++i) inline_page += "<span>";
  inline_page += "Deep span.</p></body></html>";
  CHECK(ExtractHtml(inline_page).text == "Deep span.");
}

TEST_CASE("errors: truncated gzip is an error after the documents before the cut") {
  std::string d = TempDir();
  std::string jsonl;
  for (int i = 0; i < 2000; ++i) {
    jsonl += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Document number " +
             std::to_string(i * 7919) + " says little.\"}\n";
  }
  std::string gz = Gzip(jsonl);
  Write(d + "/cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  auto items = ReadAll(d + "/cut.jsonl.gz");
  REQUIRE(items.size() >= 2);
  size_t docs = 0;
  for (const InputItem& it : items) docs += it.doc ? 1 : 0;
  CHECK(docs > 100);
  CHECK(docs < 2000);
  const InputItem& last = items.back();
  REQUIRE(!last.doc);
  CHECK(last.error.message.find("truncated gzip") != std::string::npos);
  // A truncated single-document file fails as a whole.
  std::string text_gz = Gzip(std::string(100000, 'y'));
  Write(d + "/cut.txt.gz", text_gz.substr(0, text_gz.size() - 10));
  auto t = ReadAll(d + "/cut.txt.gz");
  REQUIRE(t.size() == 1);
  CHECK(!t[0].doc);
  // A corrupt (not truncated) stream is a data error.
  std::string bad = Gzip(std::string(5000, 'z'));
  for (size_t i = 20; i < 40; ++i) bad[i] = static_cast<char>(bad[i] ^ 0x5a);
  Write(d + "/bad.txt.gz", bad);
  auto b = ReadAll(d + "/bad.txt.gz");
  REQUIRE(b.size() == 1);
  CHECK(!b[0].doc);
}

TEST_CASE("errors: WARC with a bad record, and a WARC.gz cut in the middle") {
  std::string d = TempDir();
  auto items = ReadAll(DataPath("sample.warc"));
  REQUIRE(items.size() == 3);
  CHECK(!items[1].doc);
  // Garbage before the first record: one error, then the records are found.
  Write(d + "/junk.warc", "this is not a warc file\nat all\n" + Slurp(DataPath("sample.warc")));
  auto j = ReadAll(d + "/junk.warc");
  REQUIRE(j.size() == 4);
  CHECK(!j[0].doc);
  CHECK(j[1].doc);
  std::string gz = Slurp(DataPath("sample.warc.gz"));
  Write(d + "/cut.warc.gz", gz.substr(0, gz.size() - 100));
  auto c = ReadAll(d + "/cut.warc.gz");
  REQUIRE(!c.empty());
  CHECK(!c.back().doc);  // the cut is reported, not silently dropped
  CHECK(c.front().doc);
}

TEST_CASE("errors: full disk on output is fatal; the old output file is kept") {
  std::string d = TempDir();
  Write(d + "/a.txt", "Exports rose 12% to $4.1 billion in 2020, the ministry said.");
  std::string bin = CLAIMKIT_BIN;
  // stdout on /dev/full: every write fails with ENOSPC.
  CHECK(Sh(bin + " extract -q " + d + "/a.txt > /dev/full 2>/dev/null") == 2);
  // A file size limit (ulimit -f, in 512-byte blocks): EFBIG on the temporary file.
  // --format json stores the document text, so the output is large whatever the
  // extractors find.
  std::string big;
  for (int i = 0; i < 300; ++i) big += "The river was calm and the sky was grey. ";
  Write(d + "/big.txt", big);
  Write(d + "/out.jsonl", "previous\n");
  int rc = Sh("ulimit -f 2; " + bin + " extract -q --format json " + d + "/big.txt -o " + d +
              "/out.jsonl 2>" + d + "/err");
  CHECK(rc == 2);
  CHECK(Slurp(d + "/out.jsonl") == "previous\n");
  CHECK(Slurp(d + "/err").find("fatal") != std::string::npos);
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(d)) files += e.path().string().find(".tmp-") != std::string::npos;
  CHECK(files == 0);
}

TEST_CASE("errors: SIGINT mid-run leaves valid partial output and a summary") {
  std::string d = TempDir();
  {
    std::ofstream f(d + "/many.jsonl");
    for (int i = 0; i < 200000; ++i) {
      f << "{\"id\": \"n" << i << "\", \"text\": \"The council met on Monday. \\\"We are pleased,\\\" "
        << "said director Lee Park.\"}\n";
    }
  }
  std::string cmd = std::string(CLAIMKIT_BIN) + " extract -j 1 --format json --progress " + d + "/many.jsonl -o " + d +
                    "/out.jsonl 2>" + d + "/err";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", ("exec " + cmd).c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  REQUIRE(WIFEXITED(status));
  std::string err = Slurp(d + "/err");
  CAPTURE(err);
  if (WEXITSTATUS(status) == 0) {
    MESSAGE("the run finished before the signal; nothing to check");
    return;
  }
  CHECK(WEXITSTATUS(status) == 130);
  CHECK(err.find("interrupted after") != std::string::npos);
  std::ifstream out(d + "/out.jsonl");
  REQUIRE(out);
  std::string line;
  int lines = 0;
  while (std::getline(out, line)) {
    CHECK(!nlohmann::json::parse(line, nullptr, false).is_discarded());
    ++lines;
  }
  CHECK(lines > 0);
}

TEST_CASE("errors: WARC header values that are not UTF-8 (found by fuzz_warc)") {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Body.</p>";
  std::string warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2021\xff\xfe\r\n"
                     "WARC-Record-ID: <urn:\xc3>\r\n"
                     "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
                     std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  auto r = OpenInputStream("bad.warc", ByteStreamFromString(warc), InputOptions());
  InputItem item;
  REQUIRE(r->Next(&item));
  REQUIRE(item.doc);
  CHECK(item.doc->text() == "Body.");
  bool found = false;
  for (const auto& [k, v] : item.doc->meta().extra_json) {
    if (k == "warc_date") found = v == "\"2021\xEF\xBF\xBD\xEF\xBF\xBD\"";
  }
  CHECK(found);
}
