// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace medusa {

/// Medusa's MedusaError.Types, one for one (the wire strings come from toString()).
enum class ErrorType {
  NotFound,
  InvalidData,
  NotAllowed,
  Unauthorized,
  DuplicateError,
  Conflict,
  PaymentAuthorizationError,
  PaymentRequiresMoreError,
  DatabaseError,
  UnexpectedState,
  InvalidArgument,
  UnknownModules,
};

/// The wire name of a type: "not_found", "invalid_data", ...
std::string_view toString(ErrorType type);

/// The one error type of the project. Code throws it where it detects a problem; only the workflow
/// engine and the HTTP error middleware catch it.
class Error : public std::runtime_error {
 public:
  Error(ErrorType type, std::string message, std::optional<std::string> code = std::nullopt);

  ErrorType type() const noexcept { return m_type; }
  const std::string& message() const noexcept { return m_message; }
  const std::optional<std::string>& code() const noexcept { return m_code; }

 private:
  ErrorType m_type;
  std::string m_message;
  std::optional<std::string> m_code;
};

/// What the HTTP layer answers for an error: status plus the `{type, message, code?}` body.
struct ErrorResponse {
  int status = 500;
  std::string type;
  std::string message;
  std::optional<std::string> code;
};

/// Maps an Error to status and body exactly as Medusa's error handler does (API-CORE.md §1.6).
ErrorResponse toErrorResponse(const Error& error);

/// The response for anything that is not an Error: 500 `unknown_error`, internals withheld.
ErrorResponse unknownErrorResponse();

}  // namespace medusa
