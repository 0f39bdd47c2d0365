// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace medusa::admin {

/// Where the bundled `medusa-server` is: $MEDUSA_SERVER_BINARY, next to the app (installers put
/// it there), the build tree (developer runs), then PATH. Returns "" when none exists.
QString locateServerBinary();

}  // namespace medusa::admin
