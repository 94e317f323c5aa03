// SQLite output: documents, claims, speakers, errors, FTS5 over claim sentences and
// quote content, a schema version table; --resume (schema and queries: docs/outputs.md).
#include <sqlite3.h>
#include <unistd.h>
#include <fcntl.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <nlohmann/json.hpp>

#include "io/json_out.h"
#include "io/writers.h"

namespace claimkit {
namespace {

constexpr int kSchemaVersion = 1;
constexpr int kDocsPerTransaction = 500;

const char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS schema_version(
  version INTEGER NOT NULL,
  claimkit TEXT,
  created_at TEXT);
CREATE TABLE IF NOT EXISTS documents(
  doc_id TEXT PRIMARY KEY,
  input_file TEXT,
  record INTEGER,
  title TEXT,
  url TEXT,
  published TEXT,
  source TEXT,
  author TEXT,
  extra_json TEXT,
  text TEXT,
  bytes INTEGER,
  paragraphs INTEGER,
  sentences INTEGER,
  claims INTEGER,
  processed_at TEXT);
CREATE TABLE IF NOT EXISTS claims(
  claim_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(doc_id),
  kind TEXT NOT NULL,
  section TEXT,
  span_start INTEGER,
  span_end INTEGER,
  text TEXT,
  confidence REAL,
  quote_type TEXT,
  quote_content TEXT,
  speaker_name TEXT,
  speaker_type TEXT,
  speaker_role TEXT,
  speaker_org TEXT,
  speaker_resolution TEXT,
  cue TEXT,
  quantity_text TEXT,
  value REAL,
  low REAL,
  high REAL,
  bound TEXT,
  unit TEXT,
  measure TEXT,
  time_value TEXT,
  source_name TEXT,
  consistent INTEGER,
  json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS speakers(
  doc_id TEXT NOT NULL REFERENCES documents(doc_id),
  name TEXT NOT NULL,
  type TEXT,
  roles TEXT,
  orgs TEXT,
  mentions TEXT,
  quotes INTEGER,
  PRIMARY KEY(doc_id, name));
CREATE TABLE IF NOT EXISTS errors(
  error_key INTEGER PRIMARY KEY,
  file TEXT,
  record INTEGER,
  offset INTEGER,
  code TEXT,
  reason TEXT,
  logged_at TEXT);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id);
CREATE INDEX IF NOT EXISTS claims_id ON claims(id);
CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker_name);
CREATE INDEX IF NOT EXISTS claims_unit ON claims(unit);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_url ON documents(url);
CREATE INDEX IF NOT EXISTS speakers_name ON speakers(name);
CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(
  text, quote_content, content='claims', content_rowid='claim_key');
)sql";

