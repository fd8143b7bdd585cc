#pragma once
// A large diary made the same way every run (fixed seed), for benchmarks and fuzz seeds:
// episodes spread over about 20 years, clustered at night, in two time zones with DST
// changes, with every field and awkward notes (commas, quotes, newlines, formulas, UTF-8).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/diary/episode.h"

namespace bench {

std::vector<core::diary::Episode> GenerateDiary(std::size_t count, std::uint64_t seed = 42);

}  // namespace bench
