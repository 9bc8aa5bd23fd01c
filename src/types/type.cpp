// Type values: the factories, affinity, DDL names and the bind / result conversions.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>
#include <unordered_map>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "sqlcore/dialect.hpp"
#include "sqlcore/errors.hpp"
#include "types/datetime_format.hpp"
#include "types/type_impl.hpp"

namespace sqlcore {

namespace detail {

namespace {

// Types that behave alike share a shape id: the compiled cache keys types by it, so that
// `String(50)` made twice is one shape. Types with conversions (user types' processors) are
// never alike: std::function cannot be compared.
std::uint64_t compute_shape_id(const TypeImpl& t) {
  static std::atomic<std::uint64_t> next{1};
  if (t.processors.bind || t.processors.result) return next.fetch_add(1);
  std::string print;
  auto add = [&print](std::string_view s) {
    print += std::to_string(s.size());
    print += ':';
    print += s;
  };
  auto add_int = [&add](std::optional<int> v) { add(v ? std::to_string(*v) : "-"); };
  add(t.visit_name);
  add(t.factory);
  add(std::to_string(static_cast<int>(t.kind)));
  add_int(t.length);
  add_int(t.precision);
  add_int(t.scale);
  add_int(static_cast<int>(t.enum_values.size()));
  for (const auto& v : t.enum_values) add(v);
  add(t.format.storage_format);
  add(t.format.regexp);
  add(t.format.truncate_microseconds ? "t" : "f");
  add(t.user_key);
  add(t.declared_name ? "d" + *t.declared_name : "-");
  add(t.impl_type ? std::to_string(shape_id_of(t.impl_type->impl())) : "-");
  for (const auto& [dialect, variant] : t.variants) {
    add(dialect);
    add(std::to_string(shape_id_of(variant.impl())));
  }
  static std::mutex mutex;
  static std::unordered_map<std::string, std::uint64_t> ids;
  std::lock_guard lock(mutex);
  auto [it, added] = ids.try_emplace(std::move(print), 0);
  if (added) it->second = next.fetch_add(1);
  return it->second;
}

}  // namespace

std::uint64_t shape_id_of(const TypeImpl& t) {
  std::uint64_t id = t.shape_id.value.load(std::memory_order_acquire);
  if (id != 0) return id;
  std::uint64_t computed = compute_shape_id(t);
  // Two threads racing: the first id stored is the type's.
  if (t.shape_id.value.compare_exchange_strong(id, computed, std::memory_order_acq_rel))
    return computed;
  return id;
}

Type make_type(TypeImpl impl) { return Type(std::make_shared<const TypeImpl>(std::move(impl))); }

namespace {

TypeImpl simple(std::string visit, std::string factory, ValueKind kind) {
  TypeImpl t;
  t.visit_name = std::move(visit);
  t.factory = std::move(factory);
  t.kind = kind;
  return t;
}

Type sized(std::string visit, std::string factory, ValueKind kind, std::optional<int> length) {
  if (length && *length < 0)
    throw ArgumentError(fmt::format("{}: length must not be negative, got {}", factory, *length));
  TypeImpl t = simple(std::move(visit), std::move(factory), kind);
  t.length = length;
  return make_type(std::move(t));
}

Type numeric(std::string visit, std::string factory, ValueKind kind, std::optional<int> precision,
             std::optional<int> scale) {
  if ((precision && *precision < 0) || (scale && *scale < 0))
    throw ArgumentError(fmt::format("{}: precision and scale must not be negative", factory));
  if (scale && !precision)
    throw ArgumentError(fmt::format("{}: a scale needs a precision", factory));
  TypeImpl t = simple(std::move(visit), std::move(factory), kind);
  t.precision = precision;
  t.scale = scale;
  return make_type(std::move(t));
}

Type datetime_type(std::string visit, std::string factory, ValueKind kind, DateTimeFormat format) {
  TypeImpl t = simple(std::move(visit), std::move(factory), kind);
  const std::vector<Field>& allowed = fields_of_kind(kind);
  if (format.truncate_microseconds && (!format.storage_format.empty() || !format.regexp.empty()))
    throw ArgumentError(fmt::format(
        "{}: give either truncate_microseconds or storage_format/regexp, not both", t.factory));
  if (!format.storage_format.empty()) t.storage.emplace(format.storage_format, allowed);
  // A DATE needs year, month and day; a DATETIME at least those; a TIME hour and minute.
  if (!format.regexp.empty())
    t.regex.emplace(format.regexp, allowed, kind == ValueKind::time ? 2 : 3);
  t.format = std::move(format);
  return make_type(std::move(t));
}

std::string describe_kind(ValueKind k) {
  switch (k) {
    case ValueKind::null:
      return "untyped";
    case ValueKind::integer:
      return "an integer";
    case ValueKind::real:
      return "a floating-point number";
    case ValueKind::text:
      return "text";
    case ValueKind::blob:
      return "a Blob";
    case ValueKind::boolean:
      return "a bool";
    case ValueKind::decimal:
      return "a number (Decimal, integer or double)";
    case ValueKind::date:
      return "a std::chrono::year_month_day (or Timestamp)";
    case ValueKind::time:
      return "a TimeOfDay";
    case ValueKind::datetime:
      return "a Timestamp (or year_month_day)";
  }
  return "?";
}

FieldValues fields_of(std::chrono::year_month_day d, const TimeOfDay& t) {
  FieldValues f;
  f.year = static_cast<int>(d.year());
  f.month = static_cast<int>(static_cast<unsigned>(d.month()));
  f.day = static_cast<int>(static_cast<unsigned>(d.day()));
  f.hour = t.hour;
  f.minute = t.minute;
  f.second = t.second;
  f.microsecond = t.microsecond;
  return f;
}

void check_year(std::chrono::year_month_day d, std::string_view name) {
  int y = static_cast<int>(d.year());
  if (y < 1 || y > 9999 || !d.ok())
    throw ValueError(
        fmt::format("{}: date {} is outside years 1 to 9999", name.empty() ? "value" : name, y));
}

}  // namespace

const std::vector<Field>& fields_of_kind(ValueKind kind) {
  static const std::vector<Field> date{Field::year, Field::month, Field::day};
  static const std::vector<Field> time{Field::hour, Field::minute, Field::second,
                                       Field::microsecond};
  static const std::vector<Field> datetime{Field::year,       Field::month,  Field::day,
                                           Field::hour,       Field::minute, Field::second,
                                           Field::microsecond};
  return kind == ValueKind::date ? date : kind == ValueKind::time ? time : datetime;
}

Type with_declared_name(const Type& type, std::string declared) {
  TypeImpl copy = type.impl();
  copy.declared_name = std::move(declared);
  return make_type(std::move(copy));
}

Type make_user_type(const std::type_info& tag, Type impl, TypeProcessors processors) {
  const TypeImpl& base = impl.impl();
  TypeImpl t;
  t.visit_name = base.visit_name;
  t.factory = tag.name();
  t.kind = base.kind;
  t.user_key = user_type_key(tag);
  t.impl_type = std::move(impl);
  t.processors = std::move(processors);
  return make_type(std::move(t));
}

Value default_bind(const Value& v) {
  const auto& s = v.storage();
  if (auto* b = std::get_if<bool>(&s)) return Value(std::int64_t{*b ? 1 : 0});
  if (auto* t = std::get_if<Timestamp>(&s)) {
    check_year(date_of(*t), {});
    return Value(format_datetime(*t));
  }
  if (auto* d = std::get_if<std::chrono::year_month_day>(&s)) {
    check_year(*d, {});
    return Value(format_date(*d));
  }
  if (auto* tod = std::get_if<TimeOfDay>(&s)) {
    if (!valid_time(*tod))
      throw ValueError(fmt::format("TimeOfDay {:02}:{:02}:{:02}.{:06} is not a valid time",
                                   tod->hour, tod->minute, tod->second, tod->microsecond));
    return Value(format_time(*tod));
  }
  if (auto* dec = std::get_if<Decimal>(&s)) return Value(dec->str());
  return v;
}

std::optional<Timestamp> text_to_timestamp(const TypeImpl* t, std::string_view s) {
  using namespace std::chrono;
  if (t != nullptr && (t->regex || t->storage)) {
    auto f = t->regex ? t->regex->read(s) : t->storage->read(s);
    if (!f) return std::nullopt;
    year_month_day d{year{f->year}, month{static_cast<unsigned>(f->month)},
                     day{static_cast<unsigned>(f->day)}};
    TimeOfDay tod{f->hour, f->minute, f->second, f->microsecond};
    if (t->kind == ValueKind::time) d = year_month_day{year{1900}, January, day{1}};
    if (!d.ok() || !valid_time(tod)) return std::nullopt;
    return time_point_cast<microseconds>(sys_days{d}) + hours{tod.hour} + minutes{tod.minute} +
           seconds{tod.second} + microseconds{tod.microsecond};
  }
  if (t != nullptr && t->kind == ValueKind::time) {
    auto tod = parse_time(s);
    if (!tod) return std::nullopt;
    return time_point_cast<microseconds>(sys_days{year{1900} / January / 1}) + hours{tod->hour} +
           minutes{tod->minute} + seconds{tod->second} + microseconds{tod->microsecond};
  }
  return parse_datetime(s);  // also reads a date-only text
}

std::optional<std::chrono::year_month_day> text_to_date(const TypeImpl* t, std::string_view s) {
  if ((t == nullptr || t->kind == ValueKind::date) && !(t != nullptr && (t->storage || t->regex))) {
    if (auto d = parse_date(s)) return d;
    if (t != nullptr) return std::nullopt;
  }
  auto ts = text_to_timestamp(t, s);
  if (!ts) return std::nullopt;
  return date_of(*ts);
}

std::optional<TimeOfDay> text_to_time(const TypeImpl* t, std::string_view s) {
  if ((t == nullptr || t->kind == ValueKind::time) && !(t != nullptr && (t->storage || t->regex))) {
    if (auto tod = parse_time(s)) return tod;
    if (t != nullptr) return std::nullopt;
  }
  auto ts = text_to_timestamp(t, s);
  if (!ts) return std::nullopt;
  return time_of(*ts);
}

}  // namespace detail

using detail::make_type;
using detail::simple;

// ---- affinity
// ------------------------------------------------------------------------------------

Affinity affinity_of(std::string_view declared_type) noexcept {
  std::string up = detail::ascii_upper(declared_type);
  auto has = [&](std::string_view s) { return up.find(s) != std::string::npos; };
  // https://www.sqlite.org/datatype3.html §3.1, rules applied in this order.
  if (has("INT")) return Affinity::integer;
  if (has("CHAR") || has("CLOB") || has("TEXT")) return Affinity::text;
  if (has("BLOB") || up.find_first_not_of(" \t\r\n") == std::string::npos) return Affinity::blob;
  if (has("REAL") || has("FLOA") || has("DOUB")) return Affinity::real;
  return Affinity::numeric;
}

// ---- Type members -------------------------------------------------------------------------------

Type::Type() : Type(NullType()) {}

std::string_view Type::visit_name() const noexcept { return impl_->visit_name; }
ValueKind Type::value_kind() const noexcept { return impl_->kind; }
bool Type::is_null_type() const noexcept { return impl_->kind == ValueKind::null; }
std::optional<int> Type::length() const noexcept { return impl_->length; }
std::optional<int> Type::precision() const noexcept { return impl_->precision; }
std::optional<int> Type::scale() const noexcept { return impl_->scale; }
const std::vector<std::string>& Type::enum_values() const noexcept { return impl_->enum_values; }

Type Type::with_variant(Type variant, std::string_view dialect_name) const {
  detail::TypeImpl copy = *impl_;
  auto it = std::find_if(copy.variants.begin(), copy.variants.end(),
                         [&](const auto& v) { return v.first == dialect_name; });
  if (it != copy.variants.end())
    throw ArgumentError(fmt::format("{}: a variant for dialect '{}' is already given",
                                    impl_->factory, dialect_name));
  copy.variants.emplace_back(std::string(dialect_name), std::move(variant));
  return make_type(std::move(copy));
}

const Type& Type::for_dialect(std::string_view dialect_name) const {
  for (const auto& [name, type] : impl_->variants)
    if (name == dialect_name) return type;
  return *this;
}

std::string Type::compile(const Dialect& dialect) const {
  const Type& t = for_dialect(dialect.name());
  if (&t != this) return t.compile(dialect);
  if (const CompileFn* fn = detail::find_compile_override(*impl_, dialect.name()))
    return (*fn)(*this, dialect);
  if (impl_->impl_type) return impl_->impl_type->compile(dialect);
  return dialect.compile_type(*this);
}

Type Type::declared_as(std::string ddl_name) const {
  return detail::with_declared_name(*this, std::move(ddl_name));
}

bool Type::is_user_type() const noexcept { return !impl_->user_key.empty(); }

const Type& Type::impl_type() const noexcept {
  return impl_->impl_type ? *impl_->impl_type : *this;
}

Affinity Type::affinity() const {
  if (impl_->kind == ValueKind::null) return Affinity::blob;
  return affinity_of(compile(sqlite_dialect()));
}

Value Type::bind(const Value& v, std::string_view name) const {
  if (impl_->impl_type) {
    if (impl_->processors.bind) return impl_->impl_type->bind(impl_->processors.bind(v), name);
    return impl_->impl_type->bind(v, name);
  }
  if (v.is_null()) return v;
  const auto& s = v.storage();
  const detail::TypeImpl& i = *impl_;
  auto wrong = [&]() {
    return ValueError(fmt::format("{}: {} is not valid for a {} column (expects {})",
                                  name.empty() ? "value" : fmt::format("parameter '{}'", name),
                                  v.describe(), i.visit_name, detail::describe_kind(i.kind)));
  };
  switch (i.kind) {
    case ValueKind::null:
      return detail::default_bind(v);
    case ValueKind::integer:
      if (std::holds_alternative<std::int64_t>(s)) return v;
      if (auto* b = std::get_if<bool>(&s)) return Value(std::int64_t{*b ? 1 : 0});
      throw wrong();
    case ValueKind::boolean:
      if (auto* b = std::get_if<bool>(&s)) return Value(std::int64_t{*b ? 1 : 0});
      if (auto* n = std::get_if<std::int64_t>(&s)) {
        if (*n == 0 || *n == 1) return v;
        throw ValueError(fmt::format("{}: integer {} is not a boolean (0 or 1)",
                                     name.empty() ? "value" : fmt::format("parameter '{}'", name),
                                     *n));
      }
      throw wrong();
    case ValueKind::real:
      if (std::holds_alternative<double>(s)) return v;
      if (auto* n = std::get_if<std::int64_t>(&s)) return Value(static_cast<double>(*n));
      if (auto* d = std::get_if<Decimal>(&s)) return Value(d->to_double());
      throw wrong();
    case ValueKind::decimal:
      if (std::holds_alternative<std::int64_t>(s) || std::holds_alternative<double>(s)) return v;
      if (auto* d = std::get_if<Decimal>(&s)) return Value(d->str());
      throw wrong();
    case ValueKind::text:
      if (auto* str = std::get_if<std::string>(&s)) {
        if (!i.enum_values.empty() &&
            std::find(i.enum_values.begin(), i.enum_values.end(), *str) == i.enum_values.end())
          throw ValueError(fmt::format("{}: '{}' is not one of the Enum values ({})",
                                       name.empty() ? "value" : fmt::format("parameter '{}'", name),
                                       *str, fmt::join(i.enum_values, ", ")));
        return v;
      }
      throw wrong();
    case ValueKind::blob:
      if (std::holds_alternative<Blob>(s)) return v;
      throw wrong();
    case ValueKind::date:
    case ValueKind::time:
    case ValueKind::datetime:
      break;
  }
  // Date and time kinds.
  std::chrono::year_month_day d{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};
  TimeOfDay tod;
  if (auto* ts = std::get_if<Timestamp>(&s); ts && i.kind != ValueKind::time) {
    d = detail::date_of(*ts);
    if (i.kind == ValueKind::datetime) tod = detail::time_of(*ts);
  } else if (auto* ymd = std::get_if<std::chrono::year_month_day>(&s);
             ymd && i.kind != ValueKind::time) {
    d = *ymd;
  } else if (auto* t = std::get_if<TimeOfDay>(&s); t && i.kind == ValueKind::time) {
    tod = *t;
  } else {
    throw wrong();
  }
  if (i.kind != ValueKind::time) detail::check_year(d, name);
  if (!detail::valid_time(tod))
    throw ValueError(fmt::format("{}: TimeOfDay {:02}:{:02}:{:02}.{:06} is not a valid time",
                                 name.empty() ? "value" : fmt::format("parameter '{}'", name),
                                 tod.hour, tod.minute, tod.second, tod.microsecond));
  if (i.storage) return Value(i.storage->write(detail::fields_of(d, tod)));
  bool trunc = i.format.truncate_microseconds;
  switch (i.kind) {
    case ValueKind::date:
      return Value(detail::format_date(d));
    case ValueKind::time:
      return Value(detail::format_time(tod, trunc));
    default:
      return Value(detail::format_date(d) + " " + detail::format_time(tod, trunc));
  }
}

// ---- factories ----------------------------------------------------------------------------------

Type NullType() {
  static const Type t = make_type(simple("NULL", "NullType", ValueKind::null));
  return t;
}
Type Integer() {
  static const Type t = make_type(simple("INTEGER", "Integer", ValueKind::integer));
  return t;
}
Type BigInteger() {
  static const Type t = make_type(simple("BIGINT", "BigInteger", ValueKind::integer));
  return t;
}
Type SmallInteger() {
  static const Type t = make_type(simple("SMALLINT", "SmallInteger", ValueKind::integer));
  return t;
}
Type Boolean() {
  static const Type t = make_type(simple("BOOLEAN", "Boolean", ValueKind::boolean));
  return t;
}
Type Float(std::optional<int> precision) {
  return detail::numeric("FLOAT", "Float", ValueKind::real, precision, std::nullopt);
}
Type Numeric(std::optional<int> precision, std::optional<int> scale) {
  return detail::numeric("NUMERIC", "Numeric", ValueKind::decimal, precision, scale);
}
Type String(std::optional<int> length) {
  return detail::sized("VARCHAR", "String", ValueKind::text, length);
}
Type Text(std::optional<int> length) {
  return detail::sized("TEXT", "Text", ValueKind::text, length);
}
Type Unicode(std::optional<int> length) {
  return detail::sized("VARCHAR", "Unicode", ValueKind::text, length);
}
Type UnicodeText() {
  static const Type t = make_type(simple("TEXT", "UnicodeText", ValueKind::text));
  return t;
}
Type LargeBinary() {
  static const Type t = make_type(simple("BLOB", "LargeBinary", ValueKind::blob));
  return t;
}
Type Date() { return detail::datetime_type("DATE", "Date", ValueKind::date, {}); }
Type Time() { return detail::datetime_type("TIME", "Time", ValueKind::time, {}); }
Type DateTime() { return detail::datetime_type("DATETIME", "DateTime", ValueKind::datetime, {}); }
Type JSON() {
  static const Type t = make_type(simple("JSON", "JSON", ValueKind::text));
  return t;
}
Type Enum(std::vector<std::string> values) {
  if (values.empty()) throw ArgumentError("Enum: give at least one value");
  std::size_t longest = 0;
  for (const auto& v : values) longest = std::max(longest, v.size());
  detail::TypeImpl t = simple("VARCHAR", "Enum", ValueKind::text);
  t.length = static_cast<int>(longest);
  t.enum_values = std::move(values);
  return make_type(std::move(t));
}

Type INTEGER() {
  static const Type t = make_type(simple("INTEGER", "INTEGER", ValueKind::integer));
  return t;
}
Type BIGINT() {
  static const Type t = make_type(simple("BIGINT", "BIGINT", ValueKind::integer));
  return t;
}
Type SMALLINT() {
  static const Type t = make_type(simple("SMALLINT", "SMALLINT", ValueKind::integer));
  return t;
}
Type BOOLEAN() {
  static const Type t = make_type(simple("BOOLEAN", "BOOLEAN", ValueKind::boolean));
  return t;
}
Type FLOAT(std::optional<int> precision) {
  return detail::numeric("FLOAT", "FLOAT", ValueKind::real, precision, std::nullopt);
}
Type REAL() {
  static const Type t = make_type(simple("REAL", "REAL", ValueKind::real));
  return t;
}
Type NUMERIC(std::optional<int> precision, std::optional<int> scale) {
  return detail::numeric("NUMERIC", "NUMERIC", ValueKind::decimal, precision, scale);
}
Type DECIMAL(std::optional<int> precision, std::optional<int> scale) {
  return detail::numeric("DECIMAL", "DECIMAL", ValueKind::decimal, precision, scale);
}
Type CHAR(std::optional<int> length) {
  return detail::sized("CHAR", "CHAR", ValueKind::text, length);
}
Type VARCHAR(std::optional<int> length) {
  return detail::sized("VARCHAR", "VARCHAR", ValueKind::text, length);
}
Type NCHAR(std::optional<int> length) {
  return detail::sized("NCHAR", "NCHAR", ValueKind::text, length);
}
Type NVARCHAR(std::optional<int> length) {
  return detail::sized("NVARCHAR", "NVARCHAR", ValueKind::text, length);
}
Type TEXT(std::optional<int> length) {
  return detail::sized("TEXT", "TEXT", ValueKind::text, length);
}
Type CLOB() {
  static const Type t = make_type(simple("CLOB", "CLOB", ValueKind::text));
  return t;
}
Type BLOB() {
  static const Type t = make_type(simple("BLOB", "BLOB", ValueKind::blob));
  return t;
}
Type DATE(DateOptions options) {
  return detail::datetime_type(
      "DATE", "DATE", ValueKind::date,
      {std::move(options.storage_format), std::move(options.regexp), false});
}
Type TIME(TimeOptions options) {
  return detail::datetime_type("TIME", "TIME", ValueKind::time,
                               {std::move(options.storage_format), std::move(options.regexp),
                                options.truncate_microseconds});
}
Type DATETIME(DateTimeOptions options) {
  return detail::datetime_type("DATETIME", "DATETIME", ValueKind::datetime,
                               {std::move(options.storage_format), std::move(options.regexp),
                                options.truncate_microseconds});
}
Type TIMESTAMP() {
  return detail::datetime_type("TIMESTAMP", "TIMESTAMP", ValueKind::datetime, {});
}

}  // namespace sqlcore
