// WARC reader (contract in warc_reader.h).
#include "io/warc_reader.h"

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "io/html_reader.h"

namespace claimkit {
namespace {

constexpr size_t kMaxHeader = 64 * 1024;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "Name: value" header lines (names lowercased) up to the blank line.
struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;
  std::string Get(std::string_view name) const {
    for (const auto& [k, v] : fields) {
      if (k == name) return v;
    }
    return "";
  }
};

bool ParseHeaderLines(std::string_view block, Headers* h) {
  size_t pos = 0;
  while (pos < block.size()) {
    size_t eol = block.find('\n', pos);
    std::string_view line = block.substr(pos, eol == std::string_view::npos ? block.npos : eol - pos);
    pos = eol == std::string_view::npos ? block.size() : eol + 1;
    line = Trim(line);
    if (line.empty()) continue;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      if (!h->fields.empty() && (line[0] == ' ' || line[0] == '\t')) continue;  // folded line
      continue;
    }
    h->fields.emplace_back(Lower(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
  }
  return true;
}

bool IsHtmlType(const std::string& ct) {
  std::string l = Lower(ct);
  return l.find("text/html") != std::string::npos || l.find("application/xhtml") != std::string::npos;
}

// Undoes chunked transfer coding; false if malformed.
bool Dechunk(std::string_view in, std::string* out) {
  size_t pos = 0;
  while (pos < in.size()) {
    size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) return false;
    std::string size_line(Trim(in.substr(pos, eol - pos)));
    size_t semi = size_line.find(';');
    if (semi != std::string::npos) size_line.resize(semi);
    char* end = nullptr;
    unsigned long long n = std::strtoull(size_line.c_str(), &end, 16);
    if (size_line.empty() || end == size_line.c_str()) return false;
    pos = eol + 1;
    if (n == 0) return true;
    if (n > in.size() - pos) return false;
    out->append(in.substr(pos, n));
    pos += n;
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
  return true;
}

class WarcReader : public InputReader {
 public:
  WarcReader(std::string path, std::unique_ptr<ByteStream> in, const InputOptions& opts)
      : path_(std::move(path)), in_(std::move(in)), opts_(opts) {}

  bool Next(InputItem* item) override {
    while (!done_) {
      *item = InputItem();
      if (ReadRecord(item)) return true;
    }
    return false;
  }

 private:
  Status Err(StatusCode code, const std::string& msg) {
    Status s = Status::Error(code, msg);
    s.At(path_, record_, record_offset_);
    return s;
  }

  // Reads one line (without the newline); false at EOF. Lines over kMaxHeader are cut
  // and flagged with *too_long.
  bool ReadLine(std::string* line, bool* too_long) {
    line->clear();
    *too_long = false;
    int c;
    bool any = false;
    while ((c = in_->get()) != EOF) {
      any = true;
      ++offset_;
      if (c == '\n') return true;
      if (line->size() < kMaxHeader) {
        line->push_back(static_cast<char>(c));
      } else {
        *too_long = true;
      }
    }
    return any;
  }

  // Skips to the next line starting with "WARC/1." and keeps it as pending.
  void Resync() {
    std::string line;
    bool too_long;
    int64_t start = offset_;
    while (true) {
      start = offset_;
      if (!ReadLine(&line, &too_long)) {
        done_ = true;
        return;
      }
      if (line.rfind("WARC/1.", 0) == 0) {
        pending_ = line;
        pending_offset_ = start;
        have_pending_ = true;
        return;
      }
    }
  }

  bool Skip(uint64_t n) {
    char buf[1 << 16];
    while (n > 0) {
      in_->read(buf, static_cast<std::streamsize>(std::min<uint64_t>(n, sizeof buf)));
      auto got = static_cast<uint64_t>(in_->gcount());
      offset_ += static_cast<int64_t>(got);
      n -= got;
      if (got == 0) return false;
    }
    return true;
  }

  bool ReadBytes(uint64_t n, std::string* out) {
    out->resize(n);
    in_->read(out->data(), static_cast<std::streamsize>(n));
    auto got = static_cast<uint64_t>(in_->gcount());
    offset_ += static_cast<int64_t>(got);
    out->resize(got);
    return got == n;
  }

  // Returns true when *item was filled (document or error).
  bool ReadRecord(InputItem* item) {
    std::string line;
    bool too_long = false;
    // Version line (skipping blank lines between records).
    while (true) {
      if (have_pending_) {
        line = pending_;
        record_offset_ = pending_offset_;
        have_pending_ = false;
        break;
      }
      record_offset_ = offset_;
      if (!ReadLine(&line, &too_long)) {
        done_ = true;
        if (!in_->status().ok()) {
          item->error = in_->status();
          item->error.file = path_;  // the name this input was opened under
          item->error.record = record_ + 1;
          return true;
        }
        return false;
      }
      if (!Trim(line).empty()) break;
    }
    ++record_;
    if (line.rfind("WARC/", 0) != 0) {
      item->error = Err(StatusCode::kInvalidInput, "not a WARC record: expected a WARC/1.x version line");
      Resync();
      return true;
    }
    // Header fields.
    std::string header;
    while (true) {
      if (!ReadLine(&line, &too_long)) {
        item->error = Err(StatusCode::kInvalidInput, "truncated WARC record header");
        done_ = true;
        return true;
      }
      if (Trim(line).empty()) break;
      header += line;
      header += '\n';
      if (too_long || header.size() > kMaxHeader) {
        item->error = Err(StatusCode::kInvalidInput, "WARC record header over 64 KiB");
        Resync();
        return true;
      }
    }
    Headers h;
    ParseHeaderLines(header, &h);
    std::string len_s = h.Get("content-length");
    char* end = nullptr;
    unsigned long long len = std::strtoull(len_s.c_str(), &end, 10);
    if (len_s.empty() || end == len_s.c_str() || *end != 0) {
      item->error = Err(StatusCode::kInvalidInput, "WARC record without a valid Content-Length");
      Resync();
      return true;
    }
    std::string type = Lower(h.Get("warc-type"));
    std::string ctype = h.Get("content-type");
    bool response = type == "response" && Lower(ctype).find("application/http") != std::string::npos;
    bool resource = type == "resource" && IsHtmlType(ctype);
    bool conversion = type == "conversion" && Lower(ctype).find("text/plain") != std::string::npos;
    if (!response && !resource && !conversion) {
      if (!Skip(len)) return Truncated(item);
      return false;
    }
    // Read the head of the block to decide (HTTP status and content type).
    std::string block;
    uint64_t head_n = std::min<uint64_t>(len, kMaxHeader);
    if (!ReadBytes(head_n, &block)) return Truncated(item);
    std::string body_type = ctype;
    size_t body_start = 0;
    Headers http;
    if (response) {
      size_t e = block.find("\r\n\r\n");
      size_t sep = 4;
      if (e == std::string::npos) {
        e = block.find("\n\n");
        sep = 2;
      }
      if (e == std::string::npos || block.rfind("HTTP/", 0) != 0) {
        if (!Skip(len - head_n)) return Truncated(item);
        return false;  // not an HTTP response we can read: not a document
      }
      size_t nl = block.find('\n');
      std::string_view status_line(block.data(), std::min(nl, e));
      size_t sp = status_line.find(' ');
      int code = sp == std::string_view::npos
                     ? 0
                     : std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
      if (nl < e) ParseHeaderLines(std::string_view(block).substr(nl + 1, e - nl - 1), &http);
      body_type = http.Get("content-type");
      body_start = e + sep;
      if (code < 200 || code >= 300 || !IsHtmlType(body_type)) {
        if (!Skip(len - head_n)) return Truncated(item);
        return false;
      }
    }
    if (len - body_start > opts_.max_doc_bytes) {
      item->error = Err(StatusCode::kTooLarge, "document larger than --max-doc-bytes=" +
                                                   std::to_string(opts_.max_doc_bytes));
      if (!Skip(len - head_n)) done_ = true;
      return true;
    }
    std::string rest;
    if (!ReadBytes(len - head_n, &rest)) return Truncated(item);
    block += rest;
    std::string body = block.substr(body_start);
    block.clear();
    if (Lower(http.Get("transfer-encoding")).find("chunked") != std::string::npos) {
      std::string plain;
      if (!Dechunk(body, &plain)) {
        item->error = Err(StatusCode::kInvalidInput, "malformed chunked HTTP body");
        return true;
      }
      body.swap(plain);
    }
    std::string enc = Lower(http.Get("content-encoding"));
    if (enc == "gzip" || enc == "x-gzip" || enc == "deflate" || enc == "zstd") {
      Result<std::string> plain = DecompressAll(body, opts_.max_doc_bytes);
      if (!plain.ok()) {
        item->error = Err(plain.status().code, "HTTP body: " + plain.status().message);
        return true;
      }
      body = std::move(plain).value();
    }
    DocumentMeta meta;
    meta.input_file = path_;
    meta.record = record_;
    meta.url = h.Get("warc-target-uri");
    if (!meta.url.empty() && meta.url.front() == '<' && meta.url.back() == '>') {
      meta.url = meta.url.substr(1, meta.url.size() - 2);
    }
    std::string rid = h.Get("warc-record-id");
    meta.id = !rid.empty() ? rid : FileDocId(path_, opts_.doc_id) + ":" + std::to_string(record_);
    // Header values are bytes, not necessarily UTF-8: invalid sequences become U+FFFD.
    auto json_string = [](const std::string& v) {
      return nlohmann::json(v).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    };
    std::string date = h.Get("warc-date");
    if (!date.empty()) meta.extra_json.emplace_back("warc_date", json_string(date));
    if (!rid.empty()) meta.extra_json.emplace_back("warc_record_id", json_string(rid));
    if (conversion) {
      item->doc = Document(std::move(body), std::move(meta));
    } else {
      item->doc = HtmlToDocument(body, std::move(meta));
    }
    return true;
  }

  bool Truncated(InputItem* item) {
    done_ = true;
    item->error = in_->status().ok() ? Err(StatusCode::kInvalidInput, "truncated WARC record")
                                     : Err(in_->status().code, in_->status().message);
    return true;
  }

  std::string path_;
  std::unique_ptr<ByteStream> in_;
  InputOptions opts_;
  bool done_ = false;
  int64_t record_ = 0;
  int64_t offset_ = 0, record_offset_ = 0;
  std::string pending_;
  int64_t pending_offset_ = 0;
  bool have_pending_ = false;
};

}  // namespace

std::unique_ptr<InputReader> MakeWarcReader(std::string path, std::unique_ptr<ByteStream> in,
                                            const InputOptions& opts) {
  return std::make_unique<WarcReader>(std::move(path), std::move(in), opts);
}

}  // namespace claimkit
