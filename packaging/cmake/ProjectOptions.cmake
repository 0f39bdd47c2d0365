# SPDX-License-Identifier: MIT
# Project-wide options: language level, ccache, sanitizers, version stamp.

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE Debug CACHE STRING "Build type" FORCE)
endif()

option(MEDUSA_ENABLE_CCACHE "Use ccache when it is installed" ON)
option(MEDUSA_ENABLE_SANITIZERS "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(MEDUSA_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
option(MEDUSA_BUILD_APP "Build the Qt Quick desktop admin" ON)
# The libFuzzer targets of tests/fuzz (clang only; the `fuzz` preset): with it, tests/ holds
# only them, and the project's libraries get libFuzzer's coverage instrumentation.
option(MEDUSA_BUILD_FUZZERS "Build only the libFuzzer targets (clang, ASan+UBSan)" OFF)
if(MEDUSA_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "MEDUSA_BUILD_FUZZERS needs clang (use the `fuzz` preset)")
endif()

if(MEDUSA_ENABLE_CCACHE)
  find_program(MEDUSA_CCACHE ccache)
  if(MEDUSA_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${MEDUSA_CCACHE}")
  endif()
endif()

# Sanitizers apply to every target of the build, including tests.
add_library(medusa_sanitizers INTERFACE)
add_library(medusa::sanitizers ALIAS medusa_sanitizers)
if(MEDUSA_ENABLE_SANITIZERS)
  target_compile_options(medusa_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(medusa_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
if(MEDUSA_BUILD_FUZZERS)
  target_compile_options(medusa_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The git revision goes into --version and the package names.
execute_process(
  COMMAND git rev-parse --short=10 HEAD
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  OUTPUT_VARIABLE MEDUSA_GIT_SHA
  OUTPUT_STRIP_TRAILING_WHITESPACE
  ERROR_QUIET)
if(NOT MEDUSA_GIT_SHA)
  set(MEDUSA_GIT_SHA "unknown")
endif()
