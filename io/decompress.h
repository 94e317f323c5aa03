// Transparent, streaming decompression of input files: plain, gzip (zlib) and zstd.
//
//   Result<std::unique_ptr<ByteStream>> in = OpenByteStream("crawl.warc.gz");
//   std::string line;
//   while (std::getline(**in, line)) ...
//   if (!(*in)->status().ok()) ...   // e.g. "truncated gzip stream"
//
// The codec is chosen from the first bytes (gzip 1f 8b, zstd 28 b5 2f fd), not the
// name, so `.gz` files that are really plain text read fine and stdin works too.
// Concatenated gzip members (as in WARC.gz, one member per record) and multiple
// zstd frames are read as one stream. Memory is a fixed buffer (256 KiB), whatever
// the file size. A decoding or read error ends the stream (EOF) and is kept in
// status(); callers check it when the stream ends.
#ifndef CLAIMKIT_IO_DECOMPRESS_H_
#define CLAIMKIT_IO_DECOMPRESS_H_

#include <cstdint>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>

#include "claimkit/status.h"

namespace claimkit {

enum class Compression { kAuto, kNone, kGzip, kZstd };

// "none", "gzip", "zstd".
const char* CompressionName(Compression c);

// Sniffs the codec from the first bytes of a file (at least 4 bytes for zstd).
Compression SniffCompression(std::string_view head);

class DecompressBuf;

// An istream over a (possibly compressed) file or stdin.
class ByteStream : public std::istream {
 public:
  ~ByteStream() override;
  // OK, or the first read/decoding error (the stream reads as EOF after it).
  const Status& status() const;
  Compression compression() const;
  // Compressed bytes consumed so far (for progress reporting).
  uint64_t raw_bytes_read() const;
  // Decompressed bytes delivered so far.
  uint64_t bytes_out() const;
  // The decoded bytes buffered but not yet read (the start of the stream right after
  // opening; up to 128 KiB), for sniffing the format. Reads more if nothing is buffered.
  std::string_view Peek();
  // Drops the first n bytes of Peek() (n <= Peek().size()): fast line scanning.
  void Consume(size_t n);

 private:
  friend Result<std::unique_ptr<ByteStream>> OpenByteStream(const std::string&, Compression);
  friend std::unique_ptr<ByteStream> ByteStreamFromString(std::string, Compression);
  explicit ByteStream(std::unique_ptr<DecompressBuf> buf);
  std::unique_ptr<DecompressBuf> buf_;
};

// path "-" = stdin. Fails (kIoError, with errno text) when the file cannot be opened
// or is a directory.
Result<std::unique_ptr<ByteStream>> OpenByteStream(const std::string& path,
                                                   Compression c = Compression::kAuto);

// The same over bytes in memory (tests, fuzzers, gzip'd HTTP bodies inside WARC).
std::unique_ptr<ByteStream> ByteStreamFromString(std::string data,
                                                 Compression c = Compression::kAuto);

// Decompresses a whole buffer (gzip or zstd by sniffing; plain data is copied).
// Fails on corrupt or truncated data, or if the output would exceed max_out bytes.
Result<std::string> DecompressAll(std::string_view data, uint64_t max_out);

}  // namespace claimkit

#endif  // CLAIMKIT_IO_DECOMPRESS_H_
