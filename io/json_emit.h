// A small streaming JSON emitter for the hot output path (one claim record per line).
//
// Building an nlohmann::ordered_json tree per claim and dumping it cost about as much as
// the numeric extractor; this appends straight to a std::string instead. Output is
// compact JSON laid out as nlohmann's dump() with error_handler_t::replace lays it out
// (same escapes, "38990.0" for integral doubles), so the two agree byte for byte on
// strings and integral numbers (tests/unit/json_emit_test.cc); other doubles get the
// shortest digits that read back exactly, where nlohmann's Grisu2 is sometimes longer.
//
//   std::string s;
//   JsonEmitter j(&s);
//   j.BeginObject();
//   j.Key("id");    j.String("a#q1");
//   j.Key("span");  j.BeginObject(); j.Key("start"); j.Uint(3); ...; j.EndObject();
//   j.EndObject();
#ifndef CLAIMKIT_IO_JSON_EMIT_H_
#define CLAIMKIT_IO_JSON_EMIT_H_

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace claimkit {

// Appends `s` as a quoted JSON string: '"', '\\' and control characters escaped,
// invalid UTF-8 replaced by U+FFFD (one per invalid byte sequence), nothing else escaped.
void AppendJsonString(std::string_view s, std::string* out);

// Appends a double in nlohmann::json's layout with the shortest digits that read back
// to the same value: "38990.0" for integral values, "1e+21" style beyond 1e15
// and below 1e-4 (exponent at least two digits), "null" for NaN and infinities.
void AppendJsonNumber(double v, std::string* out);

// The same written at p, which has room for kMaxJsonNumber bytes; returns the end.
constexpr size_t kMaxJsonNumber = 32;
char* WriteJsonNumber(double v, char* p);

// When `s` can be written as it is between quotes (no control character, '"', '\\' or
// non-ASCII byte in it), copies it to dst (room for s.size() bytes) and returns true; else
// returns false, dst partly written (such strings take AppendJsonString).
bool CopyIfPlainJson(std::string_view s, char* dst);

// Append the decimal digits of an integer ("-12", "3").
void AppendJsonUint(uint64_t v, std::string* out);
void AppendJsonInt(int64_t v, std::string* out);

// Writes through a 512-byte buffer of its own, so that a key or a short value is a few stores
// rather than a std::string append: *out has all that was written once the outermost object
// or array is closed (or a top-level scalar written), and when the emitter is destroyed.
// Between those points, do not write to *out by other means.
class JsonEmitter {
 public:
  explicit JsonEmitter(std::string* out) : out_(out) {}
  ~JsonEmitter() { Flush(); }
  JsonEmitter(const JsonEmitter&) = delete;
  JsonEmitter& operator=(const JsonEmitter&) = delete;

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // The key of the next value in the current object.
  void Key(std::string_view k) {
    Comma();
    WriteString(k);
    *Room(1) = ':';
    ++len_;
    after_key_ = true;
  }
  // A literal key ("id", "start"): printable ASCII without '"' or '\\', so it is
  // copied without the escaping scan.
  template <size_t N>
  void Key(const char (&k)[N]) {
    static_assert(N + 3 <= kBufSize);
    char* p = Room(N + 3);  // [,]"key":
    *p = ',';               // kept only when a comma is due: no branch
    p += need_comma_ ? 1 : 0;
    need_comma_ = false;
    p[0] = '"';
    std::memcpy(p + 1, k, N - 1);
    p[N] = '"';
    p[N + 1] = ':';
    len_ = static_cast<size_t>(p + N + 2 - buf_);
    after_key_ = true;
  }

  void String(std::string_view v) { Value(); WriteString(v); Done(); }
  void Number(double v) {
    Value();
    len_ = static_cast<size_t>(WriteJsonNumber(v, Room(kMaxJsonNumber)) - buf_);
    Done();
  }
  void Uint(uint64_t v) {
    Value();
    len_ = static_cast<size_t>(std::to_chars(Room(24), buf_ + kBufSize, v).ptr - buf_);
    Done();
  }
  void Int(int64_t v) {
    Value();
    len_ = static_cast<size_t>(std::to_chars(Room(24), buf_ + kBufSize, v).ptr - buf_);
    Done();
  }
  void Bool(bool v) { Value(); Put(v ? std::string_view("true") : std::string_view("false")); Done(); }
  void Null() { Value(); Put("null"); Done(); }
  // A value that is already JSON text (passed through unchanged).
  void Raw(std::string_view json) { Value(); Put(json); Done(); }

  // The value or null.
  void OptString(const std::optional<std::string>& v) { v ? String(*v) : Null(); }
  void OptNumber(const std::optional<double>& v) { v ? Number(*v) : Null(); }
  void OptBool(const std::optional<bool>& v) { v ? Bool(*v) : Null(); }

  // Key and value in one call: j.Field("id", c.id) is j.Key("id"); j.String(c.id).
  template <typename K>
  void Field(const K& k, std::string_view v) { Key(k); String(v); }
  template <typename K>
  void OptField(const K& k, const std::optional<std::string>& v) { Key(k); OptString(v); }
  template <typename K>
  void OptField(const K& k, const std::optional<double>& v) { Key(k); OptNumber(v); }
  template <typename K>
  void OptField(const K& k, const std::optional<bool>& v) { Key(k); OptBool(v); }

 private:
  static constexpr size_t kBufSize = 512;

  // Room for k <= kBufSize more bytes in the buffer (flushed first if needed).
  char* Room(size_t k) {
    if (kBufSize - len_ < k) Flush();
    return buf_ + len_;
  }
  void Flush() {
    if (len_) out_->append(buf_, len_);
    len_ = 0;
  }
  // A top-level value is complete: *out gets it.
  void Done() {
    if (depth_ == 0) Flush();
  }
  void Put(std::string_view s) {
    if (s.size() > kBufSize) {
      Flush();
      out_->append(s);
      return;
    }
    std::memcpy(Room(s.size()), s.data(), s.size());
    len_ += s.size();
  }
  // s as a JSON string: plain strings that fit are copied into the buffer; others (to be
  // escaped or checked as UTF-8, or long) go through AppendJsonString after a flush.
  void WriteString(std::string_view s) {
    if (s.size() + 2 <= kBufSize) {
      char* p = Room(s.size() + 2);
      if (CopyIfPlainJson(s, p + 1)) {
        *p = '"';
        p[s.size() + 1] = '"';
        len_ += s.size() + 2;
        return;
      }
    }
    Flush();
    AppendJsonString(s, out_);
  }
  void Comma() {
    if (need_comma_) {
      *Room(1) = ',';
      ++len_;
    }
    need_comma_ = false;
  }
  void Value() {
    if (!after_key_) Comma();
    after_key_ = false;
    need_comma_ = true;
  }
  void Open(char c) {
    if (!after_key_) Comma();
    after_key_ = false;
    *Room(1) = c;
    ++len_;
    need_comma_ = false;
    ++depth_;
  }
  void Close(char c) {
    *Room(1) = c;
    ++len_;
    need_comma_ = true;
    if (--depth_ <= 0) {
      depth_ = 0;
      Flush();
    }
  }

  std::string* out_;
  bool need_comma_ = false;  // a value was written at this level: the next one needs ','
  bool after_key_ = false;   // a key was written: the next value follows it directly
  int depth_ = 0;            // objects and arrays open
  size_t len_ = 0;           // bytes in buf_, not yet in *out_
  char buf_[kBufSize];
};

}  // namespace claimkit

#endif  // CLAIMKIT_IO_JSON_EMIT_H_
