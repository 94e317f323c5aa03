// Input readers: plain text (one file = one document) and JSON Lines.
#include "io/input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace claimkit {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Status Error(StatusCode code, std::string msg, const std::string& file, int64_t record,
             int64_t offset) {
  Status s = Status::Error(code, std::move(msg));
  s.At(file, record, offset);
  return s;
}

// Reads one whole stream as a single text document.
class TextReader : public InputReader {
 public:
  TextReader(std::string path, std::unique_ptr<std::istream> in, const InputOptions& opts)
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
        item->error = Error(StatusCode::kTooLarge,
                            "document larger than --max-doc-bytes=" +
                                std::to_string(opts_.max_doc_bytes),
                            path_, 0, static_cast<int64_t>(opts_.max_doc_bytes));
        return true;
      }
    }
    if (in_->bad()) {
      item->error = Error(StatusCode::kIoError, "read error", path_, 0, text.size());
      return true;
    }
    DocumentMeta meta;
    meta.id = path_ == "-" ? ContentId(text) : path_;
    meta.input_file = path_;
    item->doc = Document(std::move(text), std::move(meta));
    return true;
  }

 private:
  std::string path_;
  std::unique_ptr<std::istream> in_;
  InputOptions opts_;
  bool done_ = false;
};

// One JSON object per line: {"id", "text", "title", "url", "published", "source", "author", ...}.
class JsonlReader : public InputReader {
 public:
  JsonlReader(std::string path, std::unique_ptr<std::istream> in, const InputOptions& opts)
      : path_(std::move(path)), in_(std::move(in)), opts_(opts) {}

  bool Next(InputItem* item) override {
    std::string line;
    while (true) {
      int64_t line_offset = offset_;
      if (!std::getline(*in_, line)) return false;
      ++record_;
      offset_ += static_cast<int64_t>(line.size()) + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      *item = InputItem();
      Parse(line, line_offset, item);
      return true;
    }
  }

 private:
  void Parse(const std::string& line, int64_t line_offset, InputItem* item) {
    if (line.size() > opts_.max_doc_bytes + 4096) {
      item->error = Error(StatusCode::kTooLarge,
                          "record larger than --max-doc-bytes=" + std::to_string(opts_.max_doc_bytes),
                          path_, record_, line_offset);
      return;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      // Find the position of the error for the message.
      std::string what = "invalid JSON";
      int64_t pos = 0;
      try {
        nlohmann::json unused = nlohmann::json::parse(line);
        (void)unused;
      } catch (const nlohmann::json::parse_error& e) {
        pos = static_cast<int64_t>(e.byte) - 1;
        what = e.what();
        size_t k = what.find("parse error");
        if (k != std::string::npos) what = what.substr(k);
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
    DocumentMeta meta;
    meta.input_file = path_;
    meta.record = record_;
    std::string text;
    bool have_text = false;
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string& k = it.key();
      const nlohmann::json& v = it.value();
      auto str = [&]() { return v.is_string() ? v.get<std::string>() : v.dump(); };
      if (k == "text" && v.is_string()) {
        text = v.get<std::string>();
        have_text = true;
      } else if (k == "id" && !v.is_null()) {
        meta.id = str();
      } else if (k == "title" && v.is_string()) {
        meta.title = str();
      } else if (k == "url" && v.is_string()) {
        meta.url = str();
      } else if (k == "published" && v.is_string()) {
        meta.published = str();
      } else if (k == "source" && v.is_string()) {
        meta.source = str();
      } else if (k == "author" && v.is_string()) {
        meta.author = str();
      } else {
        meta.extra_json.emplace_back(k, v.dump());
      }
    }
    if (!have_text) {
      item->error = Error(StatusCode::kInvalidInput, "record has no string field \"text\"",
                          path_, record_, line_offset);
      return;
    }
    if (text.size() > opts_.max_doc_bytes) {
      item->error = Error(StatusCode::kTooLarge,
                          "document larger than --max-doc-bytes=" +
                              std::to_string(opts_.max_doc_bytes),
                          path_, record_, line_offset);
      return;
    }
    if (meta.id.empty()) meta.id = (path_ == "-" ? std::string("stdin") : path_) + ":" +
                                   std::to_string(record_);
    item->doc = Document(std::move(text), std::move(meta));
  }

  std::string path_;
  std::unique_ptr<std::istream> in_;
  InputOptions opts_;
  int64_t record_ = 0;
  int64_t offset_ = 0;
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

std::unique_ptr<InputReader> OpenInput(const std::string& path, const InputOptions& opts) {
  std::unique_ptr<std::istream> in;
  if (path == "-") {
    in.reset(new std::istream(std::cin.rdbuf()));
  } else {
    auto f = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*f) {
      return std::make_unique<FailedReader>(
          Error(StatusCode::kIoError, "cannot open: " + std::string(std::strerror(errno)), path, 0, -1));
    }
    in = std::move(f);
  }
  std::string format = opts.format;
  if (format == "auto") {
    format = (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) ? "jsonl" : "text";
  }
  if (format == "jsonl") return std::make_unique<JsonlReader>(path, std::move(in), opts);
  if (format == "text") return std::make_unique<TextReader>(path, std::move(in), opts);
  return std::make_unique<FailedReader>(
      Error(StatusCode::kUnsupported, "unsupported input format '" + format + "'", path, 0, -1));
}

}  // namespace claimkit
