// Must not compile: Result::all<T>() of a class with a constructor (not an aggregate).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

class Person {
 public:
  explicit Person(int id) : id_(id) {}

 private:
  int id_;
};

void read(sqlcore::Result& r) { (void)r.all<Person>(); }
