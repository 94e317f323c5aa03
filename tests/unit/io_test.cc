// Input readers (text, JSON Lines, HTML, WARC, gzip/zstd), folder walks and writers.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "io/decompress.h"
#include "io/fs_walk.h"
#include "io/html_reader.h"
#include "io/input.h"
#include "io/writers.h"

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
  std::string d = "/tmp/claimkit_io_test_" + std::to_string(getpid()) + "_" + std::to_string(n++);
  fs::remove_all(d);  // a directory left by an earlier run with the same process id
  fs::create_directories(d);
  return d;
}

void Write(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary) << data;
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

std::string Zstd(const std::string& data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3));
  return out;
}

std::vector<InputItem> ReadAll(InputReader* r) {
  std::vector<InputItem> items;
  InputItem item;
  while (r->Next(&item)) items.push_back(std::move(item));
  return items;
}

std::string Extra(const Document& d, const std::string& key) {
  for (const auto& [k, v] : d.meta().extra_json) {
    if (k == key) return v;
  }
  return "";
}

}  // namespace

TEST_CASE("decompress: gzip, zstd and plain streams read the same bytes") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Line " + std::to_string(i) + " of the test.\n";
  for (const std::string& packed : {text, Gzip(text), Zstd(text)}) {
    auto s = ByteStreamFromString(packed);
    std::ostringstream out;
    out << s->rdbuf();
    CHECK(out.str() == text);
    CHECK(s->status().ok());
  }
  CHECK(SniffCompression(Gzip("x")) == Compression::kGzip);
  CHECK(SniffCompression(Zstd("x")) == Compression::kZstd);
  CHECK(SniffCompression("plain") == Compression::kNone);
}

TEST_CASE("decompress: concatenated gzip members read as one stream (WARC.gz)") {
  auto s = ByteStreamFromString(Gzip("first\n") + Gzip("second\n") + Gzip("third\n"));
  std::ostringstream out;
  out << s->rdbuf();
  CHECK(out.str() == "first\nsecond\nthird\n");
  CHECK(s->status().ok());
}

TEST_CASE("decompress: DecompressAll caps the output size") {
  std::string big(100000, 'a');
  CHECK(DecompressAll(Gzip(big), 1000000).value() == big);
  CHECK(DecompressAll(Gzip(big), 1000).status().code == StatusCode::kTooLarge);
}

TEST_CASE("input: format detection by name, then by content") {
  CHECK(DetectInputFormat("a.jsonl", "") == "jsonl");
  CHECK(DetectInputFormat("a.NDJSON.gz", "") == "jsonl");
  CHECK(DetectInputFormat("page.htm.zst", "") == "html");
  CHECK(DetectInputFormat("crawl.warc.gz", "") == "warc");
  CHECK(DetectInputFormat("notes.txt", "{\"id\": 1}") == "text");  // the name wins
  CHECK(DetectInputFormat("-", "WARC/1.0\r\n") == "warc");
  CHECK(DetectInputFormat("-", "  {\"id\": 1}") == "jsonl");
  CHECK(DetectInputFormat("page", "<!DOCTYPE html><html>") == "html");
  CHECK(DetectInputFormat("-", "<b>Not</b> a page, just text.") == "text");
  CHECK(DetectInputFormat("-", "Plain words.") == "text");
}

TEST_CASE("input: doc_id of a file is its stem unless --doc-id path") {
  CHECK(FileDocId("seed/000_abc.txt", "stem") == "000_abc");
  CHECK(FileDocId("/x/y/story.HTML.gz", "stem") == "story");
  CHECK(FileDocId("feed.jsonl.zst", "stem") == "feed");
  CHECK(FileDocId("report.2020", "stem") == "report.2020");  // not a format extension
  CHECK(FileDocId("dir/.txt", "stem") == ".txt");            // nothing left: the name stays
  CHECK(FileDocId("seed/000_abc.txt", "path") == "seed/000_abc.txt");
  CHECK(FileDocId("-", "stem") == "stdin");

  fs::path dir = fs::temp_directory_path() / "claimkit_docid_test";
  fs::create_directories(dir);
  std::ofstream(dir / "note.txt") << "Text.";
  std::ofstream(dir / "feed.jsonl") << "{\"text\": \"a\"}\n{\"id\": \"own\", \"text\": \"b\"}\n";
  InputItem item;
  auto text = OpenInput((dir / "note.txt").string(), InputOptions{});
  REQUIRE(text->Next(&item));
  CHECK(item.doc->id() == "note");
  InputOptions by_path;
  by_path.doc_id = "path";
  text = OpenInput((dir / "note.txt").string(), by_path);
  REQUIRE(text->Next(&item));
  CHECK(item.doc->id() == (dir / "note.txt").string());
  auto jsonl = OpenInput((dir / "feed.jsonl").string(), InputOptions{});
  REQUIRE(jsonl->Next(&item));
  CHECK(item.doc->id() == "feed:1");
  REQUIRE(jsonl->Next(&item));
  CHECK(item.doc->id() == "own");
  fs::remove_all(dir);
}

