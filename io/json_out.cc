// JSON serialisation of segmentation output and claim records (docs/schema.md), through the
// streaming emitter in io/json_emit.h (key order as documented there).
#include "io/json_out.h"

#include <charconv>
#include <cstring>

#include "io/json_emit.h"

namespace claimkit {
namespace {

template <size_t N>
void SpanField(JsonEmitter* j, const char (&key)[N], Span s) {
  // {"start":S,"end":E} built in one buffer and appended at once.
  char buf[48] = "{\"start\":";
  char* p = buf + 9;
  p = std::to_chars(p, buf + sizeof buf, s.start).ptr;
  std::memcpy(p, ",\"end\":", 7);
  p += 7;
  p = std::to_chars(p, buf + sizeof buf, s.end).ptr;
  *p++ = '}';
  j->Key(key);
  j->Raw(std::string_view(buf, static_cast<size_t>(p - buf)));
}

template <size_t N>
void SpanField(JsonEmitter* j, const char (&key)[N], const std::optional<Span>& s) {
  if (s) {
    SpanField(j, key, *s);
  } else {
    j->Key(key);
    j->Null();
  }
}

}  // namespace

std::string SegmentationToJson(const Analysis& a, bool with_tokens) {
  const std::string& text = a.text();
  std::string out;
  out.reserve(64 + a.sentences.size() * 160 + (with_tokens ? a.tokens.size() * 60 : 0));
  JsonEmitter j(&out);
  j.BeginObject();
  j.Field("doc_id", a.doc->id());
  if (!a.doc->meta().title.empty()) {
    j.Field("title", a.doc->meta().title);
  }
  j.Key("published");
  a.structure.published.empty() ? j.Null() : j.String(a.structure.published);
  j.Key("paragraphs");
  j.BeginArray();
  for (const Paragraph& p : a.structure.paragraphs) {
    j.BeginObject();
    SpanField(&j, "span", p.span);
    j.Field("role", RoleName(p.role));
    if (!p.dateline_view.empty()) SpanField(&j, "dateline", a.norm.ToOriginal(p.dateline_view));
    j.EndObject();
  }
  j.EndArray();
  j.Key("sentences");
  j.BeginArray();
  for (const Sentence& s : a.sentences) {
    j.BeginObject();
    SpanField(&j, "span", s.span);
    j.Field("text", s.span.Of(text));
    j.Key("paragraph");
    j.Uint(s.paragraph);
    j.EndObject();
  }
  j.EndArray();
  if (with_tokens) {
    j.Key("tokens");
    j.BeginArray();
    for (const Token& t : a.tokens) {
      j.BeginObject();
      SpanField(&j, "span", t.span);
      j.Field("type", TokenTypeName(t.type));
      j.EndObject();
    }
    j.EndArray();
  }
  if (!a.norm.warnings().empty()) {
    j.Key("warnings");
    j.BeginArray();
    for (const NormalizeWarning& nw : a.norm.warnings()) {
      j.BeginObject();
      j.Key("offset");
      j.Uint(nw.offset);
      j.Field("message", nw.message);
      j.EndObject();
    }
    j.EndArray();
  }
  j.EndObject();
  return out;
}

std::string ClaimToJson(const Claim& c, const std::string& doc_text) {
  std::string out;
  out.reserve(c.quote ? 900 : 1100);
  AppendClaimJson(c, doc_text, &out);
  return out;
}

void AppendClaimJson(const Claim& c, const std::string& doc_text, std::string* out) {
  JsonEmitter j(out);
  j.BeginObject();
  j.Field("schema", "claimkit/claim@1");
  j.Field("id", c.id);
  j.Field("doc_id", c.doc_id);
  j.Field("kind", c.kind);
  SpanField(&j, "span", c.span);
  j.Field("text", c.span.Of(doc_text));
  j.Field("section", c.section);
  if (c.quote) {
    const QuoteInfo& q = *c.quote;
    j.Key("quote");
    j.BeginObject();
    j.Field("type", q.type);
    j.Field("content", q.content);
    SpanField(&j, "content_span", q.content_span);
    j.OptField("duplicate_of", q.duplicate_of);
    SpanField(&j, "clause_span", q.clause_span);
    j.EndObject();
    const SpeakerRef& s = q.speaker;
    j.Key("speaker");
    j.BeginObject();
    j.OptField("name", s.name);
    j.OptField("mention", s.mention);
    SpanField(&j, "mention_span", s.mention_span);
    j.Field("type", s.type);
    j.OptField("role", s.role);
    j.OptField("org", s.org);
    j.Field("resolution", s.resolution);
    j.OptField("addressee", s.addressee);
    j.EndObject();
    j.Key("cue");
    j.BeginObject();
    j.OptField("text", q.cue);
    SpanField(&j, "span", q.cue_span);
    j.EndObject();
  }
  if (c.numeric) {
    const NumericInfo& n = *c.numeric;
    const Quantity& q = n.quantity;
    j.Key("quantity");
    j.BeginObject();
    j.Field("text", q.text);
    SpanField(&j, "span", q.span);
    j.OptField("value", q.value);
    j.OptField("low", q.low);
    j.OptField("high", q.high);
    j.Field("bound", q.bound);
    j.OptField("unit", q.unit);
    j.OptField("scale", q.scale_text);
    j.EndObject();
    j.OptField("measure", n.measure);
    SpanField(&j, "measure_span", n.measure_span);
    j.Key("time");
    if (n.time) {
      j.BeginObject();
      j.Field("text", n.time->text);
      SpanField(&j, "span", n.time->span);
      j.Field("value", n.time->value);
      j.EndObject();
    } else {
      j.Null();
    }
    j.Key("source");
    if (n.source) {
      j.BeginObject();
      j.Field("name", n.source->name);
      j.OptField("cue", n.source->cue);
      j.OptField("quote_id", n.source->quote_id);
      j.EndObject();
    } else {
      j.Null();
    }
    j.Key("change");
    if (n.change) {
      const ChangeInfo& ch = *n.change;
      j.BeginObject();
      j.OptField("from", ch.from);
      j.OptField("to", ch.to);
      j.Key("direction");
      ch.direction.empty() ? j.Null() : j.String(ch.direction);
      j.OptField("stated_percent", ch.stated_percent);
      j.OptField("computed_percent", ch.computed_percent);
      j.OptField("consistent", ch.consistent);
      j.EndObject();
    } else {
      j.Null();
    }
    j.OptField("change_role", n.change_role);
    j.Key("checks");
    j.BeginArray();
    for (const Check& k : n.checks) {
      j.BeginObject();
      j.Field("kind", k.kind);
      j.Key("consistent");
      j.Bool(k.consistent);
      j.Field("detail", k.detail);
      j.EndObject();
    }
    j.EndArray();
  }
  j.Key("confidence");
  j.Number(c.confidence);
  j.EndObject();
}

}  // namespace claimkit
