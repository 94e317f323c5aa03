// JSON serialisation of segmentation output and claim records (docs/schema.md), through the
// streaming emitter in io/json_emit.h (key order as documented there).
#include "io/json_out.h"

#include "io/json_emit.h"

namespace claimkit {
namespace {

void SpanField(JsonEmitter* j, std::string_view key, Span s) {
  j->Key(key);
  j->BeginObject();
  j->Key("start");
  j->Uint(s.start);
  j->Key("end");
  j->Uint(s.end);
  j->EndObject();
}

void SpanField(JsonEmitter* j, std::string_view key, const std::optional<Span>& s) {
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
  j.Key("doc_id");
  j.String(a.doc->id());
  if (!a.doc->meta().title.empty()) {
    j.Key("title");
    j.String(a.doc->meta().title);
  }
  j.Key("published");
  a.structure.published.empty() ? j.Null() : j.String(a.structure.published);
  j.Key("paragraphs");
  j.BeginArray();
  for (const Paragraph& p : a.structure.paragraphs) {
    j.BeginObject();
    SpanField(&j, "span", p.span);
    j.Key("role");
    j.String(RoleName(p.role));
    if (!p.dateline_view.empty()) SpanField(&j, "dateline", a.norm.ToOriginal(p.dateline_view));
    j.EndObject();
  }
  j.EndArray();
  j.Key("sentences");
  j.BeginArray();
  for (const Sentence& s : a.sentences) {
    j.BeginObject();
    SpanField(&j, "span", s.span);
    j.Key("text");
    j.String(s.span.Of(text));
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
      j.Key("type");
      j.String(TokenTypeName(t.type));
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
      j.Key("message");
      j.String(nw.message);
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
  JsonEmitter j(&out);
  j.BeginObject();
  j.Key("schema");
  j.String("claimkit/claim@1");
  j.Key("id");
  j.String(c.id);
  j.Key("doc_id");
  j.String(c.doc_id);
  j.Key("kind");
  j.String(c.kind);
  SpanField(&j, "span", c.span);
  j.Key("text");
  j.String(c.span.Of(doc_text));
  j.Key("section");
  j.String(c.section);
  if (c.quote) {
    const QuoteInfo& q = *c.quote;
    j.Key("quote");
    j.BeginObject();
    j.Key("type");
    j.String(q.type);
    j.Key("content");
    j.String(q.content);
    SpanField(&j, "content_span", q.content_span);
    j.Key("duplicate_of");
    j.OptString(q.duplicate_of);
    j.EndObject();
    const SpeakerRef& s = q.speaker;
    j.Key("speaker");
    j.BeginObject();
    j.Key("name");
    j.OptString(s.name);
    j.Key("mention");
    j.OptString(s.mention);
    SpanField(&j, "mention_span", s.mention_span);
    j.Key("type");
    j.String(s.type);
    j.Key("role");
    j.OptString(s.role);
    j.Key("org");
    j.OptString(s.org);
    j.Key("resolution");
    j.String(s.resolution);
    j.Key("addressee");
    j.OptString(s.addressee);
    j.EndObject();
    j.Key("cue");
    j.BeginObject();
    j.Key("text");
    j.OptString(q.cue);
    SpanField(&j, "span", q.cue_span);
    j.EndObject();
  }
  if (c.numeric) {
    const NumericInfo& n = *c.numeric;
    const Quantity& q = n.quantity;
    j.Key("quantity");
    j.BeginObject();
    j.Key("text");
    j.String(q.text);
    SpanField(&j, "span", q.span);
    j.Key("value");
    j.OptNumber(q.value);
    j.Key("low");
    j.OptNumber(q.low);
    j.Key("high");
    j.OptNumber(q.high);
    j.Key("bound");
    j.String(q.bound);
    j.Key("unit");
    j.OptString(q.unit);
    j.Key("scale");
    j.OptString(q.scale_text);
    j.EndObject();
    j.Key("measure");
    j.OptString(n.measure);
    SpanField(&j, "measure_span", n.measure_span);
    j.Key("time");
    if (n.time) {
      j.BeginObject();
      j.Key("text");
      j.String(n.time->text);
      SpanField(&j, "span", n.time->span);
      j.Key("value");
      j.String(n.time->value);
      j.EndObject();
    } else {
      j.Null();
    }
    j.Key("source");
    if (n.source) {
      j.BeginObject();
      j.Key("name");
      j.String(n.source->name);
      j.Key("cue");
      j.OptString(n.source->cue);
      j.Key("quote_id");
      j.OptString(n.source->quote_id);
      j.EndObject();
    } else {
      j.Null();
    }
    j.Key("change");
    if (n.change) {
      const ChangeInfo& ch = *n.change;
      j.BeginObject();
      j.Key("from");
      j.OptNumber(ch.from);
      j.Key("to");
      j.OptNumber(ch.to);
      j.Key("direction");
      ch.direction.empty() ? j.Null() : j.String(ch.direction);
      j.Key("stated_percent");
      j.OptNumber(ch.stated_percent);
      j.Key("computed_percent");
      j.OptNumber(ch.computed_percent);
      j.Key("consistent");
      j.OptBool(ch.consistent);
      j.EndObject();
    } else {
      j.Null();
    }
    j.Key("change_role");
    j.OptString(n.change_role);
    j.Key("checks");
    j.BeginArray();
    for (const Check& k : n.checks) {
      j.BeginObject();
      j.Key("kind");
      j.String(k.kind);
      j.Key("consistent");
      j.Bool(k.consistent);
      j.Key("detail");
      j.String(k.detail);
      j.EndObject();
    }
    j.EndArray();
  }
  j.Key("confidence");
  j.Number(c.confidence);
  j.EndObject();
  return out;
}

}  // namespace claimkit
