// Status and Result<T>: errors with a location, no exceptions across the API.
//
//   Result<Document> doc = ReadText(path);
//   if (!doc.ok()) std::cerr << doc.status().ToString() << "\n";
//
// A Status names what went wrong and where: the input file, the record within
// it (1-based line for JSON Lines, record number for WARC; 0 when the file is one
// record) and the byte offset into that file or record (-1 when unknown).
#ifndef CLAIMKIT_STATUS_H_
#define CLAIMKIT_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace claimkit {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // usage errors, bad options
  kInvalidInput,      // malformed document: bad JSON, invalid UTF-8 under --strict, ...
  kTooLarge,          // over --max-doc-bytes
  kIoError,           // cannot open/read/write
  kUnsupported,       // a format we do not read
  kInternal,
};

const char* StatusCodeName(StatusCode code);

struct Status {
  StatusCode code = StatusCode::kOk;
  std::string message;
  std::string file;     // input file ("-" for stdin), empty when not known
  int64_t record = 0;   // 1-based record number within file; 0 = whole file
  int64_t offset = -1;  // byte offset; -1 = unknown

  static Status Ok() { return {}; }
  static Status Error(StatusCode c, std::string msg) {
    Status s;
    s.code = c;
    s.message = std::move(msg);
    return s;
  }
  bool ok() const { return code == StatusCode::kOk; }
  Status& At(std::string f, int64_t rec, int64_t off) {
    file = std::move(f);
    record = rec;
    offset = off;
    return *this;
  }
  // "FILE:record N:byte M: message" (parts that are unknown are left out).
  std::string ToString() const;
};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}    // NOLINT
  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace claimkit

#endif  // CLAIMKIT_STATUS_H_
