// SPDX-License-Identifier: MIT
#include "support/fault_vfs.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace sqlcore::testing {

struct FaultVfs::Impl {
  sqlite3_vfs vfs{};
  sqlite3_vfs* real = nullptr;
  bool registered = false;

  // A file of this VFS: our header, then the real VFS's file (szOsFile bytes more).
  struct File {
    sqlite3_file base;
    FaultVfs* owner;
    sqlite3_file* real;
  };

  static FaultVfs& owner_of(sqlite3_vfs* v) { return *static_cast<FaultVfs*>(v->pAppData); }
  static sqlite3_vfs* real_of(sqlite3_vfs* v) { return owner_of(v).impl_->real; }
  static File& file(sqlite3_file* f) { return *reinterpret_cast<File*>(f); }

  // The fault decision for one call of method `op`: SQLITE_OK, or the code to return.
  static int decide(FaultVfs& o, unsigned op, int ioerr_code) {
    if ((o.plan_.ops & op) == 0) return SQLITE_OK;
    long n = ++o.ops_;
    if (!o.armed_.load()) return SQLITE_OK;
    bool fail = o.plan_.persistent ? n >= o.plan_.fail_at : n == o.plan_.fail_at;
    if (!fail) return SQLITE_OK;
    ++o.faults_;
    return o.plan_.error == SQLITE_IOERR ? ioerr_code : o.plan_.error;
  }

  // ---- io methods ----
  static int close(sqlite3_file* f) {
    File& ff = file(f);
    int rc = ff.real->pMethods != nullptr ? ff.real->pMethods->xClose(ff.real) : SQLITE_OK;
    --ff.owner->open_;
    return rc;
  }
  static int read(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
    File& ff = file(f);
    if (int rc = decide(*ff.owner, fault_op::read, SQLITE_IOERR_READ)) return rc;
    return ff.real->pMethods->xRead(ff.real, buf, n, off);
  }
  static int write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
    File& ff = file(f);
    if (int rc = decide(*ff.owner, fault_op::write, SQLITE_IOERR_WRITE)) return rc;
    return ff.real->pMethods->xWrite(ff.real, buf, n, off);
  }
  static int truncate(sqlite3_file* f, sqlite3_int64 size) {
    File& ff = file(f);
    if (int rc = decide(*ff.owner, fault_op::truncate, SQLITE_IOERR_TRUNCATE)) return rc;
    return ff.real->pMethods->xTruncate(ff.real, size);
  }
  static int sync(sqlite3_file* f, int flags) {
    File& ff = file(f);
    if (int rc = decide(*ff.owner, fault_op::sync, SQLITE_IOERR_FSYNC)) return rc;
    if (!ff.owner->forward_sync_.load()) return SQLITE_OK;
    return ff.real->pMethods->xSync(ff.real, flags);
  }
  static int file_size(sqlite3_file* f, sqlite3_int64* size) {
    return file(f).real->pMethods->xFileSize(file(f).real, size);
  }
  static int lock(sqlite3_file* f, int level) {
    return file(f).real->pMethods->xLock(file(f).real, level);
  }
  static int unlock(sqlite3_file* f, int level) {
    return file(f).real->pMethods->xUnlock(file(f).real, level);
  }
  static int check_reserved_lock(sqlite3_file* f, int* out) {
    return file(f).real->pMethods->xCheckReservedLock(file(f).real, out);
  }
  static int file_control(sqlite3_file* f, int op, void* arg) {
    return file(f).real->pMethods->xFileControl(file(f).real, op, arg);
  }
  static int sector_size(sqlite3_file* f) {
    return file(f).real->pMethods->xSectorSize(file(f).real);
  }
  static int device_characteristics(sqlite3_file* f) {
    return file(f).real->pMethods->xDeviceCharacteristics(file(f).real);
  }
  static int shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    return file(f).real->pMethods->xShmMap(file(f).real, page, size, extend, out);
  }
  static int shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    return file(f).real->pMethods->xShmLock(file(f).real, offset, n, flags);
  }
  static void shm_barrier(sqlite3_file* f) { file(f).real->pMethods->xShmBarrier(file(f).real); }
  static int shm_unmap(sqlite3_file* f, int del) {
    return file(f).real->pMethods->xShmUnmap(file(f).real, del);
  }

  // Version 1 for a real file of version 1; otherwise 2 (with the WAL's shared memory, without
  // xFetch: no memory-mapped reads that would bypass xRead).
  static const sqlite3_io_methods* methods(int real_version) {
    static const sqlite3_io_methods v1{1,
                                       close,
                                       read,
                                       write,
                                       truncate,
                                       sync,
                                       file_size,
                                       lock,
                                       unlock,
                                       check_reserved_lock,
                                       file_control,
                                       sector_size,
                                       device_characteristics,
                                       nullptr,
                                       nullptr,
                                       nullptr,
                                       nullptr,
                                       nullptr,
                                       nullptr};
    static const sqlite3_io_methods v2{2,
                                       close,
                                       read,
                                       write,
                                       truncate,
                                       sync,
                                       file_size,
                                       lock,
                                       unlock,
                                       check_reserved_lock,
                                       file_control,
                                       sector_size,
                                       device_characteristics,
                                       shm_map,
                                       shm_lock,
                                       shm_barrier,
                                       shm_unmap,
                                       nullptr,
                                       nullptr};
    return real_version >= 2 ? &v2 : &v1;
  }

  // ---- vfs methods ----
  static int open(sqlite3_vfs* v, const char* name, sqlite3_file* f, int flags, int* out_flags) {
    FaultVfs& o = owner_of(v);
    File& ff = file(f);
    ff.owner = &o;
    ff.real = reinterpret_cast<sqlite3_file*>(&ff + 1);
    ff.real->pMethods = nullptr;
    ff.base.pMethods = nullptr;
    int rc = o.impl_->real->xOpen(o.impl_->real, name, ff.real, flags, out_flags);
    // SQLite calls xClose whenever pMethods is set, even after a failed xOpen (sqlite3.h).
    if (ff.real->pMethods != nullptr) {
      ff.base.pMethods = methods(ff.real->pMethods->iVersion);
      ++o.open_;
    }
    return rc;
  }
  static int remove(sqlite3_vfs* v, const char* name, int sync_dir) {
    return real_of(v)->xDelete(real_of(v), name, sync_dir);
  }
  static int access(sqlite3_vfs* v, const char* name, int flags, int* out) {
    return real_of(v)->xAccess(real_of(v), name, flags, out);
  }
  static int full_pathname(sqlite3_vfs* v, const char* name, int n, char* out) {
    return real_of(v)->xFullPathname(real_of(v), name, n, out);
  }
  static void* dl_open(sqlite3_vfs* v, const char* name) {
    return real_of(v)->xDlOpen(real_of(v), name);
  }
  static void dl_error(sqlite3_vfs* v, int n, char* out) {
    real_of(v)->xDlError(real_of(v), n, out);
  }
  static void (*dl_sym(sqlite3_vfs* v, void* h, const char* sym))(void) {
    return real_of(v)->xDlSym(real_of(v), h, sym);
  }
  static void dl_close(sqlite3_vfs* v, void* h) { real_of(v)->xDlClose(real_of(v), h); }
  static int randomness(sqlite3_vfs* v, int n, char* out) {
    return real_of(v)->xRandomness(real_of(v), n, out);
  }
  static int sleep(sqlite3_vfs* v, int us) { return real_of(v)->xSleep(real_of(v), us); }
  static int current_time(sqlite3_vfs* v, double* out) {
    return real_of(v)->xCurrentTime(real_of(v), out);
  }
  static int get_last_error(sqlite3_vfs* v, int n, char* out) {
    return real_of(v)->xGetLastError != nullptr ? real_of(v)->xGetLastError(real_of(v), n, out) : 0;
  }
  static int current_time_int64(sqlite3_vfs* v, sqlite3_int64* out) {
    return real_of(v)->xCurrentTimeInt64(real_of(v), out);
  }
};

