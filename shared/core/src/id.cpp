// SPDX-License-Identifier: MIT
#include "medusa/core/id.h"

#include <openssl/rand.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <mutex>

#include "medusa/core/error.h"

namespace medusa::id {

namespace {

constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// The generator state shared by all threads: last timestamp and last random part.
struct UlidState {
  std::mutex mutex;
  std::uint64_t lastMs = 0;
  std::array<unsigned char, 10> random{};
};

UlidState& state() {
  static UlidState s;
  return s;
}

// Adds one to the 80-bit big-endian random part; returns false on overflow.
bool increment(std::array<unsigned char, 10>& r) {
  for (auto it = r.rbegin(); it != r.rend(); ++it) {
    if (++*it != 0) return true;
  }
  return false;
}

std::string encode(std::uint64_t ms, const std::array<unsigned char, 10>& random) {
  // 128 bits: 48 of time then 80 of randomness, written as 26 base32 digits (first holds 3 bits).
  std::array<unsigned char, 16> bytes{};
  for (int i = 0; i < 6; ++i) bytes[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
  for (int i = 0; i < 10; ++i) bytes[6 + i] = random[i];
  std::string out(26, '0');
  // Read 5 bits at a time from the end; 26 * 5 = 130 bits, the top two are zero.
  unsigned bitBuffer = 0;
  int bitCount = 0;
  int pos = 25;
  for (int i = 15; i >= 0; --i) {
    bitBuffer |= static_cast<unsigned>(bytes[i]) << bitCount;
    bitCount += 8;
    while (bitCount >= 5 && pos >= 0) {
      out[pos--] = kCrockford[bitBuffer & 31u];
      bitBuffer >>= 5;
      bitCount -= 5;
    }
  }
  if (pos >= 0) out[pos] = kCrockford[bitBuffer & 31u];
  return out;
}

}  // namespace

void randomBytes(unsigned char* out, std::size_t size) {
  if (RAND_bytes(out, static_cast<int>(size)) != 1) {
    throw Error(ErrorType::UnexpectedState, "The system random number generator failed");
  }
}

std::string ulid() {
  const auto now = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(
          std::chrono::system_clock::now().time_since_epoch())
          .count());
  auto& s = state();
  std::lock_guard lock(s.mutex);
  if (now > s.lastMs) {
    s.lastMs = now;
    randomBytes(s.random.data(), s.random.size());
  } else if (!increment(s.random)) {
    // 2^80 ids in one millisecond (or a clock that went back): move time forward instead.
    ++s.lastMs;
    randomBytes(s.random.data(), s.random.size());
  }
  return encode(s.lastMs, s.random);
}

std::string generate(std::string_view prefix) {
  std::string out;
  out.reserve(prefix.size() + 27);
  out.append(prefix);
  out += '_';
  out += ulid();
  return out;
}

std::string randomHex(std::size_t count) {
  static constexpr std::string_view kHex = "0123456789abcdef";
  std::string bytes(count, '\0');
  randomBytes(reinterpret_cast<unsigned char*>(bytes.data()), count);
  std::string out;
  out.reserve(2 * count);
  for (unsigned char c : bytes) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::string apiKeyToken(ApiKeyKind kind) {
  return (kind == ApiKeyKind::Publishable ? "pk_" : "sk_") + randomHex(32);
}

}  // namespace medusa::id
