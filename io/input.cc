// Input readers: plain text (one file = one document) and JSON Lines, and the
// dispatch to the HTML and WARC readers; all over transparently decompressed streams.
#include "io/input.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>

#include "io/decompress.h"
#include "io/html_reader.h"
#include "io/json_emit.h"
#include "io/json_scan.h"
#include "io/warc_reader.h"

namespace claimkit {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Status Error(StatusCode code, std::string msg, const std::string& file, int64_t record,
             int64_t offset) {
  Status s = Status::Error(code, std::move(msg));
  s.At(file, record, offset);
  return s;
}

std::string TooLargeMessage(uint64_t max) {
  return "document larger than --max-doc-bytes=" + std::to_string(max);
}

// Binary data: a NUL byte in the first 8 KiB (the rule git and ripgrep use).
bool LooksBinary(std::string_view head) {
  return head.substr(0, 8192).find('\0') != std::string_view::npos;
}

// Reads one whole stream as a single text document.
class TextReader : public InputReader {
 public:
  TextReader(std::string path, std::unique_ptr<ByteStream> in, const InputOptions& opts)
      : path_(std::move(path)), in_(std::move(in)), opts_(opts) {}

  bool Next(InputItem* item) override {
    if (done_) return false;
    done_ = true;
    *item = InputItem();
    std::string text;
    char buf[1 << 16];
    while (in_->read(buf, sizeof buf) || in_->gcount() > 0) {
      text.append(buf, static_cast<size_t>(in_->gcount()));
      if (text.size() > opts_.max_doc_bytes) {
        item->error = Error(StatusCode::kTooLarge, TooLargeMessage(opts_.max_doc_bytes), path_, 0,
                            static_cast<int64_t>(opts_.max_doc_bytes));
        return true;
      }
    }
    if (!in_->status().ok()) {
      item->error = in_->status();
      item->error.file = path_;  // the name this input was opened under
      return true;
    }
    if (LooksBinary(text)) {
      item->error = Error(StatusCode::kInvalidInput, "binary file (NUL byte), not text", path_, 0,
                          static_cast<int64_t>(text.find('\0')));
      return true;
    }
    DocumentMeta meta;
    meta.id = path_ == "-" ? ContentId(text) : FileDocId(path_, opts_.doc_id);
    meta.input_file = path_;
    item->doc = Document(std::move(text), std::move(meta));
    return true;
  }

 private:
  std::string path_;
  std::unique_ptr<ByteStream> in_;
  InputOptions opts_;
  bool done_ = false;
};

// One JSON object per line: {"id", "text" | "html", "title", "url", "published", "source",
// "author", ...}; other fields go to DocumentMeta::extra_json unchanged.
class JsonlReader : public InputReader {
 public:
  JsonlReader(std::string path, std::unique_ptr<ByteStream> in, const InputOptions& opts)
      : path_(std::move(path)), in_(std::move(in)), opts_(opts) {}

