// The string-object fast path for JSON Lines records (contract in json_scan.h). What it
// accepts follows nlohmann's lexer: whitespace is ' ', '\t', '\n', '\r'; strings hold no
// byte below 0x20 and only well-formed UTF-8 (Unicode table 3-7); escapes are
// \" \\ \/ \b \f \n \r \t and \uXXXX, where a high surrogate must be followed by an
// escaped low one and a lone low surrogate is an error.
#include "io/json_scan.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace claimkit {
namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;

// True when one of the 8 bytes of `w` is '"', '\\', below 0x20 or above 0x7F: exact for
// "none of them", which is all the caller asks before skipping the 8 bytes.
inline bool Special(uint64_t w) {
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  return ((w & kHigh) | ((w - kOnes * 0x20) & ~w & kHigh) | has_zero(w ^ (kOnes * '"')) |
          has_zero(w ^ (kOnes * '\\'))) != 0;
}

// Length of the well-formed UTF-8 sequence at p (lead byte >= 0x80), or 0.
size_t Utf8Length(const unsigned char* p, const unsigned char* end) {
  const unsigned char b = p[0];
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (static_cast<size_t>(end - p) < len) return 0;
  if (p[1] < lo || p[1] > hi) return 0;
  for (size_t k = 2; k < len; ++k) {
    if (p[k] < 0x80 || p[k] > 0xBF) return 0;
  }
  return len;
}

int Hex(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The 4 hex digits at p (p + 4 <= end), or -1.
int32_t Hex4(const unsigned char* p) {
  int32_t v = 0;
  for (int k = 0; k < 4; ++k) {
    int h = Hex(p[k]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  char b[4];
  size_t n;
  if (cp < 0x80) {
    b[0] = static_cast<char>(cp);
    n = 1;
  } else if (cp < 0x800) {
    b[0] = static_cast<char>(0xC0 | (cp >> 6));
    b[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    b[0] = static_cast<char>(0xE0 | (cp >> 12));
    b[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    b[0] = static_cast<char>(0xF0 | (cp >> 18));
    b[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    b[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    b[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  out->append(b, n);
}

class Scanner {
 public:
  explicit Scanner(std::string_view s)
      : p_(reinterpret_cast<const unsigned char*>(s.data())), end_(p_ + s.size()) {}

  bool Object(std::vector<JsonStringField>* fields) {
    fields->clear();
    SkipSpace();
    if (!Eat('{')) return false;
    SkipSpace();
    if (!Eat('}')) {
      while (true) {
        fields->emplace_back();
        JsonStringField& f = fields->back();
        if (!Eat('"') || !String(&f.key)) return false;
        SkipSpace();
        if (!Eat(':')) return false;
        SkipSpace();
        if (!Eat('"') || !String(&f.value)) return false;
        SkipSpace();
        if (Eat('}')) break;
        if (!Eat(',')) return false;
        SkipSpace();
      }
    }
    SkipSpace();
    if (p_ != end_) return false;
    std::sort(fields->begin(), fields->end(),
              [](const JsonStringField& a, const JsonStringField& b) { return a.key < b.key; });
    for (size_t i = 1; i < fields->size(); ++i) {
      if ((*fields)[i].key == (*fields)[i - 1].key) return false;  // nlohmann keeps the last
    }
    return true;
  }

 private:
  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Eat(unsigned char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }

  // The rest of a string after its opening quote, decoded into *out.
  bool String(std::string* out) {
    out->clear();
    const unsigned char* run = p_;  // [run, p_) is plain, copied at once
    while (true) {
      while (end_ - p_ >= 8) {
        uint64_t w;
        std::memcpy(&w, p_, 8);
        if (Special(w)) break;
        p_ += 8;
      }
      if (p_ >= end_) return false;  // unterminated
      const unsigned char b = *p_;
      if (b == '"') {
        out->append(reinterpret_cast<const char*>(run), static_cast<size_t>(p_ - run));
        ++p_;
        return true;
      }
      if (b < 0x20) return false;
      if (b >= 0x80) {
        size_t len = Utf8Length(p_, end_);
        if (!len) return false;
        p_ += len;
        continue;
      }
      if (b != '\\') {
        ++p_;
        continue;
      }
      out->append(reinterpret_cast<const char*>(run), static_cast<size_t>(p_ - run));
      if (!Escape(out)) return false;
      run = p_;
    }
  }

  // An escape at p_ ('\\'), decoded and appended.
  bool Escape(std::string* out) {
    if (end_ - p_ < 2) return false;
    const unsigned char e = p_[1];
    p_ += 2;
    switch (e) {
      case '"': out->push_back('"'); return true;
      case '\\': out->push_back('\\'); return true;
      case '/': out->push_back('/'); return true;
      case 'b': out->push_back('\b'); return true;
      case 'f': out->push_back('\f'); return true;
      case 'n': out->push_back('\n'); return true;
      case 'r': out->push_back('\r'); return true;
      case 't': out->push_back('\t'); return true;
      case 'u': break;
      default: return false;
    }
    if (end_ - p_ < 4) return false;
    int32_t cp = Hex4(p_);
    if (cp < 0) return false;
    p_ += 4;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate first
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (end_ - p_ < 6 || p_[0] != '\\' || p_[1] != 'u') return false;
      int32_t lo = Hex4(p_ + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) return false;
      p_ += 6;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    }
    AppendUtf8(static_cast<uint32_t>(cp), out);
    return true;
  }

  const unsigned char* p_;
  const unsigned char* end_;
};

}  // namespace

bool ParseStringObject(std::string_view json, std::vector<JsonStringField>* fields) {
  return Scanner(json).Object(fields);
}

}  // namespace claimkit
