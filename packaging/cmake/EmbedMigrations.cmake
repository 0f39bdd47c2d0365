# SPDX-License-Identifier: MIT
# Script mode helper of medusa_add_migrations(): writes OUT from INPUTS.
set(body "// Generated from ${MODULE}'s migrations by EmbedMigrations.cmake. Do not edit.\n")
string(APPEND body "#include <medusa/db/migration.h>\n\nnamespace ${NAMESPACE} {\n\n")
string(APPEND body "std::vector<medusa::db::Migration> migrations() {\n  return {\n")
foreach(f IN LISTS INPUTS)
  get_filename_component(name "${f}" NAME_WE)
  file(READ "${f}" sql)
  # Raw string literals cannot contain their own delimiter; ours is unlikely in SQL.
  string(FIND "${sql}" ")medusa_sql\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${f} contains the raw-string delimiter )medusa_sql\"")
  endif()
  string(APPEND body "    {\"${MODULE}\", \"${name}\", R\"medusa_sql(${sql})medusa_sql\"},\n")
endforeach()
string(APPEND body "  };\n}\n\n}  // namespace ${NAMESPACE}\n")
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
