// A test VFS that wraps the default one and fails the n-th xRead / xWrite / xSync / xTruncate
// with SQLITE_FULL or SQLITE_IOERR (SQLite's test_vfs.c and its io-error tests are the model).
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>
#include <string>

namespace sqlcore::testing {

/// The I/O methods FaultVfs counts, as bits.
namespace fault_op {
inline constexpr unsigned read = 1;
inline constexpr unsigned write = 2;
inline constexpr unsigned sync = 4;
inline constexpr unsigned truncate = 8;
inline constexpr unsigned all = read | write | sync | truncate;
}  // namespace fault_op

/// What FaultVfs::arm() fails.
struct FaultPlan {
  /// The methods counted (fault_op bits); the others pass through uncounted.
  unsigned ops = fault_op::all;
  /// The counted call that fails first, from 1.
  long fail_at = 1;
  /// SQLITE_FULL (13) or SQLITE_IOERR (10); for SQLITE_IOERR the call returns the extended code
  /// the unix VFS would (SQLITE_IOERR_READ, _WRITE, _FSYNC, _TRUNCATE).
  int error = 10;
  /// true: every counted call after fail_at fails too (SQLite's "persistent" io-err tests);
  /// false: only the fail_at-th one fails.
  bool persistent = false;
};

/// A VFS registered under `name` that passes every call to the VFS that was the default when it
/// was constructed, counting the calls of FaultPlan::ops and failing the one the plan names.
/// Open it with a URL's `vfs=` key (`sqlite:////dir/x.db?vfs=fault`) or, with make_default, as
/// the default VFS (what save_as's target opens with). Memory-mapped I/O is off on its files
/// (version 2 io methods), so every read is an xRead. One FaultVfs per name per process; it must
/// outlive the connections opened through it. Not for concurrent arm() and I/O from other
/// threads (the counters are atomic, the plan is not).
class FaultVfs {
 public:
  explicit FaultVfs(std::string name, bool make_default = false);
  ~FaultVfs();
  FaultVfs(const FaultVfs&) = delete;
  FaultVfs& operator=(const FaultVfs&) = delete;

  const std::string& name() const noexcept { return name_; }
  /// "sqlite:///<path>?vfs=<name>" (path absolute: four slashes).
  std::string url(const std::string& path) const;

  /// Counts the calls of `ops` from now on, failing none.
  void count(unsigned ops = fault_op::all);
  /// Counts from zero and fails as `plan` says.
  void arm(const FaultPlan& plan);
  /// Stops failing (counting goes on).
  void disarm() noexcept;

  /// Counted calls since count() or arm().
  long ops() const noexcept { return ops_.load(); }
  /// Calls failed since count() or arm().
  long faults() const noexcept { return faults_.load(); }
  /// false: a counted xSync that does not fail returns SQLITE_OK without reaching the disk.
  /// The fault tests never lose power, so what they observe is the same, minus the fsyncs'
  /// time; the crash tests keep real fsyncs. true (the default): forwarded.
  void forward_sync(bool forward) noexcept { forward_sync_ = forward; }
  /// The name of the VFS this one wraps (the default when it was constructed: "unix").
  std::string wrapped_name() const;

  /// Files open through this VFS now (0 once every connection is closed).
  long open_files() const noexcept { return open_.load(); }

  // For the C callbacks (fault_vfs.cpp).
  struct Impl;

 private:
  friend struct Impl;
  std::string name_;
  std::unique_ptr<Impl> impl_;
  std::atomic<long> ops_{0};
  std::atomic<long> faults_{0};
  std::atomic<long> open_{0};
  std::atomic<bool> armed_{false};
  std::atomic<bool> forward_sync_{true};
  FaultPlan plan_{};
};

}  // namespace sqlcore::testing
