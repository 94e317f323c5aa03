// File writers: JSON Lines (one claim per line), JSON (one document per line), CSV, TSV;
// the atomic file and the error log (contracts in writers.h, columns in docs/outputs.md).
#include "io/writers.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "io/json_emit.h"
#include "io/json_out.h"

namespace claimkit {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

Status IoError(const std::string& what, const std::string& path, int err) {
  Status s = Status::Error(StatusCode::kIoError, what + ": " + std::strerror(err));
  s.file = path;
  return s;
}

std::string Num(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}
template <typename T>
std::string Opt(const std::optional<T>& v) {
  if (!v) return "";
  if constexpr (std::is_same_v<T, std::string>) {
    return *v;
  } else if constexpr (std::is_same_v<T, bool>) {
    return *v ? "true" : "false";
  } else {
    return Num(*v);
  }
}

// The "doc_meta" object passed through on every claim: metadata the input gave.
Json DocMetaJson(const DocumentMeta& m, bool all) {
  Json j = Json::object();
  auto put = [&](const char* k, const std::string& v) {
    if (!v.empty()) j[k] = v;
  };
  put("title", m.title);
  put("url", m.url);
  put("published", m.published);
  put("source", m.source);
  put("author", m.author);
  for (const auto& [k, v] : m.extra_json) {
    if (!all && k == "html_blocks") continue;  // structure, not metadata: json format only
    Json x = Json::parse(v, nullptr, false);
    j[k] = x.is_discarded() ? Json(v) : x;
  }
  return j;
}

std::string ExtraJson(const DocumentMeta& m) {
  Json j = Json::object();
  for (const auto& [k, v] : m.extra_json) {
    if (k == "html_blocks") continue;
    Json x = Json::parse(v, nullptr, false);
    j[k] = x.is_discarded() ? Json(v) : x;
  }
  return j.empty() ? "" : Dump(j);
}

std::string FilterKeys(const std::string& json, const std::vector<std::string>& fields) {
  Json j = Json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return json;
  Json out = Json::object();
  for (const std::string& f : fields) {
    if (j.contains(f)) out[f] = j[f];
  }
  return Dump(out);
}

// ---- CSV/TSV columns --------------------------------------------------------------

using Getter = std::function<std::string(const DocResult&, const Claim&)>;

const std::vector<std::pair<std::string, Getter>>& Columns() {
  static const auto* cols = new std::vector<std::pair<std::string, Getter>>{
      {"doc_id", [](const DocResult&, const Claim& c) { return c.doc_id; }},
      {"id", [](const DocResult&, const Claim& c) { return c.id; }},
      {"kind", [](const DocResult&, const Claim& c) { return c.kind; }},
      {"section", [](const DocResult&, const Claim& c) { return c.section; }},
      {"span_start", [](const DocResult&, const Claim& c) { return std::to_string(c.span.start); }},
      {"span_end", [](const DocResult&, const Claim& c) { return std::to_string(c.span.end); }},
      {"text", [](const DocResult& r, const Claim& c) { return std::string(c.span.Of(r.doc.text())); }},
      {"confidence", [](const DocResult&, const Claim& c) { return Num(c.confidence); }},
      {"quote_type", [](const DocResult&, const Claim& c) { return c.quote ? c.quote->type : ""; }},
      {"quote_content", [](const DocResult&, const Claim& c) { return c.quote ? c.quote->content : ""; }},
      {"quote_start", [](const DocResult&, const Claim& c) {
         return c.quote ? std::to_string(c.quote->content_span.start) : ""; }},
      {"quote_end", [](const DocResult&, const Claim& c) {
         return c.quote ? std::to_string(c.quote->content_span.end) : ""; }},
      {"speaker_name", [](const DocResult&, const Claim& c) { return c.quote ? Opt(c.quote->speaker.name) : ""; }},
      {"speaker_mention", [](const DocResult&, const Claim& c) { return c.quote ? Opt(c.quote->speaker.mention) : ""; }},
      {"speaker_type", [](const DocResult&, const Claim& c) { return c.quote ? c.quote->speaker.type : ""; }},
      {"speaker_role", [](const DocResult&, const Claim& c) { return c.quote ? Opt(c.quote->speaker.role) : ""; }},
      {"speaker_org", [](const DocResult&, const Claim& c) { return c.quote ? Opt(c.quote->speaker.org) : ""; }},
      {"speaker_resolution", [](const DocResult&, const Claim& c) { return c.quote ? c.quote->speaker.resolution : ""; }},
      {"cue", [](const DocResult&, const Claim& c) { return c.quote ? Opt(c.quote->cue) : ""; }},
      {"quantity_text", [](const DocResult&, const Claim& c) { return c.numeric ? c.numeric->quantity.text : ""; }},
      {"quantity_start", [](const DocResult&, const Claim& c) {
         return c.numeric ? std::to_string(c.numeric->quantity.span.start) : ""; }},
      {"quantity_end", [](const DocResult&, const Claim& c) {
         return c.numeric ? std::to_string(c.numeric->quantity.span.end) : ""; }},
      {"value", [](const DocResult&, const Claim& c) { return c.numeric ? Opt(c.numeric->quantity.value) : ""; }},
      {"low", [](const DocResult&, const Claim& c) { return c.numeric ? Opt(c.numeric->quantity.low) : ""; }},
      {"high", [](const DocResult&, const Claim& c) { return c.numeric ? Opt(c.numeric->quantity.high) : ""; }},
      {"bound", [](const DocResult&, const Claim& c) { return c.numeric ? c.numeric->quantity.bound : ""; }},
      {"unit", [](const DocResult&, const Claim& c) { return c.numeric ? Opt(c.numeric->quantity.unit) : ""; }},
      {"measure", [](const DocResult&, const Claim& c) { return c.numeric ? Opt(c.numeric->measure) : ""; }},
      {"time_text", [](const DocResult&, const Claim& c) {
         return c.numeric && c.numeric->time ? c.numeric->time->text : ""; }},
      {"time_value", [](const DocResult&, const Claim& c) {
         return c.numeric && c.numeric->time ? c.numeric->time->value : ""; }},
      {"source_name", [](const DocResult&, const Claim& c) {
         return c.numeric && c.numeric->source ? c.numeric->source->name : ""; }},
      {"source_cue", [](const DocResult&, const Claim& c) {
         return c.numeric && c.numeric->source ? Opt(c.numeric->source->cue) : ""; }},
      {"change_from", [](const DocResult&, const Claim& c) {
         return c.numeric && c.numeric->change ? Opt(c.numeric->change->from) : ""; }},
      {"change_to", [](const DocResult&, const Claim& c) {
         return c.numeric && c.numeric->change ? Opt(c.numeric->change->to) : ""; }},
      {"stated_percent", [](const DocResult&, const Claim& c) {
         return c.numeric && c.numeric->change ? Opt(c.numeric->change->stated_percent) : ""; }},
      {"computed_percent", [](const DocResult&, const Claim& c) {
         return c.numeric && c.numeric->change ? Opt(c.numeric->change->computed_percent) : ""; }},
      {"consistent", [](const DocResult&, const Claim& c) {
         return c.numeric && c.numeric->change ? Opt(c.numeric->change->consistent) : ""; }},
      {"title", [](const DocResult& r, const Claim&) { return r.doc.meta().title; }},
      {"url", [](const DocResult& r, const Claim&) { return r.doc.meta().url; }},
      {"published", [](const DocResult& r, const Claim&) { return r.doc.meta().published; }},
      {"source", [](const DocResult& r, const Claim&) { return r.doc.meta().source; }},
      {"author", [](const DocResult& r, const Claim&) { return r.doc.meta().author; }},
      {"input_file", [](const DocResult& r, const Claim&) { return r.doc.meta().input_file; }},
      {"record", [](const DocResult& r, const Claim&) { return std::to_string(r.doc.meta().record); }},
      {"doc_extra", [](const DocResult& r, const Claim&) { return ExtraJson(r.doc.meta()); }},
  };
  return *cols;
}

// RFC 4180: quote fields holding the separator, quotes or line breaks.
void CsvField(std::string_view v, std::string* out) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(v);
    return;
  }
  *out += '"';
  for (char c : v) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

