#include "claimkit/status.h"

#include "claimkit/document.h"

namespace claimkit {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kInvalidInput: return "invalid_input";
    case StatusCode::kTooLarge: return "too_large";
    case StatusCode::kIoError: return "io_error";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Status::ToString() const {
  std::string s;
  if (!file.empty()) s += file + ":";
  if (record > 0) s += "record " + std::to_string(record) + ":";
  if (offset >= 0) s += "byte " + std::to_string(offset) + ":";
  if (!s.empty()) s += " ";
  s += message.empty() ? StatusCodeName(code) : message;
  return s;
}

std::string ContentId(const std::string& text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  static const char kHex[] = "0123456789abcdef";
  std::string id = "sha-";
  for (int i = 15; i >= 0; --i) id += kHex[(h >> (i * 4)) & 15];
  return id;
}

}  // namespace claimkit
