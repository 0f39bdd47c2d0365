# SPDX-License-Identifier: MIT
# Warnings as an INTERFACE target: link it PRIVATE into every project target.

add_library(medusa_warnings INTERFACE)
add_library(medusa::warnings ALIAS medusa_warnings)
target_compile_options(medusa_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  # GCC 12's -Wrestrict misfires inside libstdc++'s std::string at -O2 (GCC bug 105329).
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>
  $<$<BOOL:${MEDUSA_WARNINGS_AS_ERRORS}>:-Werror>)
# Everything a project target needs from the build itself, linked PRIVATE with the warnings.
target_link_libraries(medusa_warnings INTERFACE medusa::sanitizers)