// TSV (linear TSV): backslash escapes for tab, newline, carriage return and backslash.
void TsvField(std::string_view v, std::string* out) {
  for (char c : v) {
    switch (c) {
      case '\t': *out += "\\t"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\\': *out += "\\\\"; break;
      default: *out += c;
    }
  }
}

class FileWriter : public Writer {
 public:
  explicit FileWriter(const WriterOptions& o) : opts_(o) {}
  Status Open() override {
    Status s = file_.Open(opts_.path);
    if (!s.ok()) return s;
    return Header();
  }
  Status Write(const DocResult& r) override { return file_.Write(r.rendered); }
  Status Commit() override { return file_.Commit(); }
  void Abandon() override { file_.Abandon(); }

 protected:
  virtual Status Header() { return Status::Ok(); }
  WriterOptions opts_;
  AtomicFile file_;
};

class JsonlWriter : public FileWriter {
 public:
  using FileWriter::FileWriter;
  void Render(DocResult* r) const override {
    if (r->claims.empty()) return;
    const std::string meta_s = DocMetaSuffix(r->doc.meta());
    const std::string& text = r->doc.text();
    std::string& out = r->rendered;
    out.reserve(out.size() + r->claims.size() * (1024 + meta_s.size()));
    for (const Claim& c : r->claims) {
      if (!opts_.fields.empty()) {
        std::string j = ClaimToJson(c, text);
        AppendMeta(meta_s, &j);
        out += FilterKeys(j, opts_.fields);
      } else {
        const size_t at = out.size();
        AppendClaimJson(c, text, &out);
        if (out.size() > at) AppendMeta(meta_s, &out);
      }
      out += '\n';
    }
  }

