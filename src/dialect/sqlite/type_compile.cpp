// Type::compile and Type::affinity(dialect): a type's DDL name through a dialect, in the
// dialect layer, because types know no dialect (DESIGN.md: types sit below it).
// SPDX-License-Identifier: MIT
#include "sqlcore/dialect.hpp"
#include "sqlcore/types.hpp"
#include "types/type_impl.hpp"

namespace sqlcore {

std::string Type::compile(const Dialect& dialect) const {
  const Type& t = for_dialect(dialect.name());
  if (&t != this) return t.compile(dialect);
  if (const CompileFn* fn = detail::find_compile_override(*impl_, dialect.name()))
    return (*fn)(*this, dialect);
  if (impl_->impl_type) return impl_->impl_type->compile(dialect);
  return dialect.compile_type(*this);
}

Affinity Type::affinity(const Dialect& dialect) const {
  if (impl_->kind == ValueKind::null) return Affinity::blob;
  return affinity_of(compile(dialect));
}

}  // namespace sqlcore