TEST_CASE("input: JSON Lines keeps unknown fields as raw JSON and reads html records") {
  std::string dir = TempDir();
  std::string path = dir + "/docs.jsonl";
  Write(path,
        "{\"id\": \"d1\", \"text\": \"Prices rose 4%.\", \"title\": \"T\", \"lang\": \"en\", "
        "\"tags\": [\"a\", \"b\"], \"score\": 0.5}\n"
        "\n"
        "{\"id\": \"d2\", \"html\": \"<html><body><p>One.</p><p>Two.</p></body></html>\"}\n");
  auto r = OpenInput(path, InputOptions());
  auto items = ReadAll(r.get());
  REQUIRE(items.size() == 2);
  REQUIRE(items[0].doc);
  const Document& d1 = *items[0].doc;
  CHECK(d1.id() == "d1");
  CHECK(d1.meta().title == "T");
  CHECK(d1.meta().record == 1);
  CHECK(Extra(d1, "lang") == "\"en\"");
  CHECK(Extra(d1, "tags") == "[\"a\",\"b\"]");
  CHECK(Extra(d1, "score") == "0.5");
  REQUIRE(items[1].doc);
  CHECK(items[1].doc->text() == "One.\n\nTwo.");
  CHECK(items[1].doc->meta().record == 3);  // blank line 2 is not a record
}

TEST_CASE("input: gzip and zstd files are read transparently") {
  std::string dir = TempDir();
  std::string jsonl = "{\"id\": \"z\", \"text\": \"Compressed text.\"}\n";
  Write(dir + "/a.jsonl.gz", Gzip(jsonl));
  Write(dir + "/a.jsonl.zst", Zstd(jsonl));
  Write(dir + "/b.txt.gz", Gzip("Just text."));
  for (const char* name : {"/a.jsonl.gz", "/a.jsonl.zst"}) {
    CAPTURE(name);
    auto items = ReadAll(OpenInput(dir + name, InputOptions()).get());
    REQUIRE(items.size() == 1);
    REQUIRE(items[0].doc);
    CHECK(items[0].doc->text() == "Compressed text.");
  }
  auto items = ReadAll(OpenInput(dir + "/b.txt.gz", InputOptions()).get());
  REQUIRE(items.size() == 1);
  REQUIRE(items[0].doc);
  CHECK(items[0].doc->text() == "Just text.");
}

TEST_CASE("html: main content, metadata and block roles") {
  HtmlExtract x = ExtractHtml(Slurp(DataPath("article.html")));
  CHECK(x.title == "Bridge repairs to cost $40m, council says");
  CHECK(x.author == "Maria Okafor");
  CHECK(x.published == "2023-03-08T07:15:00Z");
  CHECK(x.url == "https://courier.example/news/bridge-repairs");
  CHECK(x.site == "The Valley Courier");
  // Headline first, paragraphs separated by blank lines, inline markup flattened.
  CHECK(x.text.rfind("Bridge repairs to cost $40m, council says\n\n", 0) == 0);
  CHECK(x.text.find("\n\nRepairs to the Mill Street bridge will cost about $40 million, almost twice "
                    "the figure given last year, the district council said on Tuesday.\n\n") !=
        std::string::npos);
  CHECK(x.text.find("according to the council.\nWork is due") != std::string::npos);  // <br>
  // Page furniture is gone.
  for (const char* gone : {"Share on", "Related", "Council election", "newsletter", "trackPage",
                           "analytics", "font-family", "Copyright", "Sport"}) {
    CAPTURE(gone);
    CHECK(x.text.find(gone) == std::string::npos);
  }
  REQUIRE(x.blocks.size() == 2);
  CHECK(x.blocks[0].role == "figcaption");
  CHECK(x.blocks[0].span.Of(x.text) == "The Mill Street bridge was closed in January. Photo: Tom Reyes");
  CHECK(x.blocks[1].role == "blockquote");
  CHECK(x.blocks[1].span.Of(x.text) == "The bridge carries 18,000 vehicles a day.");
}