 private:
  // ",\"doc_meta\":{...}" for the metadata the input gave, or "" when it gave none.
  static std::string DocMetaSuffix(const DocumentMeta& m) {
    if (!m.extra_json.empty()) {  // values to pass through as JSON: nlohmann re-reads them
      Json meta = DocMetaJson(m, false);
      return meta.empty() ? "" : ",\"doc_meta\":" + Dump(meta);
    }
    // The same bytes as DocMetaJson + Dump for the five string fields, without a tree.
    std::string out;
    JsonEmitter j(&out);
    bool any = false;
    auto put = [&](const auto& k, const std::string& v) {
      if (v.empty()) return;
      if (!any) {
        out += ",\"doc_meta\":";
        j.BeginObject();
        any = true;
      }
      j.Field(k, v);
    };
    put("title", m.title);
    put("url", m.url);
    put("published", m.published);
    put("source", m.source);
    put("author", m.author);
    if (any) j.EndObject();
    return out;
  }

  // Splices `meta_s` into the claim object that ends *out: "...}" -> "...<meta_s>}".
  static void AppendMeta(const std::string& meta_s, std::string* out) {
    if (meta_s.empty() || out->empty() || out->back() != '}') return;
    out->pop_back();
    *out += meta_s;
    *out += '}';
  }
};

