// SPDX-License-Identifier: MIT
#include "medusa/core/process.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "medusa/core/error.h"

namespace medusa::process {

namespace {

std::vector<char*> cArgv(const std::vector<std::string>& argv) {
  std::vector<char*> out;
  out.reserve(argv.size() + 1);
  for (const auto& a : argv) out.push_back(const_cast<char*>(a.c_str()));
  out.push_back(nullptr);
  return out;
}

int waitFor(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

}  // namespace

int run(const Spec& spec) {
  if (spec.argv.empty()) throw Error(ErrorType::InvalidArgument, "process::run: empty argv");
  std::optional<UserIds> ids;
  if (spec.runAsUser) {
    ids = lookupUser(*spec.runAsUser);
    if (!ids) {
      throw Error(ErrorType::UnexpectedState, "No user '" + *spec.runAsUser + "' to run " +
                                                  spec.argv.front() + " as");
    }
  }
  // Prepare everything that allocates before fork(): the child only calls async-signal-safe code.
  auto args = cArgv(spec.argv);
  const std::string out = spec.output ? spec.output->string() : "/dev/null";
  const char* userName = spec.runAsUser ? spec.runAsUser->c_str() : nullptr;
  const pid_t pid = fork();
  if (pid < 0) throw Error(ErrorType::UnexpectedState, "fork failed: " + std::string(strerror(errno)));
  if (pid == 0) {
    // Drop privileges first, so the output file belongs to (and stays writable by) that user.
    if (ids) {
      if (initgroups(userName, ids->gid) != 0 || setgid(ids->gid) != 0 || setuid(ids->uid) != 0) {
        _exit(126);
      }
    }
    const int fd = open(out.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
    }
    const int devNull = open("/dev/null", O_RDONLY);
    if (devNull >= 0) dup2(devNull, STDIN_FILENO);
    execvp(args[0], args.data());
    _exit(127);
  }
  return waitFor(pid);
}

std::optional<std::string> capture(const std::vector<std::string>& argv) {
  if (argv.empty()) return std::nullopt;
  int pipeFds[2];
  if (pipe2(pipeFds, O_CLOEXEC) != 0) return std::nullopt;
  auto args = cArgv(argv);
  const pid_t pid = fork();
  if (pid < 0) {
    close(pipeFds[0]);
    close(pipeFds[1]);
    return std::nullopt;
  }
  if (pid == 0) {
    dup2(pipeFds[1], STDOUT_FILENO);
    const int devNull = open("/dev/null", O_RDWR);
    if (devNull >= 0) {
      dup2(devNull, STDERR_FILENO);
      dup2(devNull, STDIN_FILENO);
    }
    execvp(args[0], args.data());
    _exit(127);
  }
  close(pipeFds[1]);
  std::string output;
  char buf[4096];
  for (;;) {
    const ssize_t n = read(pipeFds[0], buf, sizeof buf);
    if (n > 0) {
      output.append(buf, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  close(pipeFds[0]);
  if (waitFor(pid) != 0) return std::nullopt;
  return output;
}

bool isRoot() { return geteuid() == 0; }

std::optional<UserIds> lookupUser(const std::string& name) {
  struct passwd pwd {};
  struct passwd* result = nullptr;
  std::vector<char> buf(16384);
  if (getpwnam_r(name.c_str(), &pwd, buf.data(), buf.size(), &result) != 0 || !result) {
    return std::nullopt;
  }
  return UserIds{pwd.pw_uid, pwd.pw_gid};
}

std::filesystem::path executableDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::current_path() : exe.parent_path();
}

}  // namespace medusa::process