TEST_CASE("html: HtmlToDocument fills metadata and records html_blocks") {
  DocumentMeta base;
  base.id = "page-1";
  base.title = "Given title";
  Document d = HtmlToDocument(Slurp(DataPath("article.html")), base);
  CHECK(d.id() == "page-1");
  CHECK(d.meta().title == "Given title");  // input metadata wins over the page
  CHECK(d.meta().author == "Maria Okafor");
  auto blocks = nlohmann::json::parse(Extra(d, "html_blocks"));
  REQUIRE(blocks.size() == 2);
  uint32_t s = blocks[1]["start"], e = blocks[1]["end"];
  CHECK(d.text().substr(s, e - s) == "The bridge carries 18,000 vehicles a day.");
}

TEST_CASE("html: without <article>, the block with most paragraph text is the content") {
  std::string page =
      "<html><head><title>T</title></head><body>"
      "<div id='menu'><p>Home</p><p>About</p></div>"
      "<div class='story'><p>The first paragraph of the story is here.</p>"
      "<p>The second paragraph follows it.</p></div>"
      "<div class='footer-links'><p>Contact</p></div></body></html>";
  HtmlExtract x = ExtractHtml(page);
  CHECK(x.text == "T\n\nThe first paragraph of the story is here.\n\nThe second paragraph follows it.");
}

TEST_CASE("html: list items that are only links (related stories) are dropped; other list items stay") {
  std::string page =
      "<html><head><title>T</title></head><body><article>"
      "<p>The first paragraph of the story is here.</p>"
      "<ul><li>The levy is 1.50 euros per car.</li><li>It starts in <a href='/j'>June</a>.</li></ul>"
      "<aside><ul><li><a href='/a'>Bridge opens</a></li><li> <a href='/b'><b>Quay</b> closes</a> </li></ul></aside>"
      "</article></body></html>";
  HtmlExtract x = ExtractHtml(page);
  CHECK(x.text.find("The levy is 1.50 euros per car.") != std::string::npos);
  CHECK(x.text.find("It starts in June.") != std::string::npos);
  CHECK(x.text.find("Bridge opens") == std::string::npos);
  CHECK(x.text.find("Quay closes") == std::string::npos);
}

TEST_CASE("html: windows-1252 bytes are decoded, entities too") {
  HtmlExtract x = ExtractHtml("<html><body><p>Caf\xE9 &amp; \x93" "bar\x94 &euro;5</p></body></html>");
  CHECK(x.text == "Caf\xC3\xA9 & \xE2\x80\x9C" "bar\xE2\x80\x9D \xE2\x82\xAC" "5");
}

TEST_CASE("html: <pre> keeps line breaks; table cells are separated") {
  HtmlExtract x = ExtractHtml(
      "<body><pre>a  b\nc</pre><table><tr><td>x</td><td>1</td></tr><tr><td>y</td><td>2</td></tr></table></body>");
  CHECK(x.text == "a  b\nc\n\nx 1\n\ny 2");
}

TEST_CASE("warc: HTML responses become documents; other records are skipped; a bad record is one error") {
  for (const char* name : {"sample.warc", "sample.warc.gz"}) {
    CAPTURE(name);
    auto items = ReadAll(OpenInput(DataPath(name), InputOptions()).get());
    REQUIRE(items.size() == 3);
    REQUIRE(items[0].doc);
    const Document& d = *items[0].doc;
    CHECK(d.id() == "<urn:uuid:0002-ferry>");
    CHECK(d.meta().url == "https://news.example/ferry");
    CHECK(d.meta().record == 3);
    CHECK(d.meta().title == "Ferry fares rise 8%");  // <h1> before <title>
    CHECK(d.meta().published == "2021-06-01");
    CHECK(Extra(d, "warc_date") == "\"2021-06-02T10:00:02Z\"");
    CHECK(d.text().rfind("Ferry fares rise 8%\n\nFerry fares will rise 8% in July", 0) == 0);
    CHECK(d.text().find("Home | World") == std::string::npos);
    REQUIRE(!items[1].doc);
    CHECK(items[1].error.code == StatusCode::kInvalidInput);
    CHECK(items[1].error.record == 4);
    CHECK(items[1].error.message.find("Content-Length") != std::string::npos);
    REQUIRE(items[2].doc);
    CHECK(items[2].doc->meta().url == "https://news.example/library");
    CHECK(items[2].doc->meta().record == 6);
  }
}