class JsonDocWriter : public FileWriter {
 public:
  using FileWriter::FileWriter;
  void Render(DocResult* r) const override {
    const DocumentMeta& m = r->doc.meta();
    Json j;
    j["schema"] = "claimkit/document@1";
    j["doc_id"] = r->doc.id();
    j["input_file"] = m.input_file;
    j["record"] = m.record;
    j["meta"] = DocMetaJson(m, false);
    if (opts_.doc_text) j["text"] = r->doc.text();
    Json paras = Json::array();
    for (const Paragraph& p : r->paragraphs) {
      paras.push_back(Json{{"span", {{"start", p.span.start}, {"end", p.span.end}}},
                           {"role", RoleName(p.role)}});
    }
    Json st;
    st["published"] = r->published.empty() ? Json(nullptr) : Json(r->published);
    st["sentences"] = r->sentences;
    st["paragraphs"] = std::move(paras);
    for (const auto& [k, v] : m.extra_json) {
      if (k == "html_blocks") st["html_blocks"] = Json::parse(v, nullptr, false);
    }
    j["structure"] = std::move(st);
    Json sp = Json::array();
    for (const DocSpeaker& s : SpeakersOf(r->claims)) {
      sp.push_back(Json{{"name", s.name}, {"type", s.type}, {"roles", s.roles}, {"orgs", s.orgs},
                        {"mentions", s.mentions}, {"quotes", s.quotes}});
    }
    j["speakers"] = std::move(sp);
    j["claims"] = Json::array();
    // The claims array is spliced in as text: ClaimToJson's output, not parsed again.
    r->rendered = Dump(j);
    const std::string kEmpty = "\"claims\":[]}";
    if (r->rendered.size() >= kEmpty.size() &&
        r->rendered.compare(r->rendered.size() - kEmpty.size(), kEmpty.size(), kEmpty) == 0) {
      r->rendered.resize(r->rendered.size() - 2);  // drop "]}"
      for (size_t i = 0; i < r->claims.size(); ++i) {
        if (i) r->rendered += ',';
        if (opts_.fields.empty()) {
          AppendClaimJson(r->claims[i], r->doc.text(), &r->rendered);
        } else {
          r->rendered += FilterKeys(ClaimToJson(r->claims[i], r->doc.text()), opts_.fields);
        }
      }
      r->rendered += "]}";
    }
    r->rendered += '\n';
  }
};

// One readable line per claim, for reading at a terminal (not a stable format: use jsonl,
// csv or sqlite for anything a program reads).
//   wire#n2  numeric  48.2 million tonnes = 4.82e+07 tonnes (exact)  measure: Cargo  time: 2022  [187:206]
//   wire#q3  quote    direct  Ilse Markham (chief executive; explicit) said: "We have never ..."  [323:381]
class TextWriter : public FileWriter {
 public:
  using FileWriter::FileWriter;
  void Render(DocResult* r) const override {
    const std::string& text = r->doc.text();
    auto clip = [](std::string_view s, size_t max) {
      std::string out;
      for (char c : s) out += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
      if (out.size() > max) {
        size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out = out.substr(0, cut) + "...";
      }
      return out;
    };
    auto span = [](Span s) { return "[" + std::to_string(s.start) + ":" + std::to_string(s.end) + "]"; };
    for (const Claim& c : r->claims) {
      std::string line = c.id + "  " + c.kind + "  ";
      if (c.section != "body") line += "(" + c.section + ") ";
      if (c.numeric) {
        const NumericInfo& n = *c.numeric;
        const Quantity& q = n.quantity;
        line += "\"" + clip(q.span.Of(text), 60) + "\" = ";
        if (q.value) {
          line += Num(*q.value);
        } else if (q.low || q.high) {
          line += (q.low ? Num(*q.low) : "?") + ".." + (q.high ? Num(*q.high) : "?");
        }
        if (q.unit) line += " " + *q.unit;
        line += " (" + q.bound + ")";
        if (n.measure) line += "  measure: " + clip(*n.measure, 60);
        if (n.time) line += "  time: " + n.time->value;
        if (n.source) line += "  source: " + n.source->name;
        if (n.change) {
          const ChangeInfo& ch = *n.change;
          line += "  change:";
          if (ch.from) line += " from " + Num(*ch.from);
          if (ch.to) line += " to " + Num(*ch.to);
          if (ch.stated_percent) line += " stated " + Num(*ch.stated_percent) + "%";
          if (ch.computed_percent) line += " computed " + Num(*ch.computed_percent) + "%";
          if (ch.consistent) line += *ch.consistent ? " CONSISTENT" : " INCONSISTENT";
        }
        for (const Check& k : n.checks) {
          line += "  " + k.kind + ": " + (k.consistent ? "ok" : "FAILS") + " (" + k.detail + ")";
        }
        line += "  " + span(q.span);
      } else if (c.quote) {
        const QuoteInfo& q = *c.quote;
        const SpeakerRef& s = q.speaker;
        line += q.type + "  ";
        line += s.name ? *s.name : s.mention ? "\"" + *s.mention + "\"" : std::string("(no speaker)");
        std::string about;
        if (s.role) about += *s.role;
        if (s.org) about += (about.empty() ? "" : ", ") + *s.org;
        about += (about.empty() ? "" : "; ") + s.resolution;
        line += " (" + about + ")";
        if (q.cue) line += " " + *q.cue;
        line += ": \"" + clip(q.content, 160) + "\"  " + span(q.content_span);
      }
      r->rendered += line;
      r->rendered += '\n';
    }
  }
};

