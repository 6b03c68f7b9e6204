// examples/embed_bindings.cpp — exposing C++ to Python: a native module with
// functions and lambdas, and a C++ class as a Python type that Python code
// uses and subclasses. Uses only <minipy/minipy.h>.
#include <minipy/minipy.h>

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace {

struct Vec2 {
  double x = 0, y = 0;
  Vec2(double x_, double y_) : x(x_), y(y_) {}
  double length() const { return std::hypot(x, y); }
  Vec2 scaled(double k) const { return Vec2(x * k, y * k); }
  std::string repr() const { return "Vec2(" + std::to_string(x) + ", " + std::to_string(y) + ")"; }
};

double safe_sqrt(double v) {
  if (v < 0) throw std::invalid_argument("negative input");  // becomes ValueError
  return std::sqrt(v);
}

}  // namespace

int main() {
  minipy::VM vm;
  int log_lines = 0;

  minipy::Module geo = vm.def_module("geo", "Geometry helpers written in C++.");
  geo.def("sqrt", safe_sqrt, {"value"})
      .def("log", [&log_lines](const std::string& msg) {  // a lambda with a capture
        std::printf("[log %d] %s\n", ++log_lines, msg.c_str());
      });
  minipy::Class<Vec2>(geo, "Vec2")
      .init<double, double>({"x", "y"})
      .def("length", &Vec2::length)
      .def("scaled", &Vec2::scaled, {"k"})
      .def("__repr__", &Vec2::repr)
      .def_readwrite("x", &Vec2::x)
      .def_readwrite("y", &Vec2::y);

  vm.exec(
      "import geo\n"
      "v = geo.Vec2(3, 4)\n"
      "geo.log(f'length of {v!r} is {v.length()}')\n"
      "w = v.scaled(k=2)\n"
      "w.x += 1\n"
      "geo.log(f'scaled: {w!r}')\n"
      "class Named(geo.Vec2):\n"
      "    def __init__(self, name, x, y):\n"
      "        super().__init__(x, y)\n"
      "        self.name = name\n"
      "n = Named('p', 1, 1)\n"
      "geo.log(f'{n.name}: {n.length():.3f}')\n"
      "try:\n"
      "    geo.sqrt(-1)\n"
      "except ValueError as e:\n"
      "    geo.log(f'ValueError: {e}')\n"
      "try:\n"
      "    geo.sqrt('x')\n"
      "except TypeError as e:\n"
      "    geo.log(f'TypeError: {e}')\n");

  // The C++ object inside a Python instance.
  Vec2& w = vm.globals()["w"].as<Vec2&>();
  std::printf("from C++: w = (%g, %g)\n", w.x, w.y);
  return 0;
}