TEST_CASE("warc: chunked and gzip-encoded HTTP bodies are decoded") {
  std::string html = "<html><body><p>Chunked body text.</p></body></html>";
  std::string gz = Gzip(html);
  char size_hex[16];
  std::snprintf(size_hex, sizeof size_hex, "%zx", gz.size());
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                     "Content-Encoding: gzip\r\n\r\n" + std::string(size_hex) + "\r\n" + gz + "\r\n0\r\n\r\n";
  std::string warc = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <https://x.example/c>\r\n"
                     "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
                     std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  auto r = OpenInputStream("mem.warc", ByteStreamFromString(warc), InputOptions());
  auto items = ReadAll(r.get());
  REQUIRE(items.size() == 1);
  REQUIRE(items[0].doc);
  CHECK(items[0].doc->text() == "Chunked body text.");
  CHECK(items[0].doc->meta().url == "https://x.example/c");
  CHECK(items[0].doc->id() == "mem:1");  // file stem + record
}

TEST_CASE("fs_walk: recursive, sorted, hidden skipped, include/exclude globs, from-list") {
  std::string d = TempDir();
  fs::create_directories(d + "/b/drafts");
  fs::create_directories(d + "/.git");
  Write(d + "/b/2.txt", "x");
  Write(d + "/a.txt", "x");
  Write(d + "/b/1.jsonl", "x");
  Write(d + "/b/drafts/3.txt", "x");
  Write(d + "/.hidden.txt", "x");
  Write(d + "/.git/config", "x");
  auto paths = [](const std::vector<InputPath>& v) {
    std::vector<std::string> out;
    for (const InputPath& p : v) out.push_back(p.path);
    return out;
  };
  CHECK(paths(ExpandInputs({d}, "", {})) ==
        std::vector<std::string>{d + "/a.txt", d + "/b/1.jsonl", d + "/b/2.txt", d + "/b/drafts/3.txt"});
  WalkOptions w;
  w.include = {"*.txt"};
  w.exclude = {"drafts"};
  CHECK(paths(ExpandInputs({d}, "", w)) == std::vector<std::string>{d + "/a.txt", d + "/b/2.txt"});
  WalkOptions w2;
  w2.exclude = {"b/*.txt"};
  CHECK(paths(ExpandInputs({d + "/b"}, "", w2)) ==
        std::vector<std::string>{d + "/b/1.jsonl", d + "/b/2.txt", d + "/b/drafts/3.txt"});
  Write(d + "/list", d + "/a.txt\n\n" + d + "/missing.txt\n");
  auto listed = ExpandInputs({}, d + "/list", {});
  REQUIRE(listed.size() == 2);
  CHECK(listed[0].error.ok());
  CHECK(listed[0].size == 1);
  CHECK(listed[1].error.code == StatusCode::kIoError);
  CHECK(GlobMatches("*.html", "2024/05/page.html"));
  CHECK(GlobMatches("2024/*", "2024/05/page.html"));
  CHECK(!GlobMatches("2023/*", "2024/05/page.html"));
}

TEST_CASE("writers: CSV quoting, TSV escapes, unknown fields rejected") {
  Claim c;
  c.id = "d#q1";
  c.doc_id = "d";
  c.kind = "quote";
  c.span = {0, 26};
  c.section = "body";
  c.confidence = 0.75;
  c.quote = QuoteInfo();
  c.quote->type = "direct";
  c.quote->content = "Yes, \"now\"\tok";
  DocumentMeta m;
  m.id = "d";
  DocResult r;
  r.doc = Document("\"Yes,\" she said.\nLine two", m);
  r.claims = {c};
  WriterOptions o;
  o.format = "csv";
  o.fields = {"id", "quote_content", "confidence", "text"};
  auto w = Writer::Create(o);
  REQUIRE(w.ok());
  (*w)->Render(&r);
  CHECK(r.rendered == "d#q1,\"Yes, \"\"now\"\"\tok\",0.75,\"\"\"Yes,\"\" she said.\nLine two\"\r\n");
  o.format = "tsv";
  r.rendered.clear();
  auto t = Writer::Create(o);
  REQUIRE(t.ok());
  (*t)->Render(&r);
  CHECK(r.rendered == "d#q1\tYes, \"now\"\\tok\t0.75\t\"Yes,\" she said.\\nLine two\n");
  o.fields = {"no_such_column"};
  CHECK(Writer::Create(o).status().code == StatusCode::kInvalidArgument);
  o.format = "sqlite";
  o.fields.clear();
  CHECK(Writer::Create(o).status().code == StatusCode::kInvalidArgument);  // needs a file
}