class CsvWriter : public FileWriter {
 public:
  CsvWriter(const WriterOptions& o, bool tsv) : FileWriter(o), tsv_(tsv) {
    const auto& all = Columns();
    if (o.fields.empty()) {
      for (size_t i = 0; i < all.size(); ++i) cols_.push_back(i);
    } else {
      for (const std::string& f : o.fields) {
        for (size_t i = 0; i < all.size(); ++i) {
          if (all[i].first == f) cols_.push_back(i);
        }
      }
    }
  }
  void Render(DocResult* r) const override {
    for (const Claim& c : r->claims) {
      for (size_t k = 0; k < cols_.size(); ++k) {
        if (k) r->rendered += tsv_ ? '\t' : ',';
        Field(Columns()[cols_[k]].second(*r, c), &r->rendered);
      }
      r->rendered += tsv_ ? "\n" : "\r\n";
    }
  }

 protected:
  Status Header() override {
    std::string h;
    for (size_t k = 0; k < cols_.size(); ++k) {
      if (k) h += tsv_ ? '\t' : ',';
      Field(Columns()[cols_[k]].first, &h);
    }
    h += tsv_ ? "\n" : "\r\n";
    return file_.Write(h);
  }

 private:
  void Field(std::string_view v, std::string* out) const {
    if (tsv_) {
      TsvField(v, out);
    } else {
      CsvField(v, out);
    }
  }
  bool tsv_;
  std::vector<size_t> cols_;
};

}  // namespace

const std::vector<std::string>& CsvColumns() {
  static const auto* names = [] {
    auto* v = new std::vector<std::string>();
    for (const auto& c : Columns()) v->push_back(c.first);
    return v;
  }();
  return *names;
}

std::vector<DocSpeaker> SpeakersOf(const std::vector<Claim>& claims) {
  std::vector<DocSpeaker> out;
  auto add = [](std::vector<std::string>* v, const std::optional<std::string>& s) {
    if (s && !s->empty() && std::find(v->begin(), v->end(), *s) == v->end()) v->push_back(*s);
  };
  for (const Claim& c : claims) {
    if (!c.quote || !c.quote->speaker.name || c.quote->speaker.name->empty()) continue;
    const SpeakerRef& s = c.quote->speaker;
    auto it = std::find_if(out.begin(), out.end(), [&](const DocSpeaker& d) { return d.name == *s.name; });
    if (it == out.end()) {
      out.push_back({*s.name, s.type});
      it = out.end() - 1;
    }
    if (it->type == "unknown") it->type = s.type;
    add(&it->roles, s.role);
    add(&it->orgs, s.org);
    add(&it->mentions, s.mention);
    ++it->quotes;
  }
  return out;
}