std::string Now() {
  std::time_t t = std::time(nullptr);
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string JoinJson(const std::vector<std::string>& v) {
  return nlohmann::json(v).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

class Stmt {
 public:
  Stmt() = default;
  ~Stmt() { Reset(); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  void Reset() {
    if (s_) sqlite3_finalize(s_);
    s_ = nullptr;
  }
  int Prepare(sqlite3* db, const char* sql) { return sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  sqlite3_stmt* get() { return s_; }
  void Text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void TextOrNull(int i, const std::optional<std::string>& v) {
    if (v) {
      Text(i, *v);
    } else {
      sqlite3_bind_null(s_, i);
    }
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void Real(int i, const std::optional<double>& v) {
    if (v) {
      sqlite3_bind_double(s_, i, *v);
    } else {
      sqlite3_bind_null(s_, i);
    }
  }
  int Step() {
    int rc = sqlite3_step(s_);
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
    return rc;
  }

 private:
  sqlite3_stmt* s_ = nullptr;
};

class SqliteWriter : public Writer {
 public:
  explicit SqliteWriter(const WriterOptions& o) : opts_(o) {}
  ~SqliteWriter() override { Abandon(); }

  Status Open() override {
    bool in_place = opts_.resume;
    db_path_ = in_place ? opts_.path : opts_.path + ".tmp-" + std::to_string(::getpid());
    if (!in_place) std::remove(db_path_.c_str());
    int rc = sqlite3_open_v2(db_path_.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) return Fail("cannot open database");
    sqlite3_busy_timeout(db_, 5000);
    if (in_place) {
      if (!Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")) return Fail("pragma");
    } else {
      if (!Exec("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;")) return Fail("pragma");
    }
    // Resume: an existing database must be ours, at this schema version.
    bool has_version = false;
    {
      Stmt q;
      if (q.Prepare(db_, "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'") !=
          SQLITE_OK) {
        return Fail("not a claimkit database");
      }
      has_version = sqlite3_step(q.get()) == SQLITE_ROW;
    }
    if (has_version) {
      Stmt q;
      q.Prepare(db_, "SELECT max(version) FROM schema_version");
      int v = sqlite3_step(q.get()) == SQLITE_ROW ? sqlite3_column_int(q.get(), 0) : 0;
      if (v != kSchemaVersion) {
        return Fail("database schema version " + std::to_string(v) + ", this claimkit writes " +
                    std::to_string(kSchemaVersion), StatusCode::kInvalidArgument);
      }
    }
    if (!Exec(kSchema)) return Fail("cannot create schema");
    if (!has_version) {
      std::string sql = "INSERT INTO schema_version VALUES(" + std::to_string(kSchemaVersion) + ", '" +
#ifdef CLAIMKIT_VERSION
                        CLAIMKIT_VERSION +
#endif
                        "', '" + Now() + "')";
      if (!Exec(sql.c_str())) return Fail("schema_version");
    }
    if (in_place) {
      Stmt q;
      q.Prepare(db_, "SELECT doc_id FROM documents");
      while (sqlite3_step(q.get()) == SQLITE_ROW) {
        known_.insert(reinterpret_cast<const char*>(sqlite3_column_text(q.get(), 0)));
      }
    }
    if (ins_doc_.Prepare(db_,
            "INSERT INTO documents(doc_id,input_file,record,title,url,published,source,author,"
            "extra_json,text,bytes,paragraphs,sentences,claims,processed_at) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") != SQLITE_OK ||
        ins_claim_.Prepare(db_,
            "INSERT INTO claims(id,doc_id,kind,section,span_start,span_end,text,confidence,"
            "quote_type,quote_content,speaker_name,speaker_type,speaker_role,speaker_org,"
            "speaker_resolution,cue,quantity_text,value,low,high,bound,unit,measure,time_value,"
            "source_name,consistent,json) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") !=
            SQLITE_OK ||
        ins_fts_.Prepare(db_, "INSERT INTO claims_fts(rowid,text,quote_content) VALUES(?,?,?)") != SQLITE_OK ||
        ins_speaker_.Prepare(db_,
            "INSERT OR REPLACE INTO speakers(doc_id,name,type,roles,orgs,mentions,quotes) "
            "VALUES(?,?,?,?,?,?,?)") != SQLITE_OK ||
        ins_error_.Prepare(db_,
            "INSERT INTO errors(file,record,offset,code,reason,logged_at) VALUES(?,?,?,?,?,?)") !=
            SQLITE_OK) {
      return Fail("cannot prepare statements");
    }
    if (!Exec("BEGIN")) return Fail("begin");
    open_ = true;
    return Status::Ok();
  }

  void Render(DocResult* r) const override {
    r->claim_json.clear();
    for (const Claim& c : r->claims) r->claim_json.push_back(ClaimToJson(c, r->doc.text()));
  }

  Status Write(const DocResult& r) override {
    if (!open_) return Status::Error(StatusCode::kInternal, "database not open");
    if (!Exec("SAVEPOINT doc")) return Fail("savepoint");
    const DocumentMeta& m = r.doc.meta();
    Stmt& d = ins_doc_;
    d.Text(1, r.doc.id());
    d.Text(2, m.input_file);
    d.Int(3, m.record);
    d.Text(4, m.title);
    d.Text(5, m.url);
    d.Text(6, m.published.empty() ? r.published : m.published);
    d.Text(7, m.source);
    d.Text(8, m.author);
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    for (const auto& [k, v] : m.extra_json) {
      auto x = nlohmann::ordered_json::parse(v, nullptr, false);
      extra[k] = x.is_discarded() ? nlohmann::ordered_json(v) : x;
    }
    d.Text(9, extra.empty() ? "" : extra.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (opts_.doc_text) {
      d.Text(10, r.doc.text());
    } else {
      sqlite3_bind_null(d.get(), 10);
    }
    d.Int(11, static_cast<int64_t>(r.doc.text().size()));
    d.Int(12, static_cast<int64_t>(r.paragraphs.size()));
    d.Int(13, r.sentences);
    d.Int(14, static_cast<int64_t>(r.claims.size()));
    d.Text(15, Now());
    int rc = d.Step();
    if (rc != SQLITE_DONE) {
      bool dup = sqlite3_extended_errcode(db_) == SQLITE_CONSTRAINT_PRIMARYKEY;
      Exec("ROLLBACK TO doc; RELEASE doc");
      if (dup) {
        Status s = Status::Error(StatusCode::kInvalidInput, "duplicate doc_id '" + r.doc.id() +
                                                                "' (already in the database)");
        s.At(m.input_file, m.record, -1);
        return s;
      }
      return Fail("insert document");
    }
    for (size_t i = 0; i < r.claims.size(); ++i) {
      const Claim& c = r.claims[i];
      Stmt& s = ins_claim_;
      std::string_view sentence = c.span.Of(r.doc.text());
      s.Text(1, c.id);
      s.Text(2, c.doc_id);
      s.Text(3, c.kind);
      s.Text(4, c.section);
      s.Int(5, c.span.start);
      s.Int(6, c.span.end);
      s.Text(7, sentence);
      s.Real(8, c.confidence);
      if (c.quote) {
        const QuoteInfo& q = *c.quote;
        s.Text(9, q.type);
        s.Text(10, q.content);
        s.TextOrNull(11, q.speaker.name);
        s.Text(12, q.speaker.type);
        s.TextOrNull(13, q.speaker.role);
        s.TextOrNull(14, q.speaker.org);
        s.Text(15, q.speaker.resolution);
        s.TextOrNull(16, q.cue);
      }
      if (c.numeric) {
        const NumericInfo& n = *c.numeric;
        s.Text(17, n.quantity.text);
        s.Real(18, n.quantity.value);
        s.Real(19, n.quantity.low);
        s.Real(20, n.quantity.high);
        s.Text(21, n.quantity.bound);
        s.TextOrNull(22, n.quantity.unit);
        s.TextOrNull(23, n.measure);
        if (n.time) s.Text(24, n.time->value);
        if (n.source) s.Text(25, n.source->name);
        if (n.change && n.change->consistent) s.Int(26, *n.change->consistent ? 1 : 0);
      }
      s.Text(27, i < r.claim_json.size() ? r.claim_json[i] : ClaimToJson(c, r.doc.text()));
      if (s.Step() != SQLITE_DONE) return FailDoc("insert claim");
      int64_t key = sqlite3_last_insert_rowid(db_);
      ins_fts_.Int(1, key);
      ins_fts_.Text(2, sentence);
      if (c.quote) {
        ins_fts_.Text(3, c.quote->content);
      } else {
        sqlite3_bind_null(ins_fts_.get(), 3);
      }
      if (ins_fts_.Step() != SQLITE_DONE) return FailDoc("insert fts");
    }
    for (const DocSpeaker& sp : SpeakersOf(r.claims)) {
      Stmt& s = ins_speaker_;
      s.Text(1, r.doc.id());
      s.Text(2, sp.name);
      s.Text(3, sp.type);
      s.Text(4, JoinJson(sp.roles));
      s.Text(5, JoinJson(sp.orgs));
      s.Text(6, JoinJson(sp.mentions));
      s.Int(7, sp.quotes);
      if (s.Step() != SQLITE_DONE) return FailDoc("insert speaker");
    }
    if (!Exec("RELEASE doc")) return Fail("release");
    return MaybeCommit();
  }

  Status WriteError(const Status& e) override {
    if (!open_) return Status::Ok();
    Stmt& s = ins_error_;
    s.Text(1, e.file);
    s.Int(2, e.record);
    s.Int(3, e.offset);
    s.Text(4, StatusCodeName(e.code));
    s.Text(5, e.message);
    s.Text(6, Now());
    if (s.Step() != SQLITE_DONE) return Fail("insert error");
    return MaybeCommit();
  }

  bool HasDocument(const std::string& doc_id) const override { return known_.count(doc_id) > 0; }

  Status Commit() override {
    if (!db_) return Status::Ok();
    if (open_ && !Exec("COMMIT")) {
      Status s = Fail("commit");
      Abandon();
      return s;
    }
    open_ = false;
    FinalizeAll();
    if (sqlite3_close(db_) != SQLITE_OK) {
      db_ = nullptr;
      return Status::Error(StatusCode::kIoError, "cannot close database " + db_path_);
    }
    db_ = nullptr;
    if (!opts_.resume) {
      int fd = ::open(db_path_.c_str(), O_RDONLY);
      if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
      }
      if (std::rename(db_path_.c_str(), opts_.path.c_str()) != 0) {
        Status s = Status::Error(StatusCode::kIoError, "cannot rename " + db_path_ + " to " +
                                                           opts_.path + ": " + std::strerror(errno));
        std::remove(db_path_.c_str());
        return s;
      }
    }
    return Status::Ok();
  }

  void Abandon() override {
    if (!db_) return;
    if (opts_.resume) {
      // In place: keep what earlier transactions committed, drop the open one.
      if (open_) Exec("ROLLBACK");
    }
    open_ = false;
    FinalizeAll();
    sqlite3_close(db_);
    db_ = nullptr;
    if (!opts_.resume) std::remove(db_path_.c_str());
  }

 private:
  void FinalizeAll() {
    for (Stmt* s : {&ins_doc_, &ins_claim_, &ins_fts_, &ins_speaker_, &ins_error_}) s->Reset();
  }

  bool Exec(const char* sql) { return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

  Status Fail(const std::string& what, StatusCode code = StatusCode::kIoError) {
    std::string msg = what;
    if (db_ && code == StatusCode::kIoError) msg += ": " + std::string(sqlite3_errmsg(db_));
    Status s = Status::Error(code, "sqlite: " + msg);
    s.file = opts_.path;
    return s;
  }

  Status FailDoc(const std::string& what) {
    Status s = Fail(what);
    Exec("ROLLBACK TO doc; RELEASE doc");
    return s;
  }

  Status MaybeCommit() {
    if (++since_commit_ < kDocsPerTransaction) return Status::Ok();
    since_commit_ = 0;
    if (!Exec("COMMIT; BEGIN")) return Fail("commit");
    return Status::Ok();
  }

  WriterOptions opts_;
  std::string db_path_;
  sqlite3* db_ = nullptr;
  bool open_ = false;
  int since_commit_ = 0;
  std::unordered_set<std::string> known_;
  Stmt ins_doc_, ins_claim_, ins_fts_, ins_speaker_, ins_error_;
};

}  // namespace

std::unique_ptr<Writer> MakeSqliteWriter(const WriterOptions& opts) {
  return std::make_unique<SqliteWriter>(opts);
}

}  // namespace claimkit
