// Output writers for `claimkit extract`: jsonl, json, csv, tsv, sqlite (docs/outputs.md).
//
//   auto w = Writer::Create({.format = "csv", .path = "claims.csv"});
//   (*w)->Open();
//   for each document, in input order:  (*w)->Render(&r) [any thread]; (*w)->Write(r);
//   (*w)->Commit();   // temp file renamed over claims.csv; Abandon() removes it instead
//
// Atomic output: a file writer writes "<path>.tmp-<pid>" in the same directory and
// renames it over `path` in Commit(), so readers never see a half-written file and a
// failed run (full disk, fatal error) leaves an existing `path` untouched. SQLite
// without --resume does the same; with --resume it updates the database in place in
// transactions of whole documents. "-" is stdout (streamed, not atomic; not for sqlite).
// Write errors (ENOSPC, EFBIG, EIO) are returned as kIoError; the run stops.
#ifndef CLAIMKIT_IO_WRITERS_H_
#define CLAIMKIT_IO_WRITERS_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "claimkit/document.h"
#include "claimkit/status.h"
#include "claimkit/structure.h"
#include "extractors/claim.h"

namespace claimkit {

// One processed document, as the writers see it.
struct DocResult {
  Document doc;
  std::vector<Claim> claims;            // after --kinds / --min-confidence
  std::vector<Paragraph> paragraphs;    // structure (json format)
  std::string published;                // Structure::published
  uint32_t sentences = 0;
  // Filled by Writer::Render (in a worker thread): the bytes to write (file formats)
  // or one claim JSON per claim (sqlite).
  std::string rendered;
  std::vector<std::string> claim_json;
};

// Per-document speaker profiles derived from the quote records: one per distinct
// speaker.name, with the mentions, roles and organisations used, and the quote count.
struct DocSpeaker {
  std::string name;
  std::string type;
  std::vector<std::string> roles, orgs, mentions;
  int quotes = 0;
};
std::vector<DocSpeaker> SpeakersOf(const std::vector<Claim>& claims);

struct WriterOptions {
  std::string format = "jsonl";     // jsonl, json, csv, tsv, sqlite
  std::string path = "-";           // "-" = stdout
  std::vector<std::string> fields;  // csv/tsv columns, jsonl/json claim keys; empty = all
  bool resume = false;              // sqlite: keep existing rows, skip known documents
  bool doc_text = true;             // sqlite/json: store the document text
};

class Writer {
 public:
  virtual ~Writer() = default;
  // Fails with kInvalidArgument for an unknown format or field, or sqlite to stdout.
  static Result<std::unique_ptr<Writer>> Create(const WriterOptions& opts);

  // Creates the temporary file / database and writes headers.
  virtual Status Open() = 0;
  // Thread-safe (const): precomputes what Write will store.
  virtual void Render(DocResult* r) const = 0;
  // In input order.
  virtual Status Write(const DocResult& r) = 0;
  // A failed document (sqlite keeps them in table `errors`; others ignore it).
  virtual Status WriteError(const Status& /*error*/) { return Status::Ok(); }
  // --resume: documents already stored (safe to call from any thread after Open).
  virtual bool HasDocument(const std::string& /*doc_id*/) const { return false; }
  // Makes the output final (flush, close, rename). Idempotent.
  virtual Status Commit() = 0;
  // Drops the temporary output (fatal error). Idempotent.
  virtual void Abandon() = 0;
};

// All CSV/TSV column names, in default order (docs/outputs.md).
const std::vector<std::string>& CsvColumns();

// A file written through "<path>.tmp-<pid>" + rename, or stdout for "-".
class AtomicFile {
 public:
  ~AtomicFile();
  Status Open(const std::string& path);
  Status Write(std::string_view bytes);
  Status Commit();
  void Abandon();
  const std::string& temp_path() const { return temp_; }

 private:
  std::string path_, temp_;
  FILE* f_ = nullptr;
  bool stdout_ = false;
  Status error_;
};

// The --errors file: one JSON object per failed document:
// {"file", "record", "offset", "code", "reason"}.
class ErrorLog {
 public:
  Status Open(const std::string& path) { return file_.Open(path); }
  Status Write(const Status& e);
  Status Commit() { return file_.Commit(); }
  void Abandon() { file_.Abandon(); }

 private:
  AtomicFile file_;
};

std::string ErrorToJson(const Status& e);

// Defined in sqlite_writer.cc.
std::unique_ptr<Writer> MakeSqliteWriter(const WriterOptions& opts);

}  // namespace claimkit

#endif  // CLAIMKIT_IO_WRITERS_H_