TEST_CASE("writers: atomic file appears only on commit; abandon leaves the old file") {
  std::string d = TempDir();
  std::string path = d + "/out.jsonl";
  Write(path, "old\n");
  {
    AtomicFile f;
    REQUIRE(f.Open(path).ok());
    REQUIRE(f.Write("new\n").ok());
    CHECK(Slurp(path) == "old\n");
    f.Abandon();
  }
  CHECK(Slurp(path) == "old\n");
  CHECK(std::distance(fs::directory_iterator(d), fs::directory_iterator()) == 1);  // no temp left
  AtomicFile g;
  REQUIRE(g.Open(path).ok());
  REQUIRE(g.Write("new\n").ok());
  REQUIRE(g.Commit().ok());
  CHECK(Slurp(path) == "new\n");
}

TEST_CASE("writers: SQLite schema, FTS, speakers and --resume") {
  std::string d = TempDir();
  std::string db = d + "/c.sqlite";
  auto make = [](const std::string& id) {
    DocResult r;
    DocumentMeta m;
    m.id = id;
    m.title = "Title " + id;
    m.extra_json = {{"lang", "\"en\""}};
    r.doc = Document("\"Tariffs will fall,\" said Ana Ruiz.", m);
    Claim c;
    c.id = id + "#q1";
    c.doc_id = id;
    c.kind = "quote";
    c.span = {0, 35};
    c.quote = QuoteInfo();
    c.quote->type = "direct";
    c.quote->content = "Tariffs will fall,";
    c.quote->speaker.name = "Ana Ruiz";
    c.quote->speaker.type = "person";
    r.claims = {c};
    return r;
  };
  WriterOptions o;
  o.format = "sqlite";
  o.path = db;
  {
    auto w = std::move(Writer::Create(o)).value();
    REQUIRE(w->Open().ok());
    for (const char* id : {"a", "b"}) {
      DocResult r = make(id);
      w->Render(&r);
      REQUIRE(w->Write(r).ok());
    }
    DocResult dup = make("a");
    CHECK(w->Write(dup).code == StatusCode::kInvalidInput);  // duplicate id: a document error
    Status e = Status::Error(StatusCode::kInvalidInput, "bad line");
    e.At("x.jsonl", 3, 120);
    REQUIRE(w->WriteError(e).ok());
    CHECK(!fs::exists(db));  // not before commit
    REQUIRE(w->Commit().ok());
  }
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  auto one = [&](const char* sql) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, sql, -1, &s, nullptr) == SQLITE_OK);
    std::string v;
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)) {
      v = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    }
    sqlite3_finalize(s);
    return v;
  };
  CHECK(one("SELECT version FROM schema_version") == "1");
  CHECK(one("SELECT count(*) FROM documents") == "2");
  CHECK(one("SELECT extra_json FROM documents WHERE doc_id='a'") == "{\"lang\":\"en\"}");
  CHECK(one("SELECT count(*) FROM claims") == "2");
  CHECK(one("SELECT c.id FROM claims_fts f JOIN claims c ON c.claim_key = f.rowid "
            "WHERE claims_fts MATCH 'tariffs' ORDER BY c.id LIMIT 1") == "a#q1");
  CHECK(one("SELECT quotes FROM speakers WHERE doc_id='b' AND name='Ana Ruiz'") == "1");
  CHECK(one("SELECT reason FROM errors") == "bad line");
  sqlite3_close(h);
  // --resume keeps the rows and knows the documents.
  o.resume = true;
  auto w = std::move(Writer::Create(o)).value();
  REQUIRE(w->Open().ok());
  CHECK(w->HasDocument("a"));
  CHECK(!w->HasDocument("c"));
  DocResult r = make("c");
  w->Render(&r);
  REQUIRE(w->Write(r).ok());
  REQUIRE(w->Commit().ok());
  REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
  CHECK(one("SELECT count(*) FROM documents") == "3");
  sqlite3_close(h);
}

TEST_CASE("writers: speakers derived from quote records") {
  std::vector<Claim> cs(3);
  for (Claim& c : cs) {
    c.kind = "quote";
    c.quote = QuoteInfo();
    c.quote->speaker.name = "Dana Whitlock";
    c.quote->speaker.type = "person";
  }
  cs[0].quote->speaker.mention = "council engineer Dana Whitlock";
  cs[0].quote->speaker.role = "engineer";
  cs[1].quote->speaker.mention = "she";
  cs[2].quote->speaker.name = std::nullopt;
  auto sp = SpeakersOf(cs);
  REQUIRE(sp.size() == 1);
  CHECK(sp[0].quotes == 2);
  CHECK(sp[0].roles == std::vector<std::string>{"engineer"});
  CHECK(sp[0].mentions == std::vector<std::string>{"council engineer Dana Whitlock", "she"});
}
