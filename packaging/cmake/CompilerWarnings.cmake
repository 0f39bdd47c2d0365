# SPDX-License-Identifier: MIT
# Warnings as an INTERFACE target: link it PRIVATE into every project target.

add_library(medusa_warnings INTERFACE)
add_library(medusa::warnings ALIAS medusa_warnings)
target_compile_options(medusa_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${MEDUSA_WARNINGS_AS_ERRORS}>:-Werror>)
# Everything a project target needs from the build itself, linked PRIVATE with the warnings.
target_link_libraries(medusa_warnings INTERFACE medusa::sanitizers)
