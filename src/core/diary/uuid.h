#pragma once
// Episode ids: random (version 4) UUIDs made on the device, so two phones never clash
// and an id survives export and import. The random source is injectable so tests get
// the same ids every run.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace core::diary {

// Returns 64 random bits per call.
using RandomSource = std::function<std::uint64_t()>;

// A source seeded once from std::random_device (the OS's entropy; crypto.getRandomValues
// in the browser).
RandomSource SystemRandomSource();

// A deterministic source for tests and benchmarks (splitmix64 from `seed`).
RandomSource SeededRandomSource(std::uint64_t seed);

// "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx" in lowercase, y in 8..b.
std::string NewUuidV4(const RandomSource& random);

// True for exactly that shape (lowercase, version 4, RFC 4122 variant).
bool IsUuidV4(std::string_view text);

}  // namespace core::diary
