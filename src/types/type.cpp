// Type values: the factories, affinity, DDL names and the bind / result conversions.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <mutex>
#include <unordered_map>

#include <fmt/format.h>

#include "base/ascii.hpp"
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

// A storage format writes the type's fields from the largest down, stopping at most after
// the `required` first ones (a DATETIME may leave out seconds and microseconds, as
// truncate_microseconds does); one that leaves out a field before one it writes, or stops
// earlier, would read back another value than it was given: refused.
void check_format_fields(const StorageFormat& f, std::string_view format, std::string_view factory,
                         const std::vector<Field>& fields, std::size_t required) {
  std::size_t written = 0;
  while (written < fields.size() && f.has(fields[written])) ++written;
  std::size_t last = fields.size();
  while (last > 0 && !f.has(fields[last - 1])) --last;
  if (written >= required && written >= last) return;
  std::vector<std::string_view> need;
  for (std::size_t k = 0; k < std::max(required, last); ++k) need.push_back(field_name(fields[k]));
  throw ArgumentError(fmt::format(
      "{}: storage_format '{}' has no '{}' key, so values would not read back as written "
      "(a format writes {})",
      factory, format, field_name(fields[written]), fmt::join(need, ", ")));
}

Type datetime_type(std::string visit, std::string factory, ValueKind kind, DateTimeFormat format) {
  TypeImpl t = simple(std::move(visit), std::move(factory), kind);
  const std::vector<Field>& allowed = fields_of_kind(kind);
  if (format.truncate_microseconds && (!format.storage_format.empty() || !format.regexp.empty()))
    throw ArgumentError(fmt::format(
        "{}: give either truncate_microseconds or storage_format/regexp, not both", t.factory));
  // A DATE needs year, month and day; a DATETIME at least those; a TIME hour and minute.
  std::size_t required = kind == ValueKind::time ? 2 : 3;
  if (!format.storage_format.empty()) {
    t.storage.emplace(format.storage_format, allowed);
    check_format_fields(*t.storage, format.storage_format, t.factory, allowed, required);
  }
  if (!format.regexp.empty()) t.regex.emplace(format.regexp, allowed, required);
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

void check_timestamp(Timestamp t, std::string_view name) {
  if (!in_year_range(t))
    throw ValueError(fmt::format("{}: {} is outside years 1 to 9999", name.empty() ? "value" : name,
                                 describe_timestamp(t)));
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
    check_timestamp(*t, {});
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
    // Years past 9999 would wrap in std::chrono::year (a short): refused, not misread.
    if (t->kind != ValueKind::time && (f->year < 1 || f->year > 9999)) return std::nullopt;
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
    // A date-time in a DATE column (other tools write '2023-03-05 08:35:00'): its date, as
    // SQLite's date() and SQLAlchemy read it. Anything else is still refused.
    if (auto ts = parse_datetime(s)) return date_of(*ts);
    return std::nullopt;
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

Type Type::declared_as(std::string ddl_name) const {
  return detail::with_declared_name(*this, std::move(ddl_name));
}

bool Type::is_user_type() const noexcept { return !impl_->user_key.empty(); }

const Type& Type::impl_type() const noexcept {
  return impl_->impl_type ? *impl_->impl_type : *this;
}

Affinity Type::affinity() const { return detail::sqlite_affinity(*impl_); }

namespace detail {

bool stores_digits_only(const TypeImpl& t) {
  if (!t.storage) return false;
  std::string sample = t.storage->zero_sample();
  return std::all_of(sample.begin(), sample.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Affinity sqlite_affinity(const TypeImpl& t) {
  for (const auto& [name, variant] : t.variants)
    if (name == "sqlite") return sqlite_affinity(variant.impl());
  if (t.impl_type) return sqlite_affinity(t.impl_type->impl());
  if (t.declared_name) return affinity_of(*t.declared_name);
  if (t.kind == ValueKind::null) return Affinity::blob;
  if (stores_digits_only(t)) return Affinity::text;  // DATE_CHAR, TIME_CHAR, DATETIME_CHAR
  if (is_json(t)) return affinity_of(kSqliteJsonName);
  return affinity_of(t.visit_name);
}

std::string json_number_text(double v) {
  if (std::isinf(v)) return v > 0 ? "9e999" : "-9e999";
  std::string out = fmt::format("{}", v);
  // fmt's shortest form writes 100000.0 as "100000": a ".0" says it was a REAL, as Python's
  // repr does; "1e+20" stays (valid JSON).
  if (out.find_first_of(".eEn") == std::string::npos) out += ".0";
  return out;
}

}  // namespace detail

namespace detail {
namespace {

std::string subject(std::string_view name) {
  return name.empty() ? std::string("value") : fmt::format("parameter '{}'", name);
}

ValueError wrong_value(const TypeImpl& i, const Value& v, std::string_view name) {
  return ValueError(fmt::format("{}: {} is not valid for a {} column (expects {})", subject(name),
                                v.describe(), i.visit_name, describe_kind(i.kind)));
}

// A DATE / TIME / DATETIME value as the text the type stores: its storage_format, else the
// default ISO form.
Value bind_temporal(const TypeImpl& i, const Value& v, std::string_view name) {
  const auto& s = v.storage();
  std::chrono::year_month_day d{std::chrono::year{1900}, std::chrono::January, std::chrono::day{1}};
  TimeOfDay tod;
  if (auto* ts = std::get_if<Timestamp>(&s); ts && i.kind != ValueKind::time) {
    check_timestamp(*ts, name);
    d = date_of(*ts);
    if (i.kind == ValueKind::datetime) tod = time_of(*ts);
  } else if (auto* ymd = std::get_if<std::chrono::year_month_day>(&s);
             ymd && i.kind != ValueKind::time) {
    d = *ymd;
  } else if (auto* t = std::get_if<TimeOfDay>(&s); t && i.kind == ValueKind::time) {
    tod = *t;
  } else {
    throw wrong_value(i, v, name);
  }
  if (i.kind != ValueKind::time) check_year(d, name);
  if (!valid_time(tod))
    throw ValueError(fmt::format("{}: TimeOfDay {:02}:{:02}:{:02}.{:06} is not a valid time",
                                 subject(name), tod.hour, tod.minute, tod.second, tod.microsecond));
  if (i.storage) return Value(i.storage->write(fields_of(d, tod)));
  bool trunc = i.format.truncate_microseconds;
  switch (i.kind) {
    case ValueKind::date:
      return Value(format_date(d));
    case ValueKind::time:
      return Value(format_time(tod, trunc));
    default:
      return Value(format_date(d) + " " + format_time(tod, trunc));
  }
}

// The other kinds: the value itself when it is already what the type stores, else its
// conversion (bool → 0/1, integer → real, Decimal → text or real); ValueError otherwise.
Value bind_scalar(const TypeImpl& i, const Value& v, std::string_view name) {
  const auto& s = v.storage();
  switch (i.kind) {
    case ValueKind::integer:
      if (std::holds_alternative<std::int64_t>(s)) return v;
      if (auto* b = std::get_if<bool>(&s)) return Value(std::int64_t{*b ? 1 : 0});
      break;
    case ValueKind::boolean:
      if (auto* b = std::get_if<bool>(&s)) return Value(std::int64_t{*b ? 1 : 0});
      if (auto* n = std::get_if<std::int64_t>(&s)) {
        if (*n == 0 || *n == 1) return v;
        throw ValueError(
            fmt::format("{}: integer {} is not a boolean (0 or 1)", subject(name), *n));
      }
      break;
    case ValueKind::real:
      if (std::holds_alternative<double>(s)) return v;
      if (auto* n = std::get_if<std::int64_t>(&s)) return Value(static_cast<double>(*n));
      if (auto* d = std::get_if<Decimal>(&s)) return Value(d->to_double());
      break;
    case ValueKind::decimal:
      if (std::holds_alternative<std::int64_t>(s) || std::holds_alternative<double>(s)) return v;
      if (auto* d = std::get_if<Decimal>(&s)) return Value(d->str());
      break;
    case ValueKind::text:
      if (auto* str = std::get_if<std::string>(&s)) {
        if (!i.enum_values.empty() &&
            std::find(i.enum_values.begin(), i.enum_values.end(), *str) == i.enum_values.end())
          throw ValueError(fmt::format("{}: '{}' is not one of the Enum values ({})", subject(name),
                                       *str, fmt::join(i.enum_values, ", ")));
        return v;
      }
      break;
    case ValueKind::blob:
      if (std::holds_alternative<Blob>(s)) return v;
      break;
    case ValueKind::null:
      return default_bind(v);
    case ValueKind::date:
    case ValueKind::time:
    case ValueKind::datetime:
      return bind_temporal(i, v, name);
  }
  throw wrong_value(i, v, name);
}

}  // namespace
}  // namespace detail

Value Type::bind(const Value& v, std::string_view name) const {
  if (impl_->impl_type) {
    if (impl_->processors.bind) return impl_->impl_type->bind(impl_->processors.bind(v), name);
    return impl_->impl_type->bind(v, name);
  }
  if (v.is_null()) return v;
  return detail::bind_scalar(*impl_, v, name);
}

DefaultSql server_default_now(const Type& type) {
  const detail::TypeImpl& i = type.for_dialect("sqlite").impl_type().impl();
  if (i.kind != ValueKind::date && i.kind != ValueKind::time && i.kind != ValueKind::datetime)
    throw ArgumentError(
        fmt::format("server_default_now: {} is not a Date, Time or DateTime type (it stores {})",
                    type.impl().factory, detail::describe_kind(i.kind)));
  // SQLite's 'now' is one instant for the whole statement step, so the fields agree.
  if (i.storage) return DefaultSql("(" + i.storage->sqlite_now() + ")");
  bool trunc = i.format.truncate_microseconds;
  switch (i.kind) {
    case ValueKind::date:
      return DefaultSql("CURRENT_DATE");  // 'YYYY-MM-DD', the default DATE format
    case ValueKind::time:
      return DefaultSql(trunc ? "CURRENT_TIME" : "(strftime('%H:%M:%f000', 'now'))");
    default:
      return DefaultSql(trunc ? "CURRENT_TIMESTAMP" : "(strftime('%Y-%m-%d %H:%M:%f000', 'now'))");
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
