# SPDX-License-Identifier: MIT
# medusa_add_migrations(<target> MODULE <name> NAMESPACE <c++ ns> FILES <NNNN_what.sql>...)
#
# Compiles a module's ordered SQL migrations into the binary. Generates a source file that defines
#   std::vector<medusa::db::Migration> <ns>::migrations();
# (declared by the module itself) and adds it to <target>. The files are read at build time, so
# editing a migration re-generates the source.
function(medusa_add_migrations target)
  cmake_parse_arguments(ARG "" "MODULE;NAMESPACE" "FILES" ${ARGN})
  if(NOT ARG_MODULE OR NOT ARG_NAMESPACE OR NOT ARG_FILES)
    message(FATAL_ERROR "medusa_add_migrations: MODULE, NAMESPACE and FILES are required")
  endif()
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${ARG_MODULE}_migrations.cpp")
  set(inputs "")
  foreach(f IN LISTS ARG_FILES)
    list(APPEND inputs "${CMAKE_CURRENT_SOURCE_DIR}/${f}")
  endforeach()
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${CMAKE_COMMAND}" -DOUT=${out} -DMODULE=${ARG_MODULE} -DNAMESPACE=${ARG_NAMESPACE}
            "-DINPUTS=${inputs}" -P "${PROJECT_SOURCE_DIR}/packaging/cmake/EmbedMigrations.cmake"
    DEPENDS ${inputs} "${PROJECT_SOURCE_DIR}/packaging/cmake/EmbedMigrations.cmake"
    COMMENT "Embedding ${ARG_MODULE} migrations"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
