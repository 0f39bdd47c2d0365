// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

namespace medusa::admin {

/// The shortest secret the local store accepts: the server's own minimum outside development
/// (medusa::kMinSecretBytes), so a profile never runs on a guessable key.
inline constexpr int kMinLocalSecretBytes = 32;

/// The JWT/cookie signing secret of the local store, kept in `path` (owner-only) so remembered
/// sign-ins survive restarts. A missing file gets 32 bytes from the system CSPRNG, written as
/// 64 hex characters. An existing file that is empty or shorter than kMinLocalSecretBytes
/// (after trimming), or cannot be read or written, is refused: nullopt, with `error` saying
/// which file and what to do; the file is left as it is.
std::optional<QString> readOrCreateLocalSecret(const QString& path, QString* error);

}  // namespace medusa::admin
