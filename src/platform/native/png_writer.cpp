#include "png_writer.h"

#include <cstdint>
#include <cstdio>

namespace platform {
namespace {

uint32_t Crc32(const unsigned char* data, size_t size, uint32_t crc = 0) {
  crc = ~crc;
  for (size_t i = 0; i < size; ++i) {
    crc ^= data[i];
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void PutU32(std::vector<unsigned char>& out, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<unsigned char>(value >> shift));
}

void PutChunk(std::vector<unsigned char>& out, const char* type,
              const std::vector<unsigned char>& data) {
  PutU32(out, static_cast<uint32_t>(data.size()));
  const size_t start = out.size();
  out.insert(out.end(), type, type + 4);
  out.insert(out.end(), data.begin(), data.end());
  PutU32(out, Crc32(out.data() + start, out.size() - start));
}

}  // namespace

bool WritePng(const std::string& path, const std::vector<unsigned char>& rgba, int width,
              int height) {
  if (width <= 0 || height <= 0 || rgba.size() != static_cast<size_t>(width) * height * 4)
    return false;
  // Scanlines with filter byte 0, then a zlib stream of stored blocks (at most 65535 bytes each).
  std::vector<unsigned char> raw;
  const size_t row = static_cast<size_t>(width) * 4;
  raw.reserve((row + 1) * static_cast<size_t>(height));
  for (int y = 0; y < height; ++y) {
    raw.push_back(0);
    raw.insert(raw.end(), rgba.begin() + static_cast<long>(row * y),
               rgba.begin() + static_cast<long>(row * (y + 1)));
  }
  std::vector<unsigned char> zlib = {0x78, 0x01};
  uint32_t adler_a = 1, adler_b = 0;
  for (unsigned char byte : raw) {
    adler_a = (adler_a + byte) % 65521u;
    adler_b = (adler_b + adler_a) % 65521u;
  }
  for (size_t offset = 0; offset < raw.size() || offset == 0; offset += 65535) {
    const size_t length = raw.size() - offset < 65535 ? raw.size() - offset : 65535;
    zlib.push_back(offset + length >= raw.size() ? 1 : 0);
    zlib.push_back(static_cast<unsigned char>(length & 0xFF));
    zlib.push_back(static_cast<unsigned char>(length >> 8));
    zlib.push_back(static_cast<unsigned char>(~length & 0xFF));
    zlib.push_back(static_cast<unsigned char>((~length >> 8) & 0xFF));
    zlib.insert(zlib.end(), raw.begin() + static_cast<long>(offset),
                raw.begin() + static_cast<long>(offset + length));
    if (length == 0) break;
  }
  PutU32(zlib, (adler_b << 16) | adler_a);

  std::vector<unsigned char> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  std::vector<unsigned char> header;
  PutU32(header, static_cast<uint32_t>(width));
  PutU32(header, static_cast<uint32_t>(height));
  header.insert(header.end(), {8, 6, 0, 0, 0});  // 8-bit RGBA, no interlace
  PutChunk(png, "IHDR", header);
  PutChunk(png, "IDAT", zlib);
  PutChunk(png, "IEND", {});

  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return false;
  const bool written = std::fwrite(png.data(), 1, png.size(), file) == png.size();
  return std::fclose(file) == 0 && written;
}

}  // namespace platform
