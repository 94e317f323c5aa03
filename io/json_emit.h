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

// Append the decimal digits of an integer ("-12", "3").
void AppendJsonUint(uint64_t v, std::string* out);
void AppendJsonInt(int64_t v, std::string* out);

class JsonEmitter {
 public:
  explicit JsonEmitter(std::string* out) : out_(out) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // The key of the next value in the current object.
  void Key(std::string_view k) {
    Comma();
    AppendJsonString(k, out_);
    out_->push_back(':');
    after_key_ = true;
  }
  // A literal key ("id", "start"): printable ASCII without '"' or '\\', so it is
  // copied without the escaping scan.
  template <size_t N>
  void Key(const char (&k)[N]) {
    char buf[N + 3];  // [,]"key":, appended at once
    size_t p = 0;
    if (need_comma_) buf[p++] = ',';
    need_comma_ = false;
    buf[p++] = '"';
    std::memcpy(buf + p, k, N - 1);
    p += N - 1;
    buf[p++] = '"';
    buf[p++] = ':';
    out_->append(buf, p);
    after_key_ = true;
  }

  void String(std::string_view v) { Value(); AppendJsonString(v, out_); }
  void Number(double v) { Value(); AppendJsonNumber(v, out_); }
  void Uint(uint64_t v) { Value(); AppendJsonUint(v, out_); }
  void Int(int64_t v) { Value(); AppendJsonInt(v, out_); }
  void Bool(bool v) { Value(); *out_ += v ? "true" : "false"; }
  void Null() { Value(); *out_ += "null"; }
  // A value that is already JSON text (passed through unchanged).
  void Raw(std::string_view json) { Value(); out_->append(json); }

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
  void Comma() {
    if (need_comma_) out_->push_back(',');
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
    out_->push_back(c);
    need_comma_ = false;
  }
  void Close(char c) {
    out_->push_back(c);
    need_comma_ = true;
  }

  std::string* out_;
  bool need_comma_ = false;  // a value was written at this level: the next one needs ','
  bool after_key_ = false;   // a key was written: the next value follows it directly
};

}  // namespace claimkit

#endif  // CLAIMKIT_IO_JSON_EMIT_H_