  bool Next(InputItem* item) override {
    std::string line;
    while (true) {
      int64_t line_offset = offset_;
      bool too_long = false;
      if (!ReadLine(&line, &too_long)) {
        if (!in_->status().ok() && !status_reported_) {
          status_reported_ = true;
          *item = InputItem();
          item->error = in_->status();
          item->error.file = path_;  // the name this input was opened under
          item->error.record = record_ + 1;
          return true;
        }
        return false;
      }
      ++record_;
      if (too_long) {
        *item = InputItem();
        item->error = Error(StatusCode::kTooLarge,
                            "record larger than --max-doc-bytes=" + std::to_string(opts_.max_doc_bytes),
                            path_, record_, line_offset);
        return true;
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      *item = InputItem();
      Parse(line, line_offset, item);
      return true;
    }
  }

 private:
  // One line without its '\n'; false at the end. A line longer than the cap is
  // consumed but not kept (*too_long), so memory stays bounded.
  bool ReadLine(std::string* line, bool* too_long) {
    line->clear();
    const uint64_t cap = opts_.max_doc_bytes + 4096;
    bool any = false;
    while (true) {
      std::string_view buf = in_->Peek();
      if (buf.empty()) break;
      any = true;
      const void* nl = std::memchr(buf.data(), '\n', buf.size());
      size_t n = nl ? static_cast<size_t>(static_cast<const char*>(nl) - buf.data()) : buf.size();
      if (!*too_long && line->size() + n <= cap) {
        // A long line: reserve up to the cap once, so growing never copies it (untouched
        // reserved pages cost no memory); short lines grow as usual.
        if (line->size() + n > line->capacity() && line->size() >= (1u << 20)) line->reserve(cap);
        line->append(buf.data(), n);
      } else if (!*too_long) {
        *too_long = true;
        std::string().swap(*line);  // the record is an error: give its memory back now
      }
      size_t used = n + (nl ? 1 : 0);
      in_->Consume(used);
      offset_ += static_cast<int64_t>(used);
      if (nl) return true;
    }
    return any;
  }

  // Where a string value of a known field goes (both ways of parsing a record use it);
  // null for fields kept in DocumentMeta::extra_json.
  static std::string* StringSlot(std::string_view key, DocumentMeta* meta, std::string* text, bool* have_text,
                                 std::string* html, bool* have_html) {
    if (key == "text") {
      *have_text = true;
      return text;
    }
    if (key == "html") {
      *have_html = true;
      return html;
    }
    if (key == "id") return &meta->id;
    if (key == "title") return &meta->title;
    if (key == "url") return &meta->url;
    if (key == "published") return &meta->published;
    if (key == "source") return &meta->source;
    if (key == "author") return &meta->author;
    return nullptr;
  }

  void Parse(const std::string& line, int64_t line_offset, InputItem* item) {
    DocumentMeta meta;
    meta.input_file = path_;
    meta.record = record_;
    std::string text, html;
    bool have_text = false, have_html = false;
    if (ParseStringObject(line, &fields_)) {
      // The common record: string values only. Same fields, in the same (key) order, as
      // the loop over nlohmann's tree below.
      for (JsonStringField& f : fields_) {
        if (std::string* slot = StringSlot(f.key, &meta, &text, &have_text, &html, &have_html)) {
          *slot = std::move(f.value);
        } else {
          std::string v;
          AppendJsonString(f.value, &v);  // = nlohmann's dump of the string
          meta.extra_json.emplace_back(std::move(f.key), std::move(v));
        }
      }
      Finish(line_offset, std::move(meta), std::move(text), have_text, std::move(html), have_html,
             item);
      return;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      // Parse again with exceptions for the position and reason of the error.
      std::string what = "invalid JSON";
      int64_t pos = 0;
      try {
        nlohmann::json unused = nlohmann::json::parse(line);
        (void)unused;
      } catch (const nlohmann::json::exception& e) {
        what = e.what();
        if (const auto* pe = dynamic_cast<const nlohmann::json::parse_error*>(&e)) {
          pos = static_cast<int64_t>(pe->byte) - 1;
        }
        size_t k = what.find("parse error");
        if (k != std::string::npos) what = what.substr(k);
        // nlohmann quotes everything it read since the last token: keep its last 40 bytes.
        const std::string kLastRead = "; last read: '";
        size_t lr = what.find(kLastRead);
        if (lr != std::string::npos) {
          size_t body = lr + kLastRead.size();
          size_t close = what.find("'; expected", body);
          if (close == std::string::npos) close = what.size() - 1;
          if (close > body + 40) {
            size_t from = close - 40;
            while (from < close && (static_cast<unsigned char>(what[from]) & 0xC0) == 0x80) ++from;
            what = what.substr(0, body) + "..." + what.substr(from);
          }
        }
      }
      item->error = Error(StatusCode::kInvalidInput, what, path_, record_,
                          line_offset + std::max<int64_t>(pos, 0));
      return;
    }
    if (!j.is_object()) {
      item->error = Error(StatusCode::kInvalidInput, "record is not a JSON object", path_,
                          record_, line_offset);
      return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string& k = it.key();
      const nlohmann::json& v = it.value();
      std::string* slot = v.is_string() ? StringSlot(k, &meta, &text, &have_text, &html, &have_html) : nullptr;
      if (slot) {
        *slot = v.get<std::string>();
      } else if (k == "id" && !v.is_null()) {
        meta.id = v.dump();  // a numeric id, as written
      } else {
        meta.extra_json.emplace_back(k, v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      }
    }
    Finish(line_offset, std::move(meta), std::move(text), have_text, std::move(html), have_html,
           item);
  }

  // The checks and the Document common to both ways of parsing a record.
  void Finish(int64_t line_offset, DocumentMeta meta, std::string text, bool have_text,
              std::string html, bool have_html, InputItem* item) {
    if (!have_text && !have_html) {
      item->error = Error(StatusCode::kInvalidInput, "record has no string field \"text\" or \"html\"",
                          path_, record_, line_offset);
      return;
    }
    if ((have_text ? text.size() : html.size()) > opts_.max_doc_bytes) {
      item->error = Error(StatusCode::kTooLarge, TooLargeMessage(opts_.max_doc_bytes), path_,
                          record_, line_offset);
      return;
    }
    if (meta.id.empty()) {
      meta.id = FileDocId(path_, opts_.doc_id) + ":" + std::to_string(record_);
    }
    if (have_text) {
      item->doc = Document(std::move(text), std::move(meta));
    } else {
      item->doc = HtmlToDocument(html, std::move(meta));
    }
  }

  std::string path_;
  std::unique_ptr<ByteStream> in_;
  InputOptions opts_;
  std::vector<JsonStringField> fields_;  // of the current record (reused)
  int64_t record_ = 0;
  int64_t offset_ = 0;
  bool status_reported_ = false;
};

// Reports one error and ends.
class FailedReader : public InputReader {
 public:
  explicit FailedReader(Status s) : status_(std::move(s)) {}
  bool Next(InputItem* item) override {
    if (done_) return false;
    done_ = true;
    *item = InputItem();
    item->error = status_;
    return true;
  }

 private:
  Status status_;
  bool done_ = false;
};

}  // namespace

std::string FileDocId(const std::string& path, const std::string& mode) {
  if (path == "-") return "stdin";
  if (mode == "path") return path;
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  // Compression first, then one format extension, as DetectInputFormat reads them.
  static const char* const kCompressed[] = {".gz", ".zst", ".zstd"};
  static const char* const kFormats[] = {".txt", ".text", ".md", ".jsonl", ".ndjson", ".json",
                                         ".html", ".htm", ".xhtml", ".warc", ".wet"};
  std::string lower = Lower(name);
  for (const char* ext : kCompressed) {
    if (EndsWith(lower, ext) && lower.size() > std::strlen(ext)) {
      name.resize(name.size() - std::strlen(ext));
      lower.resize(name.size());
      break;
    }
  }
  for (const char* ext : kFormats) {
    if (EndsWith(lower, ext) && lower.size() > std::strlen(ext)) {
      name.resize(name.size() - std::strlen(ext));
      break;
    }
  }
  return name.empty() ? path : name;
}

std::string DetectInputFormat(const std::string& path, std::string_view head) {
  std::string name = Lower(path);
  for (const char* z : {".gz", ".zst", ".zstd"}) {
    if (EndsWith(name, z)) {
      name.resize(name.size() - std::strlen(z));
      break;
    }
  }
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson")) return "jsonl";
  if (EndsWith(name, ".html") || EndsWith(name, ".htm") || EndsWith(name, ".xhtml")) return "html";
  if (EndsWith(name, ".warc") || EndsWith(name, ".wet")) return "warc";
  if (EndsWith(name, ".txt") || EndsWith(name, ".text")) return "text";
  if (head.rfind("WARC/1.", 0) == 0) return "warc";
  size_t i = 0;
  if (head.rfind("\xEF\xBB\xBF", 0) == 0) i = 3;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) ++i;
  if (i < head.size() && head[i] == '{') return "jsonl";
  std::string start = Lower(head.substr(i, 1024));
  if (start.rfind("<", 0) == 0 &&
      (start.find("<!doctype html") != std::string::npos || start.find("<html") != std::string::npos ||
       start.find("<head") != std::string::npos || start.find("<body") != std::string::npos)) {
    return "html";
  }
  return "text";
}

std::unique_ptr<InputReader> MakeFailedReader(Status error) {
  return std::make_unique<FailedReader>(std::move(error));
}

std::unique_ptr<InputReader> OpenInputStream(const std::string& path, std::unique_ptr<ByteStream> in,
                                             const InputOptions& opts) {
  std::string format = opts.format;
  if (format == "auto") format = DetectInputFormat(path, in->Peek());
  if (format == "jsonl") return std::make_unique<JsonlReader>(path, std::move(in), opts);
  if (format == "text") return std::make_unique<TextReader>(path, std::move(in), opts);
  if (format == "html") return MakeHtmlReader(path, std::move(in), opts);
  if (format == "warc") return MakeWarcReader(path, std::move(in), opts);
  return std::make_unique<FailedReader>(
      Error(StatusCode::kUnsupported, "unsupported input format '" + format + "'", path, 0, -1));
}

std::unique_ptr<InputReader> OpenInput(const std::string& path, const InputOptions& opts) {
  Result<std::unique_ptr<ByteStream>> in = OpenByteStream(path);
  if (!in.ok()) return std::make_unique<FailedReader>(in.status());
  return OpenInputStream(path, std::move(in).value(), opts);
}

}  // namespace claimkit