Result<std::unique_ptr<Writer>> Writer::Create(const WriterOptions& opts) {
  const std::string& f = opts.format;
  if (f == "csv" || f == "tsv") {
    for (const std::string& field : opts.fields) {
      if (std::find(CsvColumns().begin(), CsvColumns().end(), field) == CsvColumns().end()) {
        return Status::Error(StatusCode::kInvalidArgument,
                             "unknown field '" + field + "' (see docs/outputs.md for the columns)");
      }
    }
    return std::unique_ptr<Writer>(new CsvWriter(opts, f == "tsv"));
  }
  if (f == "jsonl") return std::unique_ptr<Writer>(new JsonlWriter(opts));
  if (f == "text") return std::unique_ptr<Writer>(new TextWriter(opts));
  if (f == "json") return std::unique_ptr<Writer>(new JsonDocWriter(opts));
  if (f == "sqlite") {
    if (opts.path.empty() || opts.path == "-") {
      return Status::Error(StatusCode::kInvalidArgument, "--format sqlite needs -o FILE");
    }
    return MakeSqliteWriter(opts);
  }
  return Status::Error(StatusCode::kInvalidArgument,
                       "unknown output format '" + f + "' (jsonl, json, csv, tsv, sqlite, text)");
}

// ---- AtomicFile -------------------------------------------------------------------

AtomicFile::~AtomicFile() { Abandon(); }

Status AtomicFile::Open(const std::string& path) {
  path_ = path;
  if (path == "-") {
    stdout_ = true;
    f_ = stdout;
    return Status::Ok();
  }
  temp_ = path + ".tmp-" + std::to_string(::getpid());
  f_ = std::fopen(temp_.c_str(), "wb");
  if (!f_) {
    Status s = IoError("cannot create " + temp_, path, errno);
    temp_.clear();
    return s;
  }
  std::setvbuf(f_, nullptr, _IOFBF, 1 << 20);
  return Status::Ok();
}

Status AtomicFile::Write(std::string_view bytes) {
  if (!error_.ok()) return error_;
  if (!f_) return Status::Error(StatusCode::kInternal, "write to a closed output");
  if (bytes.empty()) return Status::Ok();
  if (std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size()) {
    error_ = IoError("write error", path_, errno);
  }
  return error_;
}

Status AtomicFile::Commit() {
  if (!f_) return error_;
  if (stdout_) {
    if (std::fflush(f_) != 0 && error_.ok()) error_ = IoError("write error", path_, errno);
    f_ = nullptr;
    return error_;
  }
  if (error_.ok() && std::fflush(f_) != 0) error_ = IoError("write error", path_, errno);
  if (error_.ok() && ::fsync(fileno(f_)) != 0 && errno != EINVAL) {
    error_ = IoError("fsync", path_, errno);
  }
  if (std::fclose(f_) != 0 && error_.ok()) error_ = IoError("write error", path_, errno);
  f_ = nullptr;
  if (error_.ok() && std::rename(temp_.c_str(), path_.c_str()) != 0) {
    error_ = IoError("cannot rename " + temp_ + " to " + path_, path_, errno);
  }
  if (!error_.ok()) std::remove(temp_.c_str());
  temp_.clear();
  return error_;
}

void AtomicFile::Abandon() {
  if (!f_) return;
  if (stdout_) {
    std::fflush(f_);
    f_ = nullptr;
    return;
  }
  std::fclose(f_);
  f_ = nullptr;
  if (!temp_.empty()) std::remove(temp_.c_str());
  temp_.clear();
}

std::string ErrorToJson(const Status& e) {
  Json j;
  j["file"] = e.file;
  j["record"] = e.record;
  j["offset"] = e.offset;
  j["code"] = StatusCodeName(e.code);
  j["reason"] = e.message;
  return Dump(j);
}

Status ErrorLog::Write(const Status& e) { return file_.Write(ErrorToJson(e) + "\n"); }

}  // namespace claimkit
