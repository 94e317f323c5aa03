// claimkit_bench: single-thread throughput of each pipeline stage.
//
//   claimkit_bench [--reps N] [--stages LIST] [--limit N] [--json] FILE.jsonl
//
// Reads a JSON Lines file of articles ({"id", "text", ...}) into memory, then runs
// each stage over all documents N times on one thread and prints, per stage, the
// median and best wall time, MB/s (10^6 bytes of original text per second, from
// the median) and docs/s, and at the end the peak RSS of the process (getrusage).
// Stages (all by default, in this order):
//   icu_words  ICU's word BreakIterator alone over each text (a reference point)
//   normalize  Normalize() only
//   sentences  Normalize + DetectStructure + Segmenter::Sentences
//   analyze    the full Analyzer (the above + tokens for every sentence)
//   extract    Analyzer as `extract` runs it (no word tokens: PipelineOptions::ForClaims)
//              + Extractors::Run + the JSON line of every claim (AppendClaimJson)
//   extract:NAME  the same with only extractor NAME (quote, numeric): not by default
// Example:
//   build-bench/bench/claimkit_bench --reps 5 ../shared/data/news/polnear-train.jsonl
#include <sys/resource.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "claimkit/normalize.h"
#include "claimkit/pipeline.h"
#include "claimkit/segment.h"
#include "claimkit/structure.h"
#include "extractors/registry.h"
#include "io/input.h"
#include "io/json_out.h"