FaultVfs::FaultVfs(std::string name, bool make_default)
    : name_(std::move(name)), impl_(std::make_unique<Impl>()) {
  if (sqlite3_vfs_find(name_.c_str()) != nullptr)
    throw std::logic_error("FaultVfs: a VFS named '" + name_ + "' is already registered");
  Impl& i = *impl_;
  i.real = sqlite3_vfs_find(nullptr);
  if (i.real == nullptr) throw std::logic_error("FaultVfs: SQLite has no default VFS");
  sqlite3_vfs& v = i.vfs;
  v.iVersion = std::min(i.real->iVersion, 2);
  v.szOsFile = static_cast<int>(sizeof(Impl::File)) + i.real->szOsFile;
  v.mxPathname = i.real->mxPathname;
  v.zName = name_.c_str();
  v.pAppData = this;
  v.xOpen = Impl::open;
  v.xDelete = Impl::remove;
  v.xAccess = Impl::access;
  v.xFullPathname = Impl::full_pathname;
  v.xDlOpen = Impl::dl_open;
  v.xDlError = Impl::dl_error;
  v.xDlSym = Impl::dl_sym;
  v.xDlClose = Impl::dl_close;
  v.xRandomness = Impl::randomness;
  v.xSleep = Impl::sleep;
  v.xCurrentTime = Impl::current_time;
  v.xGetLastError = Impl::get_last_error;
  if (v.iVersion >= 2) v.xCurrentTimeInt64 = Impl::current_time_int64;
  if (int rc = sqlite3_vfs_register(&v, make_default ? 1 : 0); rc != SQLITE_OK)
    throw std::runtime_error(std::string("FaultVfs: sqlite3_vfs_register: ") + sqlite3_errstr(rc));
  i.registered = true;
}

FaultVfs::~FaultVfs() {
  if (!impl_->registered) return;
  sqlite3_vfs_unregister(&impl_->vfs);
  // Unregistering the default makes another one the default; give it back to the wrapped VFS.
  if (sqlite3_vfs_find(nullptr) != impl_->real) sqlite3_vfs_register(impl_->real, 1);
}

std::string FaultVfs::url(const std::string& path) const {
  return "sqlite:///" + path + "?vfs=" + name_;
}

std::string FaultVfs::wrapped_name() const { return impl_->real->zName; }

void FaultVfs::count(unsigned ops) {
  armed_ = false;
  plan_ = FaultPlan{.ops = ops, .fail_at = 0};
  ops_ = 0;
  faults_ = 0;
}

void FaultVfs::arm(const FaultPlan& plan) {
  if (plan.fail_at < 1) throw std::invalid_argument("FaultVfs::arm: fail_at counts from 1");
  armed_ = false;
  plan_ = plan;
  ops_ = 0;
  faults_ = 0;
  armed_ = true;
}

void FaultVfs::disarm() noexcept { armed_ = false; }

}  // namespace sqlcore::testing