namespace {

using claimkit::Document;

volatile uint64_t g_sink = 0;

const char kUsage[] =
    "usage: claimkit_bench [--reps N] [--stages LIST] [--limit N] [--json] FILE.jsonl\n"
    "  --reps N       repetitions per stage (default 5); median and best are reported\n"
    "  --stages LIST  comma-separated, of icu_words,normalize,sentences,analyze,extract (default:\n"
    "                 all of these) and extract:NAME for one extractor (extract:quote)\n"
    "  --limit N      use only the first N documents\n"
    "  --json         one JSON object on stdout instead of the table\n";

struct StageResult {
  std::string name;
  std::vector<double> seconds;  // wall time, one per repetition
  std::vector<double> cpu;      // this thread's CPU time, one per repetition
  uint64_t items = 0;           // what the stage produced in one pass (see `unit`)
  std::string unit;
  long peak_rss_kb = 0;         // process peak after this stage
  static double MedianOf(std::vector<double> s) {
    std::sort(s.begin(), s.end());
    size_t n = s.size();
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
  double Median() const { return MedianOf(seconds); }
  double CpuMedian() const { return MedianOf(cpu); }
  double Best() const { return *std::min_element(seconds.begin(), seconds.end()); }
};

// CPU time of the calling thread: unlike wall time, not inflated when other
// processes compete for the cores.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long PeakRssKb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;  // kilobytes on Linux
}

// One pass of a stage over all documents; returns a count of what it produced,
// which also keeps the compiler from dropping the work.
using StageFn = std::function<uint64_t(const std::vector<Document>&)>;

StageResult RunStage(const std::string& name, const std::string& unit, int reps,
                     const std::vector<Document>& docs, const StageFn& fn) {
  StageResult r;
  r.name = name;
  r.unit = unit;
  for (int i = 0; i < reps; ++i) {
    double c0 = ThreadCpuSeconds();
    auto t0 = std::chrono::steady_clock::now();
    uint64_t n = fn(docs);
    auto t1 = std::chrono::steady_clock::now();
    r.cpu.push_back(ThreadCpuSeconds() - c0);
    r.seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
    r.items = n;
  }
  r.peak_rss_kb = PeakRssKb();
  return r;
}

uint64_t IcuWords(const std::vector<Document>& docs) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "claimkit_bench: ICU word iterator: %s\n", u_errorName(status));
    std::exit(2);
  }
  uint64_t boundaries = 0;
  UText* ut = nullptr;
  for (const Document& d : docs) {
    status = U_ZERO_ERROR;
    ut = utext_openUTF8(ut, d.text().data(), static_cast<int64_t>(d.text().size()), &status);
    it->setText(ut, status);
    for (int32_t p = it->first(); p != icu::BreakIterator::DONE; p = it->next()) ++boundaries;
  }
  utext_close(ut);
  return boundaries;
}

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, ',')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  int reps = 5;
  long limit = -1;
  bool json = false;
  std::string path;
  std::vector<std::string> stages = {"icu_words", "normalize", "sentences", "analyze", "extract"};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "claimkit_bench: %s needs a value\n%s", a.c_str(), kUsage);
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a == "--reps") {
      reps = std::max(1, std::atoi(value().c_str()));
    } else if (a == "--limit") {
      limit = std::atol(value().c_str());
    } else if (a == "--stages") {
      stages = SplitComma(value());
    } else if (a == "--json") {
      json = true;
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "claimkit_bench: unknown option '%s'\n%s", a.c_str(), kUsage);
      return 2;
    } else {
      path = a;
    }
  }
  if (path.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }

  // Load everything first, so that reading and JSON parsing are not timed.
  claimkit::InputOptions iopts;
  iopts.format = "jsonl";
  auto reader = claimkit::OpenInput(path, iopts);
  std::vector<Document> docs;
  uint64_t bytes = 0;
  long errors = 0;
  claimkit::InputItem item;
  while (reader->Next(&item) && (limit < 0 || static_cast<long>(docs.size()) < limit)) {
    if (!item.doc) {
      std::fprintf(stderr, "claimkit_bench: skipped: %s\n", item.error.ToString().c_str());
      ++errors;
      continue;
    }
    bytes += item.doc->text().size();
    docs.push_back(std::move(*item.doc));
  }
  if (docs.empty()) {
    std::fprintf(stderr, "claimkit_bench: no documents in %s\n", path.c_str());
    return 2;
  }
  const long rss_loaded_kb = PeakRssKb();

  // Set-up outside the timed loops: lexicons, ICU iterators, regexes.
  auto t_setup = std::chrono::steady_clock::now();
  claimkit::PipelineOptions popts;
  claimkit::Analyzer analyzer(popts);
  // `extract` analyses without word tokens, which no extractor reads.
  claimkit::Analyzer claim_analyzer(claimkit::PipelineOptions::ForClaims());
  claimkit::Segmenter segmenter(popts.segment);
  auto extractors = claimkit::Extractors::Create();
  if (!extractors.ok()) {
    std::fprintf(stderr, "claimkit_bench: %s\n", extractors.status().ToString().c_str());
    return 2;
  }
  const double setup_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_setup)
          .count();

  std::vector<StageResult> results;
  for (const std::string& st : stages) {
    if (st == "icu_words") {
      results.push_back(RunStage(st, "word boundaries", reps, docs, IcuWords));
    } else if (st == "normalize") {
      results.push_back(RunStage(st, "view bytes", reps, docs, [](const auto& ds) {
        uint64_t n = 0;
        for (const Document& d : ds) {
          auto norm = claimkit::Normalize(d.text());
          if (norm.ok()) n += norm->text().size();
        }
        return n;
      }));
    } else if (st == "sentences") {
      results.push_back(RunStage(st, "sentences", reps, docs, [&](const auto& ds) {
        uint64_t n = 0;
        for (const Document& d : ds) {
          auto norm = claimkit::Normalize(d.text(), popts.normalize);
          if (!norm.ok()) continue;
          claimkit::Structure s =
              claimkit::DetectStructure(*norm, d.meta().published, popts.structure);
          n += segmenter.Sentences(*norm, s).size();
        }
        return n;
      }));
    } else if (st == "analyze") {
      results.push_back(RunStage(st, "tokens", reps, docs, [&](const auto& ds) {
        uint64_t n = 0;
        for (const Document& d : ds) {
          auto a = analyzer.Analyze(d);
          if (a.ok()) n += a->tokens.size();
        }
        return n;
      }));
    } else if (st == "extract" || st.rfind("extract:", 0) == 0) {
      // "extract": all extractors; "extract:quote": the Analyzer and that extractor only.
      claimkit::Extractors* ex = extractors.value().get();
      std::unique_ptr<claimkit::Extractors> only;
      if (st != "extract") {
        auto one = claimkit::Extractors::Create({st.substr(8)});
        if (!one.ok()) {
          std::fprintf(stderr, "claimkit_bench: %s\n", one.status().ToString().c_str());
          return 2;
        }
        only = std::move(one).value();
        ex = only.get();
      }
      results.push_back(RunStage(st, "claims", reps, docs, [&](const auto& ds) {
        uint64_t n = 0;
        uint64_t out_bytes = 0;
        std::string out;  // one document's JSON Lines, as the jsonl writer renders them
        for (const Document& d : ds) {
          auto a = claim_analyzer.Analyze(d);
          if (!a.ok()) continue;
          out.clear();
          for (const claimkit::Claim& c : ex->Run(*a)) {
            claimkit::AppendClaimJson(c, d.text(), &out);
            out += '\n';
            ++n;
          }
          out_bytes += out.size();
        }
        g_sink = g_sink + out_bytes;  // keeps the serialisation from being optimised away
        return n;
      }));
    } else {
      std::fprintf(stderr, "claimkit_bench: unknown stage '%s'\n%s", st.c_str(), kUsage);
      return 2;
    }
  }
  const long peak_kb = PeakRssKb();
  const double mb = static_cast<double>(bytes) / 1e6;

  if (json) {
    std::printf("{\"input\":\"%s\",\"docs\":%zu,\"bytes\":%llu,\"input_errors\":%ld,\"reps\":%d,"
                "\"setup_ms\":%.1f,\"rss_after_load_kb\":%ld,\"peak_rss_kb\":%ld,\"stages\":[",
                path.c_str(), docs.size(), static_cast<unsigned long long>(bytes), errors, reps,
                setup_ms, rss_loaded_kb, peak_kb);
    for (size_t i = 0; i < results.size(); ++i) {
      const StageResult& r = results[i];
      std::printf("%s{\"name\":\"%s\",\"median_s\":%.6f,\"best_s\":%.6f,\"cpu_median_s\":%.6f,"
                  "\"mb_per_s\":%.2f,\"mb_per_cpu_s\":%.2f,"
                  "\"docs_per_s\":%.1f,\"items\":%llu,\"items_unit\":\"%s\",\"peak_rss_kb\":%ld}",
                  i ? "," : "", r.name.c_str(), r.Median(), r.Best(), r.CpuMedian(),
                  mb / r.Median(), mb / r.CpuMedian(), static_cast<double>(docs.size()) / r.Median(),
                  static_cast<unsigned long long>(r.items), r.unit.c_str(), r.peak_rss_kb);
    }
    std::printf("]}\n");
    return 0;
  }
  std::printf("input: %s: %zu documents, %.2f MB of text (%ld input errors)\n", path.c_str(),
              docs.size(), mb, errors);
  std::printf("single thread, %d repetitions per stage; set-up (lexicons, ICU, regexes): %.0f ms\n\n",
              reps, setup_ms);
  std::printf("%-16s %9s %9s %9s %8s %9s %8s %12s  %s\n", "stage", "median s", "best s", "cpu s",
              "MB/s", "MB/cpu-s", "docs/s", "peak RSS MB", "output");
  for (const StageResult& r : results) {
    std::printf("%-16s %9.4f %9.4f %9.4f %8.1f %9.1f %8.0f %12.1f  %llu %s\n", r.name.c_str(),
                r.Median(), r.Best(), r.CpuMedian(), mb / r.Median(), mb / r.CpuMedian(),
                static_cast<double>(docs.size()) / r.Median(),
                r.peak_rss_kb / 1024.0, static_cast<unsigned long long>(r.items), r.unit.c_str());
  }
  std::printf("\npeak RSS: %.1f MB (%.1f MB after loading the input)\n", peak_kb / 1024.0,
              rss_loaded_kb / 1024.0);
  return 0;
}
